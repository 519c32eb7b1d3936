package com.propcare.command.complaint;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
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
 * Complainants' names and phones that earlier versions kept beside the log, keyed by complaint. Nothing is written
 * here any more (a complaint's contact now travels sealed in its event); what is left is still erased with its
 * household, so that an erasure reaches every copy.
 */
@ReadsEvents(value = HouseholdEvent.class,
             ignores = {ContactPreferencesChanged.class, HouseholdMovedIn.class, HouseholdRegistered.class,
                        HouseholdVacated.class, ImportedHouseholdTakenOver.class, KeyResidentFlagsChanged.class,
                        ResidentsChanged.class})
@Component
@ProcessingGroup(MongoRepeatComplaints.PROCESSING_GROUP)
class LegacyComplainantContacts {

    private final MongoCollection<Document> contacts;

    LegacyComplainantContacts(MongoDatabase database) {
        this.contacts = database.getCollection("complainant_contacts");
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
