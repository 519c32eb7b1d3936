package com.propcare.query.visit;

import com.mongodb.client.model.Updates;
import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;
import com.propcare.events.callback.CallbackCancelled;
import com.propcare.events.callback.CallbackEvent;
import com.propcare.events.callback.CallbackOverdue;
import com.propcare.events.callback.CallbackPerformed;
import com.propcare.events.callback.CallbackScheduled;
import com.propcare.events.callback.CallbackSpotChecked;
import com.propcare.events.callback.FollowUpDone;
import com.propcare.events.callback.FollowUpOverdue;
import com.propcare.events.callback.FollowUpScheduled;
import com.propcare.events.complaint.ComplainantConfirmed;
import com.propcare.events.complaint.ComplaintClassified;
import com.propcare.events.complaint.ComplaintClosed;
import com.propcare.events.complaint.ComplaintDeclaredInvalid;
import com.propcare.events.complaint.ComplaintDispatched;
import com.propcare.events.complaint.ComplaintEscalated;
import com.propcare.events.complaint.ComplaintEvent;
import com.propcare.events.complaint.ComplaintFlaggedAsRepeat;
import com.propcare.events.complaint.ComplaintRegistered;
import com.propcare.events.complaint.ComplaintReopened;
import com.propcare.events.complaint.ComplaintReviewRequested;
import com.propcare.events.complaint.ComplaintVerified;
import com.propcare.events.complaint.CorrectiveActionCompleted;
import com.propcare.events.complaint.CorrectiveActionPlanned;
import com.propcare.events.complaint.DispatchReceived;
import com.propcare.events.complaint.FirstReplyGiven;
import com.propcare.events.complaint.HandlingDecided;
import com.propcare.events.complaint.HandlingResultReported;
import com.propcare.events.complaint.RemedialActionRecorded;
import com.propcare.events.policy.CallbackKind;
import com.propcare.events.policy.PolicyAdopted;
import com.propcare.events.policy.VisitRules;
import com.propcare.events.reception.VisitorReceived;
import com.propcare.events.registry.BuildingAdded;
import com.propcare.events.registry.ContactPreferencesChanged;
import com.propcare.events.registry.DepartmentAdded;
import com.propcare.events.registry.HouseholdEvent;
import com.propcare.events.registry.HouseholdMovedIn;
import com.propcare.events.registry.HouseholdPersonalDataErased;
import com.propcare.events.registry.HouseholdRegistered;
import com.propcare.events.registry.HouseholdVacated;
import com.propcare.events.registry.HouseholdsImported;
import com.propcare.events.registry.ImportedHousehold;
import com.propcare.events.registry.ImportedHouseholdTakenOver;
import com.propcare.events.registry.KeyResidentFlagsChanged;
import com.propcare.events.registry.OfficeEvent;
import com.propcare.events.registry.OfficeRegistered;
import com.propcare.events.registry.ResidentsChanged;
import com.propcare.events.registry.UnitsAdded;
import com.propcare.events.visit.OpinionAnswered;
import com.propcare.events.visit.OpinionEvent;
import com.propcare.events.visit.OpinionFiledAsComplaint;
import com.propcare.events.visit.OpinionOverdue;
import com.propcare.events.visit.OpinionRaised;
import com.propcare.events.visit.VisitAppointed;
import com.propcare.events.visit.VisitEvent;
import com.propcare.events.visit.VisitKind;
import com.propcare.events.visit.VisitOverdue;
import com.propcare.events.visit.VisitRecorded;
import com.propcare.events.visit.VisitScheduled;
import com.propcare.events.visit.VisitSkipped;
import com.propcare.eventstore.ReadsEvents;
import com.propcare.query.registry.OfficeZones;
import com.propcare.query.support.BatchedUpdates;
import com.propcare.query.support.KnownZones;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static com.propcare.query.visit.VisitReadModel.field;
import static com.propcare.query.visit.VisitReadModel.monthKey;
import static com.propcare.query.visit.VisitReadModel.text;

/**
 * Keeps the visit read models: visits and opinions with their status, the reception log by month, and what the
 * monthly quota counts. Months are those of the service's time zone (the zone of its clock), like every date in the
 * query side's parameters.
 */
@ReadsEvents(value = {CallbackEvent.class, ComplaintEvent.class, HouseholdEvent.class, OfficeEvent.class,
                      OpinionEvent.class, VisitEvent.class},
             ignores = {BuildingAdded.class, CallbackCancelled.class, CallbackOverdue.class, CallbackPerformed.class,
                        CallbackSpotChecked.class, ComplainantConfirmed.class, ComplaintClassified.class,
                        ComplaintClosed.class, ComplaintDeclaredInvalid.class, ComplaintDispatched.class,
                        ComplaintEscalated.class, ComplaintFlaggedAsRepeat.class, ComplaintReopened.class,
                        ComplaintReviewRequested.class, ComplaintVerified.class, ContactPreferencesChanged.class,
                        CorrectiveActionCompleted.class, CorrectiveActionPlanned.class, DepartmentAdded.class,
                        DispatchReceived.class, FirstReplyGiven.class, FollowUpDone.class, FollowUpOverdue.class,
                        FollowUpScheduled.class, HandlingDecided.class, HandlingResultReported.class,
                        HouseholdPersonalDataErased.class, ImportedHouseholdTakenOver.class,
                        KeyResidentFlagsChanged.class, RemedialActionRecorded.class, ResidentsChanged.class,
                        UnitsAdded.class})
@Component
@ProcessingGroup(VisitViewProjection.PROCESSING_GROUP)
class VisitViewProjection {

    static final String PROCESSING_GROUP = "visit-views";

    /** A repair callback that month keeps the household out of the routine quota [001 F]. */
    private static final Set<String> REPAIR_KINDS = Set.of(
            CallbackKind.SMALL_REPAIR.name(), CallbackKind.SAFETY_FACILITY_REPAIR.name(),
            CallbackKind.LEAK_REPAIR.name(), CallbackKind.OTHER_REPAIR.name(), CallbackKind.REPAIR_WORKS.name());

    private final VisitReadModel model;
    private final KnownZones zones;

    VisitViewProjection(VisitReadModel model) {
        this.model = model;
        this.zones = new KnownZones(OfficeZones.DEFAULT_ZONE, office -> model.zoneOf(office).map(ZoneId::of));
    }

    /** Months are the office's: a visit at 07:00 on the 1st in Shanghai belongs to that month, not the one before. */
    private String month(OfficeId office, Instant at) {
        return YearMonth.from(at.atZone(zones.of(office.value()))).toString();
    }

    @EventHandler
    void on(OfficeRegistered event) {
        model.upsert(model.offices, event.officeId().value(), Updates.set("zone", event.timeZone().getId()));
        zones.registered(event.officeId().value(), event.timeZone());
    }

    @EventHandler
    void on(VisitScheduled event, @SequenceNumber long sequence) {
        model.apply(model.visits, event.visitId().value(), sequence, List.of(
                Updates.set("office", event.officeId().value()), Updates.set("kind", event.kind().name()),
                Updates.set("household", event.householdId().value()), Updates.set("status", "PENDING"),
                Updates.set("due", text(event.due())), Updates.set("dueAtMost", text(event.dueAtMost())),
                Updates.set("performerRoles", event.performerRoles().stream().map(Enum::name).toList()),
                Updates.set("reason", event.reason()), Updates.set("policy", event.policy().value())));
        indexVisit(event.officeId(), event.visitId().value());
    }

    @EventHandler
    void on(VisitSkipped event, @SequenceNumber long sequence) {
        model.apply(model.visits, event.visitId().value(), sequence, List.of(
                Updates.set("office", event.officeId().value()), Updates.set("kind", event.kind().name()),
                Updates.set("household", event.householdId().value()), Updates.set("status", "SKIPPED"),
                Updates.set("skippedBecause", event.reason()), Updates.set("policy", event.policy().value())));
        indexVisit(event.officeId(), event.visitId().value());
    }

    @EventHandler
    void on(VisitAppointed event, @SequenceNumber long sequence) {
        model.apply(model.visits, event.visitId().value(), sequence, List.of(
                Updates.set("appointedWith", event.with().value()),
                Updates.set("appointedFor", text(event.appointedFor()))));
    }

    @EventHandler
    void on(VisitRecorded event, @SequenceNumber long sequence) {
        model.apply(model.visits, event.visitId().value(), sequence, List.of(
                Updates.set("status", "DONE"), Updates.set("visitedBy", event.visitedBy().value()),
                Updates.set("visitedAt", text(event.visitedAt())), Updates.set("onTime", event.onTime()),
                Updates.set("method", event.method().name()), Updates.set("summary", event.summary()),
                Updates.set("signature", event.signature().name()),
                Updates.set("feedbackRequired", event.feedbackRequired()),
                Updates.set("opinions", event.opinions().stream().map(opinion -> opinion.opinionId().value())
                                             .toList())));
        String month = month(event.officeId(), event.visitedAt());
        String office = event.officeId().value();
        if (event.kind() == VisitKind.ROUTINE) {
            model.upsert(model.months, monthKey(office, month), Updates.addToSet("routine", event.householdId().value()));
            model.upsert(model.offices, office,
                         Updates.max("households." + field(event.householdId().value()) + ".lastRoutine", month));
        } else if (event.kind() == VisitKind.DIRECTOR) {
            model.upsert(model.months, monthKey(office, month), Updates.addToSet("director", event.householdId().value()));
        }
    }

    @EventHandler
    void on(VisitOverdue event, @SequenceNumber long sequence) {
        model.apply(model.visits, event.visitId().value(), sequence, List.of(Updates.set("status", "OVERDUE")));
    }

    @EventHandler
    void on(OpinionRaised event, @SequenceNumber long sequence) {
        model.apply(model.opinions, event.opinionId().value(), sequence, List.of(
                Updates.set("office", event.officeId().value()), Updates.set("source", event.source().name()),
                Updates.set("sourceId", event.sourceId()),
                Updates.set("household", event.householdId() == null ? null : event.householdId().value()),
                Updates.set("type", event.type().name()), Updates.set("text", event.text()),
                Updates.set("answerDue", text(event.answerDue())), Updates.set("status", "PENDING")));
        model.upsert(model.offices, event.officeId().value(),
                     Updates.set("opinions." + field(event.opinionId().value()), true));
    }

    @EventHandler
    void on(OpinionFiledAsComplaint event, @SequenceNumber long sequence) {
        model.apply(model.opinions, event.opinionId().value(), sequence,
                    List.of(Updates.set("complaint", event.complaintId().value())));
    }

    @EventHandler
    void on(OpinionAnswered event, @SequenceNumber long sequence) {
        model.apply(model.opinions, event.opinionId().value(), sequence, List.of(
                Updates.set("status", "ANSWERED"), Updates.set("answeredAt", text(event.answeredAt())),
                Updates.set("onTime", event.onTime())));
    }

    @EventHandler
    void on(OpinionOverdue event, @SequenceNumber long sequence) {
        model.apply(model.opinions, event.opinionId().value(), sequence, List.of(Updates.set("status", "OVERDUE")));
    }

    @EventHandler
    void on(VisitorReceived event) {
        Document entry = new Document("officeId", event.officeId().value())
                .append("householdId", event.householdId() == null ? null : event.householdId().value())
                .append("purpose", event.purpose()).append("receivedAt", text(event.receivedAt()))
                .append("receivedBy", event.receivedBy().value()).append("outcome", event.outcome().name())
                .append("referredTo", event.referredTo()).append("opinions", event.opinions().size());
        model.upsert(model.months, monthKey(event.officeId().value(), month(event.officeId(), event.receivedAt())),
                     Updates.set("receptions." + field(event.receptionId().value()), entry));
    }

    @EventHandler
    void on(ComplaintRegistered event) {
        exclude(event.officeId(), event.householdId(), event.receivedAt());
    }

    @EventHandler
    void on(CallbackScheduled event) {
        if (event.householdId() != null && REPAIR_KINDS.contains(event.kind().value())) {
            exclude(event.officeId(), event.householdId(), event.scheduledAt());
        }
    }

    @EventHandler
    void on(HouseholdRegistered event) {
        occupied(event.officeId(), List.of(Updates.set(occupiedPath(event.householdId()), event.occupied())));
    }

    @EventHandler
    void on(HouseholdsImported event) {
        List<Bson> changes = new ArrayList<>();
        for (ImportedHousehold household : event.households()) {
            changes.add(Updates.set(occupiedPath(household.householdId()), household.occupied()));
        }
        occupied(event.officeId(), changes);
    }

    @EventHandler
    void on(HouseholdMovedIn event) {
        occupied(event.officeId(), List.of(Updates.set(occupiedPath(event.householdId()), true)));
    }

    @EventHandler
    void on(HouseholdVacated event) {
        occupied(event.officeId(), List.of(Updates.set(occupiedPath(event.householdId()), false)));
    }

    @EventHandler
    void on(PolicyAdopted event) {
        VisitRules rules = event.document().visits();
        Document version = new Document("version", event.version().value())
                .append("number", event.number())
                .append("effectiveFrom", text(event.effectiveFrom()))
                .append("min", rules.directorVisitsPerMonthMin())
                .append("max", rules.directorVisitsPerMonthMax())
                .append("bands", rules.supervisorMonthlyShare().stream()
                                      .map(band -> new Document("from", band.from()).append("to", band.to())
                                                                                    .append("percent", band.percent()))
                                      .toList());
        model.upsert(model.policies, event.officeId().value(), Updates.addToSet("versions", version));
    }

    @ResetHandler
    void reset() {
        zones.clear();
        model.deleteAll();
    }

    private void indexVisit(OfficeId office, String visit) {
        model.upsert(model.offices, office.value(), Updates.set("visits." + field(visit), true));
    }

    private void exclude(OfficeId office, HouseholdId household, Instant at) {
        model.upsert(model.months, monthKey(office.value(), month(office, at)), Updates.addToSet("excluded", household.value()));
    }

    private static String occupiedPath(HouseholdId household) {
        return "households." + field(household.value()) + ".occupied";
    }

    private void occupied(OfficeId office, List<Bson> changes) {
        BatchedUpdates.upsert(model.offices, office.value(), changes);
    }
}
