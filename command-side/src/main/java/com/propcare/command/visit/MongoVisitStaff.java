package com.propcare.command.visit;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.propcare.events.OfficeId;
import com.propcare.events.StaffId;
import com.propcare.events.registry.StaffHired;
import com.propcare.events.registry.StaffLeft;
import com.propcare.events.registry.StaffRole;
import com.propcare.events.registry.StaffRolesChanged;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The {@value #COLLECTION} collection: one document per staff member ({@code _id} = staff id) with office, roles and
 * whether they left, read by exact {@code _id}. Kept in the command's unit of work so a visit recorded right after a
 * hire sees it; every update is a {@code $set}, so a redelivered event changes nothing.
 */
@Component
@ProcessingGroup(VisitLookups.PROCESSING_GROUP)
class MongoVisitStaff implements VisitStaff {

    static final String COLLECTION = "visit_staff_lookup";

    private final MongoCollection<Document> staff;

    MongoVisitStaff(MongoDatabase database) {
        this.staff = database.getCollection(COLLECTION);
    }

    @Override
    public Optional<Member> find(StaffId id) {
        return Optional.ofNullable(staff.find(Filters.eq("_id", id.value())).first())
                       .filter(document -> document.getString("office") != null)
                       .map(document -> new Member(id, new OfficeId(document.getString("office")),
                                                   roles(document.getList("roles", String.class)),
                                                   document.getBoolean("left", false)));
    }

    @EventHandler
    void on(StaffHired event) {
        update(event.staffId(), Updates.combine(Updates.set("office", event.officeId().value()),
                                                Updates.set("roles", names(event.roles()))));
    }

    @EventHandler
    void on(StaffRolesChanged event) {
        update(event.staffId(), Updates.set("roles", names(event.roles())));
    }

    @EventHandler
    void on(StaffLeft event) {
        update(event.staffId(), Updates.set("left", true));
    }

    private void update(StaffId id, Bson change) {
        staff.updateOne(Filters.eq("_id", id.value()), change, new UpdateOptions().upsert(true));
    }

    private static List<String> names(Collection<StaffRole> roles) {
        return roles.stream().map(Enum::name).sorted().toList();
    }

    private static java.util.Set<StaffRole> roles(List<String> names) {
        return names == null ? java.util.Set.of()
                             : names.stream().map(StaffRole::valueOf).collect(Collectors.toUnmodifiableSet());
    }
}
