package com.propcare.command.registry;

import com.propcare.command.registry.HouseholdRegister.Entry;
import com.propcare.command.registry.HouseholdRegister.ImportedEntry;
import com.propcare.command.registry.HouseholdRegister.Taken;
import com.propcare.command.registry.HouseholdRegister.UnitAddress;
import com.propcare.command.registry.HouseholdRules.Violation;
import com.propcare.command.registry.OfficeDirectory.OfficeEntry;
import com.propcare.command.support.DomainRefusal;
import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;
import com.propcare.events.registry.ContactPreferencesChanged;
import com.propcare.events.registry.HouseholdMovedIn;
import com.propcare.events.registry.HouseholdPersonalDataErased;
import com.propcare.events.registry.HouseholdRegistered;
import com.propcare.events.registry.HouseholdVacated;
import com.propcare.events.registry.ImportedHouseholdTakenOver;
import com.propcare.events.registry.KeyResidentFlagsChanged;
import com.propcare.events.registry.ResidentsChanged;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static com.propcare.command.registry.Registry.requirePresent;
import static com.propcare.command.registry.Registry.requireStamp;
import static com.propcare.command.registry.Registry.requireText;
import static com.propcare.command.registry.RegistryRefusalCodes.HOUSEHOLD_ALREADY_OCCUPIED;
import static com.propcare.command.registry.RegistryRefusalCodes.HOUSEHOLD_ALREADY_REGISTERED;
import static com.propcare.command.registry.RegistryRefusalCodes.HOUSEHOLD_ALREADY_VACANT;
import static com.propcare.command.registry.RegistryRefusalCodes.HOUSEHOLD_DATES_OUT_OF_ORDER;
import static com.propcare.command.registry.RegistryRefusalCodes.HOUSEHOLD_NOT_FOUND;
import static com.propcare.command.registry.RegistryRefusalCodes.HOUSEHOLD_UNIT_TAKEN;
import static com.propcare.command.registry.RegistryRefusalCodes.HOUSEHOLD_UNKNOWN_BUILDING;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A household (住户): a unit of an office, occupied or vacant, with its key-resident flags, contact preferences and
 * residents (sealed). Uniqueness of units and ids across households is the {@link HouseholdRegister}'s job.
 * <p>
 * A household registered by an import has no stream until it first changes. Every change is therefore handled as
 * "create if missing": on a missing stream the register tells whether an import registered the household, and its
 * stream then starts with {@link ImportedHouseholdTakenOver}, followed by the change itself.
 */
@Aggregate(snapshotTriggerDefinition = "snapshotTrigger")
class Household {

    /** The version an imported household has before its own stream exists: the import is its version 0. */
    private static final long IMPORTED_VERSION = 0L;

    @AggregateIdentifier
    private HouseholdId id;
    private OfficeId office;
    private boolean occupied;
    private LocalDate moveInDate;
    private LocalDate movedOutOn;

    protected Household() {
    }

    /** Validates everything before reserving the unit, so that a refused registration reserves nothing. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RegisterHousehold command, OfficeDirectory offices, HouseholdRegister register,
                ResidentSealer sealer) {
        if (id != null) {
            throw alreadyRegistered(id);
        }
        requirePresent("householdId", command.householdId());
        requirePresent("officeId", command.officeId());
        requirePresent("building", command.building());
        requireText("unit", command.unit());
        requireStamp(command.at(), command.by());
        OfficeEntry entry = Registry.office(offices, command.officeId());
        if (!entry.buildings().contains(command.building())) {
            throw DomainRefusal.unprocessable(HOUSEHOLD_UNKNOWN_BUILDING, "Office " + command.officeId()
                    + " has no building " + command.building(), Map.of("field", "building",
                                                                       "building", command.building().value()));
        }
        List<ResidentDetails> residents = Objects.requireNonNullElse(command.residents(), List.of());
        refuseFirst(HouseholdRules.check(command.occupied(), command.moveInDate(),
                                         Registry.today(command.at(), entry.timeZone()), command.preferredChannel(),
                                         command.declinedChannels(), residents));
        UnitAddress unit = new UnitAddress(command.building(), command.unit());
        Taken taken = register.reserve(command.officeId(), command.householdId().value(), List.of(new Entry(
                command.householdId(), unit, command.occupied(), command.moveInDate(), null)));
        if (!taken.households().isEmpty()) {
            throw alreadyRegistered(command.householdId());
        }
        if (!taken.units().isEmpty()) {
            throw new DomainRefusal(HOUSEHOLD_UNIT_TAKEN, "Another household is registered on unit "
                    + command.unit() + " of building " + command.building(),
                                    Map.of("building", command.building().value(), "unit", command.unit()));
        }
        apply(new HouseholdRegistered(command.householdId(), command.officeId(), command.building(), command.unit(),
                                      command.floor(), command.occupied(), command.moveInDate(),
                                      Registry.sorted(command.keyResidentFlags()), command.preferredChannel(),
                                      Registry.sorted(command.declinedChannels()),
                                      sealer.seal(command.householdId(), residents), command.at(), command.by()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordMoveIn command, HouseholdRegister register, OfficeDirectory offices, ResidentSealer sealer) {
        continueFrom(command, register);
        requirePresent("moveInDate", command.moveInDate());
        if (occupied) {
            throw new DomainRefusal(HOUSEHOLD_ALREADY_OCCUPIED, "Household " + id + " is occupied; record the "
                    + "move-out first", Map.of("householdId", id.value()));
        }
        Registry.requireNotFuture("moveInDate", command.moveInDate(), today(command, offices));
        if (movedOutOn != null && command.moveInDate().isBefore(movedOutOn)) {
            throw outOfOrder("moveInDate", command.moveInDate(), movedOutOn);
        }
        List<ResidentDetails> residents = Objects.requireNonNullElse(command.residents(), List.of());
        refuseFirst(HouseholdRules.residentViolations(residents));
        apply(new HouseholdMovedIn(id, office, command.moveInDate(), sealer.seal(id, residents), command.at(),
                                   command.by()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordMoveOut command, HouseholdRegister register, OfficeDirectory offices) {
        continueFrom(command, register);
        requirePresent("movedOutOn", command.movedOutOn());
        if (!occupied) {
            throw new DomainRefusal(HOUSEHOLD_ALREADY_VACANT, "Household " + id + " is vacant",
                                    Map.of("householdId", id.value()));
        }
        Registry.requireNotFuture("movedOutOn", command.movedOutOn(), today(command, offices));
        if (moveInDate != null && command.movedOutOn().isBefore(moveInDate)) {
            throw outOfOrder("movedOutOn", command.movedOutOn(), moveInDate);
        }
        apply(new HouseholdVacated(id, office, command.movedOutOn(), command.at(), command.by()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ChangeKeyResidentFlags command, HouseholdRegister register) {
        continueFrom(command, register);
        requirePresent("keyResidentFlags", command.keyResidentFlags());
        apply(new KeyResidentFlagsChanged(id, office, Registry.sorted(command.keyResidentFlags()), command.at(),
                                          command.by()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ChangeContactPreferences command, HouseholdRegister register) {
        continueFrom(command, register);
        refuseFirst(HouseholdRules.contactViolations(command.preferredChannel(), command.declinedChannels()));
        apply(new ContactPreferencesChanged(id, office, command.preferredChannel(),
                                            Registry.sorted(command.declinedChannels()), command.at(), command.by()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ChangeResidents command, HouseholdRegister register, ResidentSealer sealer) {
        continueFrom(command, register);
        requirePresent("residents", command.residents());
        refuseFirst(HouseholdRules.residentViolations(command.residents()));
        apply(new ResidentsChanged(id, office, sealer.seal(id, command.residents()), command.at(), command.by()));
    }

    /** The key is destroyed by {@link PersonalDataErasure} with this event; the household itself stays. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(EraseHouseholdPersonalData command, HouseholdRegister register) {
        continueFrom(command, register);
        requirePresent("reason", command.reason());
        apply(new HouseholdPersonalDataErased(id, office, command.reason(), command.at(), command.by()));
    }

    @EventSourcingHandler
    void on(HouseholdRegistered event) {
        id = event.householdId();
        office = event.officeId();
        occupied = event.occupied();
        moveInDate = event.moveInDate();
    }

    @EventSourcingHandler
    void on(ImportedHouseholdTakenOver event) {
        id = event.householdId();
        office = event.officeId();
        occupied = event.occupied();
        moveInDate = event.moveInDate();
    }

    @EventSourcingHandler
    void on(HouseholdMovedIn event) {
        occupied = true;
        moveInDate = event.moveInDate();
    }

    @EventSourcingHandler
    void on(HouseholdVacated event) {
        occupied = false;
        movedOutOn = event.movedOutOn();
    }

    /**
     * Makes sure the household exists before a change and that the caller saw its current version. A household
     * only an import knows gets its own stream here, starting with {@link ImportedHouseholdTakenOver}.
     */
    private void continueFrom(HouseholdChange command, HouseholdRegister register) {
        requirePresent("householdId", command.householdId());
        requireStamp(command.at(), command.by());
        if (id != null) {
            requireVersion(command, AggregateLifecycle.getVersion());
            return;
        }
        ImportedEntry imported = register.imported(command.householdId()).orElseThrow(() -> DomainRefusal.notFound(
                HOUSEHOLD_NOT_FOUND, "No household " + command.householdId() + " is registered",
                Map.of("householdId", command.householdId().value())));
        requireVersion(command, IMPORTED_VERSION);
        apply(new ImportedHouseholdTakenOver(imported.household(), imported.office(), imported.importId(),
                                             imported.unit().building(), imported.unit().unit(),
                                             imported.occupied(), imported.moveInDate(), command.at()));
    }

    private void requireVersion(HouseholdChange command, Long actual) {
        if (command.expectedVersion() != null && !command.expectedVersion().equals(actual)) {
            throw new ConflictingAggregateVersionException(command.householdId().value(), command.expectedVersion(),
                                                           actual);
        }
    }

    private LocalDate today(HouseholdChange command, OfficeDirectory offices) {
        return Registry.today(command.at(), Registry.office(offices, office).timeZone());
    }

    private static void refuseFirst(List<Violation> violations) {
        if (!violations.isEmpty()) {
            Violation first = violations.get(0);
            throw DomainRefusal.unprocessable(first.code(), first.field() + ": " + first.message(),
                                              HouseholdRules.details(first));
        }
    }

    private static DomainRefusal alreadyRegistered(HouseholdId household) {
        return new DomainRefusal(HOUSEHOLD_ALREADY_REGISTERED, "A household " + household + " is registered already",
                                 Map.of("householdId", household.value()));
    }

    private static DomainRefusal outOfOrder(String field, LocalDate date, LocalDate notBefore) {
        return DomainRefusal.unprocessable(HOUSEHOLD_DATES_OUT_OF_ORDER, field + " " + date + " is before "
                + notBefore, Map.of("field", field, "date", date.toString(), "notBefore", notBefore.toString()));
    }
}
