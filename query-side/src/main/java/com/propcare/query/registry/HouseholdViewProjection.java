package com.propcare.query.registry;

import com.propcare.events.registry.ContactPreferencesChanged;
import com.propcare.events.registry.HouseholdEvent;
import com.propcare.events.registry.HouseholdMovedIn;
import com.propcare.events.registry.HouseholdPersonalDataErased;
import com.propcare.events.registry.HouseholdRegistered;
import com.propcare.events.registry.HouseholdVacated;
import com.propcare.events.registry.HouseholdsImported;
import com.propcare.events.registry.ImportedHouseholdTakenOver;
import com.propcare.events.registry.KeyResidentFlagsChanged;
import com.propcare.events.registry.ResidentsChanged;
import com.propcare.eventstore.ReadsEvents;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

import java.util.function.UnaryOperator;

import static com.propcare.query.registry.RegistryDocuments.names;

/**
 * Keeps {@code registry_household_views} and their office lists up to date. A household registered by an import
 * gets the same view as one registered on its own, at version 0; its own stream continues from there with
 * {@link ImportedHouseholdTakenOver}, which the view already reflects. Every handler is idempotent.
 */
@ReadsEvents(value = HouseholdEvent.class,
             ignores = {HouseholdPersonalDataErased.class})
@Component
@ProcessingGroup(OfficeViewProjection.PROCESSING_GROUP)
class HouseholdViewProjection {

    private final HouseholdViews households;

    HouseholdViewProjection(HouseholdViews households) {
        this.households = households;
    }

    @EventHandler
    void on(HouseholdRegistered event, @SequenceNumber long sequence) {
        households.apply(event.householdId().value(), sequence, absent -> HouseholdView.registered(event, sequence));
    }

    @EventHandler
    void on(HouseholdsImported event) {
        households.imported(event.officeId().value(), event.households().stream().map(row -> HouseholdView.imported(
                event.importId(), event.officeId().value(), row, event.importedAt())).toList());
    }

    /** Restates the imported row the view was built from; it fails only while the import is not projected yet. */
    @EventHandler
    void on(ImportedHouseholdTakenOver event, @SequenceNumber long sequence) {
        update(event.householdId().value(), sequence, UnaryOperator.identity());
    }

    @EventHandler
    void on(HouseholdMovedIn event, @SequenceNumber long sequence) {
        update(event.householdId().value(), sequence,
               view -> view.movedIn(event.moveInDate(), event.residents(), event.recordedAt(), sequence));
    }

    @EventHandler
    void on(HouseholdVacated event, @SequenceNumber long sequence) {
        update(event.householdId().value(), sequence,
               view -> view.vacated(event.movedOutOn(), event.recordedAt(), sequence));
    }

    @EventHandler
    void on(KeyResidentFlagsChanged event, @SequenceNumber long sequence) {
        update(event.householdId().value(), sequence,
               view -> view.flagged(names(event.keyResidentFlags()), event.changedAt(), sequence));
    }

    @EventHandler
    void on(ContactPreferencesChanged event, @SequenceNumber long sequence) {
        update(event.householdId().value(), sequence, view -> view.prefers(
                event.preferredChannel() == null ? null : event.preferredChannel().name(),
                names(event.declinedChannels()), event.changedAt(), sequence));
    }

    @EventHandler
    void on(ResidentsChanged event, @SequenceNumber long sequence) {
        update(event.householdId().value(), sequence,
               view -> view.residentsChanged(event.residents(), event.changedAt(), sequence));
    }

    @ResetHandler
    void reset() {
        households.deleteAll();
    }

    /** Applies an event that follows the registration, so the view must exist; until it does, the event is retried. */
    private void update(String household, long sequence, UnaryOperator<HouseholdView> change) {
        households.apply(household, sequence, current -> {
            if (current == null) {
                throw new IllegalStateException("no view of household " + household + " to apply event #" + sequence
                        + " to: its registration or import has not been projected");
            }
            return change.apply(current);
        });
    }
}
