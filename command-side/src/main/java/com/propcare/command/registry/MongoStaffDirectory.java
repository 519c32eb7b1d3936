package com.propcare.command.registry;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.propcare.events.DepartmentId;
import com.propcare.events.OfficeId;
import com.propcare.events.StaffId;
import com.propcare.events.registry.StaffDepartmentChanged;
import com.propcare.events.registry.StaffEvent;
import com.propcare.events.registry.StaffHired;
import com.propcare.events.registry.StaffLeft;
import com.propcare.events.registry.StaffRole;
import com.propcare.events.registry.StaffRolesChanged;
import com.propcare.eventstore.ReadsEvents;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The {@value #COLLECTION} collection: one document per member of staff ({@code _id} = staff id) with office,
 * roles, department and whether they are still active, read by exact {@code _id}. Every update is a {@code $set}
 * of the event's values, so a redelivered event changes nothing.
 */
@ReadsEvents(StaffEvent.class)
@Component
@ProcessingGroup(Registry.LOOKUP_PROCESSING_GROUP)
public class MongoStaffDirectory implements StaffDirectory {

    static final String COLLECTION = "registry_staff_lookup";

    private final MongoCollection<Document> staff;

    public MongoStaffDirectory(MongoDatabase database) {
        this.staff = database.getCollection(COLLECTION);
    }

    @Override
    public Optional<StaffEntry> find(StaffId member) {
        Document entry = staff.find(Filters.eq("_id", member.value())).first();
        if (entry == null || entry.getString("officeId") == null) {
            return Optional.empty();
        }
        List<String> roles = entry.getList("roles", String.class);
        Set<StaffRole> parsed = roles == null ? Set.of()
                                              : roles.stream().map(StaffRole::valueOf).collect(Collectors.toSet());
        String department = entry.getString("department");
        return Optional.of(new StaffEntry(member, new OfficeId(entry.getString("officeId")), parsed,
                                          department == null ? null : new DepartmentId(department),
                                          entry.getBoolean("active", false)));
    }

    @EventHandler
    void on(StaffHired event) {
        update(event.staffId(), Updates.combine(Updates.set("officeId", event.officeId().value()),
                                                Updates.set("roles", names(event.roles())),
                                                Updates.set("department", event.department().value()),
                                                Updates.set("active", true)));
    }

    @EventHandler
    void on(StaffRolesChanged event) {
        update(event.staffId(), Updates.set("roles", names(event.roles())));
    }

    @EventHandler
    void on(StaffDepartmentChanged event) {
        update(event.staffId(), Updates.set("department", event.department().value()));
    }

    @EventHandler
    void on(StaffLeft event) {
        update(event.staffId(), Updates.set("active", false));
    }

    /** A member of staff's events are written one command at a time, so two first upserts never race. */
    private void update(StaffId member, Bson change) {
        staff.updateOne(Filters.eq("_id", member.value()), change, new UpdateOptions().upsert(true));
    }

    private static List<String> names(Set<StaffRole> roles) {
        return roles.stream().map(StaffRole::name).sorted().toList();
    }
}
