package com.propcare.command.visit;

import com.propcare.command.registry.References;
import com.propcare.command.policy.OfficeCalendars;
import com.propcare.command.policy.OfficePolicies;
import com.propcare.command.policy.PolicyInForce;
import com.propcare.command.registry.StaffDirectory;
import com.propcare.command.registry.StaffDirectory.StaffEntry;
import com.propcare.command.support.DomainRefusal;
import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;
import com.propcare.events.StaffId;
import com.propcare.events.callback.Signature;
import com.propcare.events.policy.CallbackKind;
import com.propcare.events.policy.Due;
import com.propcare.events.policy.VisitRules;
import com.propcare.events.registry.StaffRole;
import com.propcare.events.visit.RaisedOpinion;
import com.propcare.events.visit.VisitAppointed;
import com.propcare.events.visit.VisitId;
import com.propcare.events.visit.VisitKind;
import com.propcare.events.visit.VisitMethod;
import com.propcare.events.visit.VisitOverdue;
import com.propcare.events.visit.VisitRecorded;
import com.propcare.events.visit.VisitScheduled;
import com.propcare.events.visit.VisitSkipped;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.propcare.command.visit.VisitRefusalCodes.TOO_LATE_FOR_IN_PERSON;
import static com.propcare.command.visit.VisitRefusalCodes.VISIT_ALREADY_RECORDED;
import static com.propcare.command.visit.VisitRefusalCodes.VISIT_APPOINTMENT_REQUIRED;
import static com.propcare.command.visit.VisitRefusalCodes.VISIT_DUE_IN_THE_PAST;
import static com.propcare.command.visit.VisitRefusalCodes.VISIT_KIND_NOT_BY_HAND;
import static com.propcare.command.visit.VisitRefusalCodes.VISIT_PERFORMER_LEFT;
import static com.propcare.command.visit.VisitRefusalCodes.VISIT_PERFORMER_ROLE_REQUIRED;
import static com.propcare.command.visit.VisitRefusalCodes.VISIT_PERFORMER_UNKNOWN;
import static com.propcare.command.visit.VisitRefusalCodes.VISIT_SIGNATURE_NOT_POSSIBLE;
import static com.propcare.command.visit.VisitRefusalCodes.VISIT_SIGNATURE_REQUIRED;
import static com.propcare.command.visit.VisitRefusalCodes.VISIT_SKIPPED;
import static com.propcare.command.visit.VisitRefusalCodes.VISIT_TIME_IN_FUTURE;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One visit obligation (拜访, domain §3): scheduled by a trigger or by hand, appointed, then recorded once. A visit
 * that was never recorded by its due time is marked overdue once; recording it later is still allowed and records
 * it as late.
 */
@Aggregate(snapshotTriggerDefinition = "snapshotTrigger")
class Visit {

    private static final Set<VisitKind> BY_HAND = Set.of(VisitKind.ROUTINE, VisitKind.DIRECTOR,
                                                         VisitKind.AFTER_ACCIDENT);

    @AggregateIdentifier
    private VisitId id;
    private OfficeId office;
    private VisitKind kind;
    private HouseholdId household;
    private Instant due;
    private List<StaffRole> performerRoles;
    private boolean skipped;
    private boolean appointed;
    private boolean recorded;
    private boolean overdue;

    protected Visit() {
    }

    @CommandHandler
    Visit(ScheduleVisit command, OfficePolicies policies, References references) {
        references.office(command.officeId(), "officeId");
        references.household(command.officeId(), command.householdId(), "householdId");
        if (!BY_HAND.contains(command.kind())) {
            throw DomainRefusal.unprocessable(VISIT_KIND_NOT_BY_HAND, command.kind()
                    + " visits are created by their trigger, not by hand",
                    Map.of("field", "kind", "allowed", BY_HAND.stream().map(Enum::name).sorted().toList()));
        }
        if (!command.due().isAfter(command.scheduledAt())) {
            throw DomainRefusal.unprocessable(VISIT_DUE_IN_THE_PAST, "The due time must lie in the future",
                                              Map.of("field", "due"));
        }
        PolicyInForce policy = policies.inForce(command.officeId(), command.scheduledAt());
        apply(new VisitScheduled(command.visitId(), command.officeId(), command.kind(), command.householdId(),
                                 command.due(), command.due(), VisitPerformers.of(command.kind()), command.reason(),
                                 policy.version(), command.scheduledAt(), command.scheduledBy()));
    }

    /**
     * Due within the policy's {@code newOwnerVisitWithin} of the move-in, at the latest {@code newOwnerVisitAtMost},
     * counted from the start of the move-in day in the office's zone. In a declared mass move-in only the sampled
     * share is visited; the others are recorded as skipped with their bucket.
     */
    @CommandHandler
    Visit(ScheduleNewOwnerVisit command, OfficePolicies policies, OfficeCalendars calendars) {
        Instant movedIn = command.moveInDate().atStartOfDay(calendars.zoneOf(command.officeId())).toInstant();
        PolicyInForce policy = policies.inForce(command.officeId(), movedIn);
        VisitRules rules = policy.document().visits();
        String reason = "moved in on " + command.moveInDate();
        if (command.massMoveIn() != null
                && !MassMoveInSample.sampled(command.householdId(), rules.massMoveInSamplePercent())) {
            int bucket = MassMoveInSample.bucketOf(command.householdId());
            apply(new VisitSkipped(command.visitId(), command.officeId(), VisitKind.NEW_OWNER, command.householdId(),
                                   command.massMoveIn(), rules.massMoveInSamplePercent(), bucket,
                                   reason + " during mass move-in " + command.massMoveIn() + ": bucket " + bucket
                                           + " is not below the sample of " + rules.massMoveInSamplePercent() + " %",
                                   policy.version(), command.movedInRecordedAt()));
            return;
        }
        Instant within = calendars.add(command.officeId(), movedIn, rules.newOwnerVisitWithin());
        Instant atMost = calendars.add(command.officeId(), movedIn, rules.newOwnerVisitAtMost());
        apply(new VisitScheduled(command.visitId(), command.officeId(), VisitKind.NEW_OWNER, command.householdId(),
                                 within, atMost, VisitPerformers.of(VisitKind.NEW_OWNER),
                                 command.massMoveIn() == null ? reason
                                                              : reason + ", sampled in mass move-in "
                                                                      + command.massMoveIn(),
                                 policy.version(), command.movedInRecordedAt(), null));
    }

    /**
     * Due by the accident callback's rule (no seed sets a separate visit deadline; "after handling" [001 C]), from
     * when the accident happened, with the policy version in force then.
     */
    @CommandHandler
    Visit(ScheduleAfterAccidentVisit command, OfficePolicies policies, OfficeCalendars calendars) {
        PolicyInForce policy = policies.inForce(command.officeId(), command.occurredAt());
        Due within = policy.document().callbacks().kinds().get(CallbackKind.ACCIDENT).due();
        apply(new VisitScheduled(command.visitId(), command.officeId(), VisitKind.AFTER_ACCIDENT,
                                 command.householdId(), calendars.add(command.officeId(), command.occurredAt(), within),
                                 calendars.add(command.officeId(), command.occurredAt(), within),
                                 VisitPerformers.of(VisitKind.AFTER_ACCIDENT),
                                 "accident " + command.matterId() + ": " + command.description(), policy.version(),
                                 command.recordedAt(), null));
    }

    @CommandHandler
    Visit(ScheduleHolidayVisit command) {
        apply(new VisitScheduled(command.visitId(), command.officeId(), VisitKind.HOLIDAY, command.householdId(),
                                 command.due(), command.due(), VisitPerformers.of(VisitKind.HOLIDAY),
                                 command.festival() + " (plan " + command.planId() + ")", command.policy(),
                                 command.plannedAt(), null));
    }

    @CommandHandler
    void handle(AppointVisit command, OfficePolicies policies, StaffDirectory staff) {
        requireOpen();
        requirePerformer(staff, command.with(), "with");
        if (command.method() == VisitMethod.IN_PERSON) {
            requireNotTooLate(policies.inForce(office, command.appointedFor()), command.appointedFor(),
                              "appointedFor");
        }
        apply(new VisitAppointed(id, office, command.appointedFor(), command.method(), command.with(), command.at(),
                                 command.by()));
    }

    @CommandHandler
    void handle(RecordVisit command, OfficePolicies policies, StaffDirectory staff) {
        requireOpen();
        if (command.visitedAt().isAfter(command.at())) {
            throw DomainRefusal.unprocessable(VISIT_TIME_IN_FUTURE, "The visit cannot have taken place later than now",
                                              Map.of("field", "visitedAt"));
        }
        requirePerformer(staff, command.visitedBy(), "visitedBy");
        if (command.method() == VisitMethod.IN_PERSON) {
            if (!appointed) {
                throw new DomainRefusal(VISIT_APPOINTMENT_REQUIRED,
                                        "An in-person visit is appointed first, at a time the residents are home",
                                        Map.of("field", "method"));
            }
            requireNotTooLate(policies.inForce(office, command.visitedAt()), command.visitedAt(), "visitedAt");
            if (command.signature() == Signature.NOT_REQUIRED) {
                throw DomainRefusal.unprocessable(VISIT_SIGNATURE_REQUIRED,
                        "In person the resident signs the record or refuses to; record which",
                        Map.of("field", "signature", "allowed", List.of("SIGNED", "REFUSED")));
            }
        }
        if (command.method() == VisitMethod.PHONE && command.signature() != Signature.NOT_REQUIRED) {
            throw DomainRefusal.unprocessable(VISIT_SIGNATURE_NOT_POSSIBLE,
                    "Nobody signs on the phone; the staff member is recorded instead",
                    Map.of("field", "signature", "allowed", List.of("NOT_REQUIRED")));
        }
        List<RaisedOpinion> opinions = OpinionInput.raise(id.value(), household, command.opinions(), "opinions");
        apply(new VisitRecorded(id, office, kind, household, command.method(), command.visitedAt(),
                                command.visitedBy(), command.summary(), opinions, command.feedbackRequired(),
                                command.signature(), !command.visitedAt().isAfter(due), command.at(),
                                command.by()));
    }

    /** Idempotent: only a scheduled visit that is neither recorded nor already overdue, and is due, becomes overdue. */
    @CommandHandler
    void handle(MarkVisitOverdue command) {
        if (skipped || recorded || overdue || command.detectedAt().isBefore(due)) {
            return;
        }
        apply(new VisitOverdue(id, office, due, command.detectedAt()));
    }

    private void requireOpen() {
        if (skipped) {
            throw new DomainRefusal(VISIT_SKIPPED, "This new owner was left out of the mass move-in sample",
                                    Map.of("visitId", id.value()));
        }
        if (recorded) {
            throw new DomainRefusal(VISIT_ALREADY_RECORDED, "The visit is already recorded; corrections are new facts",
                                    Map.of("visitId", id.value()));
        }
    }

    private void requirePerformer(StaffDirectory staff, StaffId performer, String field) {
        StaffEntry member = staff.find(performer).filter(found -> found.officeId().equals(office))
                .orElseThrow(() -> DomainRefusal.unprocessable(VISIT_PERFORMER_UNKNOWN,
                        "No staff member " + performer + " in office " + office, Map.of("field", field)));
        if (!member.active()) {
            throw DomainRefusal.unprocessable(VISIT_PERFORMER_LEFT, performer + " has left the office",
                                              Map.of("field", field));
        }
        if (performerRoles.stream().noneMatch(member.roles()::contains)) {
            throw DomainRefusal.unprocessable(VISIT_PERFORMER_ROLE_REQUIRED,
                    kind + " visits are performed by " + performerRoles,
                    Map.of("field", field, "allowedRoles", performerRoles.stream().map(Enum::name).toList()));
        }
    }

    private static void requireNotTooLate(PolicyInForce policy, Instant at, String field) {
        int latestHour = policy.document().callbacks().latestInPersonHour();
        ZoneId zone = policy.zone();
        ZonedDateTime local = at.atZone(zone);
        if (local.getHour() >= latestHour) {
            throw DomainRefusal.unprocessable(TOO_LATE_FOR_IN_PERSON,
                    "No in-person visit at or after " + latestHour + ":00 office time (" + zone + ")",
                    Map.of("field", field, "latestInPersonHour", latestHour, "policy", policy.version().value()));
        }
    }

    @EventSourcingHandler
    void on(VisitScheduled event) {
        id = event.visitId();
        office = event.officeId();
        kind = event.kind();
        household = event.householdId();
        due = event.due();
        performerRoles = event.performerRoles();
    }

    @EventSourcingHandler
    void on(VisitSkipped event) {
        id = event.visitId();
        office = event.officeId();
        kind = event.kind();
        household = event.householdId();
        skipped = true;
    }

    @EventSourcingHandler
    void on(VisitAppointed event) {
        appointed = true;
    }

    @EventSourcingHandler
    void on(VisitRecorded event) {
        recorded = true;
    }

    @EventSourcingHandler
    void on(VisitOverdue event) {
        overdue = true;
    }
}
