package com.propcare.command.registry;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.propcare.events.DepartmentId;
import com.propcare.events.OfficeId;
import com.propcare.events.registry.BuildingAdded;
import com.propcare.events.registry.BuildingId;
import com.propcare.events.registry.DepartmentAdded;
import com.propcare.events.registry.OfficeEvent;
import com.propcare.events.registry.OfficeRegistered;
import com.propcare.events.registry.UnitsAdded;
import com.propcare.eventstore.ReadsEvents;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The {@value #COLLECTION} collection: one document per office ({@code _id} = office id) with its time zone and the
 * ids of its departments and buildings, read by exact {@code _id}. Updates are idempotent ({@code $set},
 * {@code $addToSet}), so a redelivered event changes nothing.
 */
@ReadsEvents(value = OfficeEvent.class,
             ignores = {UnitsAdded.class})
@Component
@ProcessingGroup(Registry.LOOKUP_PROCESSING_GROUP)
public class MongoOfficeDirectory implements OfficeDirectory {

    static final String COLLECTION = "registry_office_lookup";

    private final MongoCollection<Document> offices;

    public MongoOfficeDirectory(MongoDatabase database) {
        this.offices = database.getCollection(COLLECTION);
    }

    @Override
    public Optional<OfficeEntry> find(OfficeId office) {
        Document entry = offices.find(Filters.eq("_id", office.value())).first();
        if (entry == null || entry.getString("timeZone") == null) {
            return Optional.empty();
        }
        return Optional.of(new OfficeEntry(
                office, ZoneId.of(entry.getString("timeZone")),
                ids(entry, "departments").stream().map(DepartmentId::new).collect(Collectors.toSet()),
                ids(entry, "buildings").stream().map(BuildingId::new).collect(Collectors.toSet())));
    }

    @EventHandler
    void on(OfficeRegistered event) {
        update(event.officeId(), Updates.set("timeZone", event.timeZone().getId()));
    }

    @EventHandler
    void on(DepartmentAdded event) {
        update(event.officeId(), Updates.addToSet("departments", event.departmentId().value()));
    }

    @EventHandler
    void on(BuildingAdded event) {
        update(event.officeId(), Updates.addToSet("buildings", event.buildingId().value()));
    }

    /** An office's events are written one command at a time, so two first-ever upserts of its document never race. */
    private void update(OfficeId office, Bson change) {
        offices.updateOne(Filters.eq("_id", office.value()), change, new UpdateOptions().upsert(true));
    }

    private static List<String> ids(Document entry, String field) {
        List<String> ids = entry.getList(field, String.class);
        return ids == null ? List.of() : ids;
    }
}
