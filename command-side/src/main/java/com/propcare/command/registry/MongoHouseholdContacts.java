package com.propcare.command.registry;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;
import com.propcare.events.registry.ContactChannel;
import com.propcare.events.registry.ContactPreferencesChanged;
import com.propcare.events.registry.HouseholdEvent;
import com.propcare.events.registry.HouseholdMovedIn;
import com.propcare.events.registry.HouseholdPersonalDataErased;
import com.propcare.events.registry.HouseholdRegistered;
import com.propcare.events.registry.HouseholdVacated;
import com.propcare.events.registry.HouseholdsImported;
import com.propcare.events.registry.ImportedHousehold;
import com.propcare.events.registry.ImportedHouseholdTakenOver;
import com.propcare.events.registry.KeyResidentFlagsChanged;
import com.propcare.events.registry.ResidentsChanged;
import com.propcare.eventstore.ReadsEvents;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The {@value #COLLECTION} collection: one document per household ({@code _id} = household id) with its office and
 * contact preferences, read by exact {@code _id}. An import writes its rows in batches of {@value #BATCH} upserts.
 * Every update is a {@code $set} of the event's values, so a redelivered event changes nothing.
 */
@ReadsEvents(value = HouseholdEvent.class,
             ignores = {HouseholdMovedIn.class, HouseholdPersonalDataErased.class, HouseholdVacated.class,
                        ImportedHouseholdTakenOver.class, KeyResidentFlagsChanged.class, ResidentsChanged.class})
@Component
@ProcessingGroup(Registry.LOOKUP_PROCESSING_GROUP)
public class MongoHouseholdContacts implements HouseholdContacts {

    static final String COLLECTION = "registry_household_contacts";
    /** Keeps each bulk write small on the embedded server, like the other lookups' batches. */
    static final int BATCH = 200;

    private final MongoCollection<Document> contacts;

    public MongoHouseholdContacts(MongoDatabase database) {
        this.contacts = database.getCollection(COLLECTION);
    }

    @Override
    public Optional<ContactPreferences> find(HouseholdId household) {
        Document entry = contacts.find(Filters.eq("_id", household.value())).first();
        if (entry == null || entry.getString("officeId") == null) {
            return Optional.empty();
        }
        String preferred = entry.getString("preferredChannel");
        List<String> declined = entry.getList("declinedChannels", String.class);
        return Optional.of(new ContactPreferences(
                household, new OfficeId(entry.getString("officeId")),
                preferred == null ? null : ContactChannel.valueOf(preferred),
                declined == null ? Set.of()
                                 : declined.stream().map(ContactChannel::valueOf).collect(Collectors.toSet())));
    }

    @EventHandler
    void on(HouseholdRegistered event) {
        contacts.updateOne(byId(event.householdId()),
                           preferences(event.officeId(), event.preferredChannel(), event.declinedChannels()),
                           new UpdateOptions().upsert(true));
    }

    @EventHandler
    void on(HouseholdsImported event) {
        List<WriteModel<Document>> batch = new ArrayList<>(BATCH);
        for (ImportedHousehold row : event.households()) {
            batch.add(new UpdateOneModel<>(byId(row.householdId()),
                                           preferences(event.officeId(), row.preferredChannel(),
                                                       row.declinedChannels()),
                                           new UpdateOptions().upsert(true)));
            if (batch.size() == BATCH) {
                contacts.bulkWrite(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            contacts.bulkWrite(batch);
        }
    }

    @EventHandler
    void on(ContactPreferencesChanged event) {
        contacts.updateOne(byId(event.householdId()),
                           preferences(event.officeId(), event.preferredChannel(), event.declinedChannels()),
                           new UpdateOptions().upsert(true));
    }

    private static Bson byId(HouseholdId household) {
        return Filters.eq("_id", household.value());
    }

    private static Bson preferences(OfficeId office, ContactChannel preferred, Set<ContactChannel> declined) {
        List<String> declinedNames = declined == null ? List.of()
                                                      : declined.stream().map(ContactChannel::name).sorted().toList();
        return Updates.combine(Updates.set("officeId", office.value()),
                               Updates.set("preferredChannel", preferred == null ? null : preferred.name()),
                               Updates.set("declinedChannels", declinedNames));
    }
}
