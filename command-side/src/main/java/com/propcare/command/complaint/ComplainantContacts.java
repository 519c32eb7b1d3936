package com.propcare.command.complaint;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.propcare.events.HouseholdId;
import com.propcare.events.complaint.ComplaintId;
import com.propcare.events.registry.ContactPreferencesChanged;
import com.propcare.events.registry.HouseholdEvent;
import com.propcare.events.registry.HouseholdMovedIn;
import com.propcare.events.registry.HouseholdPersonalDataErased;
import com.propcare.events.registry.HouseholdRegistered;
import com.propcare.events.registry.HouseholdVacated;
import com.propcare.events.registry.ImportedHouseholdTakenOver;
import com.propcare.events.registry.KeyResidentFlagsChanged;
import com.propcare.events.registry.ResidentsChanged;
import com.propcare.eventstore.ReadsEvents;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * The complainant's name and phone: personal data, kept out of the event log (which is immutable) in a collection
 * of its own, keyed by complaint, so that it can be erased on request without touching the log.
 */
@ReadsEvents(value = HouseholdEvent.class,
             ignores = {ContactPreferencesChanged.class, HouseholdMovedIn.class, HouseholdRegistered.class,
                        HouseholdVacated.class, ImportedHouseholdTakenOver.class, KeyResidentFlagsChanged.class,
                        ResidentsChanged.class})
@Component
@ProcessingGroup(MongoRepeatComplaints.PROCESSING_GROUP)
class ComplainantContacts {

    private final MongoCollection<Document> contacts;

    ComplainantContacts(MongoDatabase database) {
        this.contacts = database.getCollection("complainant_contacts");
    }

    void record(ComplaintId complaint, HouseholdId household, String name, String phone) {
        if (name == null && phone == null) {
            return;
        }
        contacts.replaceOne(Filters.eq("_id", complaint.value()),
                            new Document("_id", complaint.value()).append("household", household.value())
                                                                  .append("name", name).append("phone", phone),
                            new ReplaceOptions().upsert(true));
    }

    /**
     * A household's erasure forgets every complainant contact recorded for it, with the erasure's unit of work
     * (a rare request: a scan of this collection is acceptable).
     */
    @EventHandler
    void on(HouseholdPersonalDataErased erased) {
        contacts.deleteMany(Filters.eq("household", erased.householdId().value()));
    }
}
