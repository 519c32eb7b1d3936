package com.propcare.query.dashboard;

import com.propcare.events.HouseholdId;
import com.propcare.events.callback.CallbackCancelled;
import com.propcare.events.callback.CallbackEvent;
import com.propcare.events.callback.CallbackOverdue;
import com.propcare.events.callback.CallbackPerformed;
import com.propcare.events.callback.CallbackScheduled;
import com.propcare.events.callback.CallbackSpotChecked;
import com.propcare.events.callback.FollowUpDone;
import com.propcare.events.callback.FollowUpOverdue;
import com.propcare.events.callback.FollowUpScheduled;
import com.propcare.events.callback.SubjectType;
import com.propcare.events.complaint.ComplainantConfirmed;
import com.propcare.events.complaint.ComplaintClassified;
import com.propcare.events.complaint.ComplaintClosed;
import com.propcare.events.complaint.ComplaintDeclaredInvalid;
import com.propcare.events.complaint.ComplaintDispatched;
import com.propcare.events.complaint.ComplaintEscalated;
import com.propcare.events.complaint.ComplaintEvent;
import com.propcare.events.complaint.ComplaintFlaggedAsRepeat;
import com.propcare.events.complaint.ComplaintId;
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
import com.propcare.events.policy.PolicyAdopted;
import com.propcare.events.registry.BuildingAdded;
import com.propcare.events.registry.BuildingId;
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
import com.propcare.events.registry.StaffDepartmentChanged;
import com.propcare.events.registry.StaffEvent;
import com.propcare.events.registry.StaffHired;
import com.propcare.events.registry.StaffLeft;
import com.propcare.events.registry.StaffRole;
import com.propcare.events.registry.StaffRolesChanged;
import com.propcare.events.registry.UnitsAdded;
import com.propcare.events.visit.OpinionAnswered;
import com.propcare.events.visit.OpinionEvent;
import com.propcare.events.visit.OpinionFiledAsComplaint;
import com.propcare.events.visit.OpinionOverdue;
import com.propcare.events.visit.OpinionRaised;
import com.propcare.events.visit.VisitAppointed;
import com.propcare.events.visit.VisitEvent;
import com.propcare.events.visit.VisitOverdue;
import com.propcare.events.visit.VisitRecorded;
import com.propcare.events.visit.VisitScheduled;
import com.propcare.events.visit.VisitSkipped;
import com.propcare.eventstore.ReadsEvents;
import com.propcare.query.support.AfterBatch;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.bson.Document;

import java.time.Instant;
import java.time.Year;
import java.time.YearMonth;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static com.propcare.query.dashboard.DashboardDocuments.CALLBACKS;
import static com.propcare.query.dashboard.DashboardDocuments.CATEGORY;
import static com.propcare.query.dashboard.DashboardDocuments.CLOSED_AT;
import static com.propcare.query.dashboard.DashboardDocuments.CLOSING_REASON;
import static com.propcare.query.dashboard.DashboardDocuments.COMPLAINTS;
import static com.propcare.query.dashboard.DashboardDocuments.DEPARTMENT;
import static com.propcare.query.dashboard.DashboardDocuments.DUE;
import static com.propcare.query.dashboard.DashboardDocuments.FIRST_REPLY_ON_TIME;
import static com.propcare.query.dashboard.DashboardDocuments.FOLLOW_UPS;
import static com.propcare.query.dashboard.DashboardDocuments.HOUSEHOLD;
import static com.propcare.query.dashboard.DashboardDocuments.KIND;
import static com.propcare.query.dashboard.DashboardDocuments.NUMBER;
import static com.propcare.query.dashboard.DashboardDocuments.ON_TIME;
import static com.propcare.query.dashboard.DashboardDocuments.OVERDUE_RECORDED;
import static com.propcare.query.dashboard.DashboardDocuments.PERFORMED_AT;
import static com.propcare.query.dashboard.DashboardDocuments.RECEIVED_AT;
import static com.propcare.query.dashboard.DashboardDocuments.REMEDY_DUE;
import static com.propcare.query.dashboard.DashboardDocuments.REMEDY_ON_TIME;
import static com.propcare.query.dashboard.DashboardDocuments.REPEAT;
import static com.propcare.query.dashboard.DashboardDocuments.SATISFIED;
import static com.propcare.query.dashboard.DashboardDocuments.STATUS;
import static com.propcare.query.dashboard.DashboardDocuments.TYPE;
import static com.propcare.query.dashboard.DashboardDocuments.VISITED_AT;
import static com.propcare.query.dashboard.DashboardDocuments.VISITS;

/**
 * Keeps one generation of the dashboard read model ({@link DashboardStore}). The same handlers run in two
 * processing groups, blue and green: one is live and serves the dashboards, the other is rebuilt from the log on
 * request and takes over once it has caught up ({@link DashboardGenerations}). After each batch the live generation
 * tells {@link DashboardUpdates} which offices changed, so that only their subscribers are sent new figures.
 */
@ReadsEvents(value = {CallbackEvent.class, ComplaintEvent.class, HouseholdEvent.class, OfficeEvent.class,
                      OpinionEvent.class, StaffEvent.class, VisitEvent.class},
             ignores = {BuildingAdded.class, CallbackSpotChecked.class, ComplaintClassified.class,
                        ComplaintDeclaredInvalid.class, ComplaintEscalated.class, ComplaintReviewRequested.class,
                        ComplaintVerified.class, ContactPreferencesChanged.class, CorrectiveActionCompleted.class,
                        CorrectiveActionPlanned.class, DepartmentAdded.class, DispatchReceived.class,
                        HandlingDecided.class, HouseholdPersonalDataErased.class, KeyResidentFlagsChanged.class,
                        OpinionOverdue.class, ResidentsChanged.class, StaffDepartmentChanged.class, StaffLeft.class,
                        StaffRolesChanged.class, UnitsAdded.class, VisitAppointed.class, VisitOverdue.class})
abstract class DashboardProjection {

    private static final String TOUCHED = "dashboard-offices-touched";

    private final DashboardStore store;
    private final DashboardGenerations generations;
    private final DashboardUpdates updates;

    DashboardProjection(DashboardStore store, DashboardGenerations generations, DashboardUpdates updates) {
        this.store = store;
        this.generations = generations;
        this.updates = updates;
    }

    // ---- registry and policy

    @EventHandler
    void on(OfficeRegistered event) {
        store.office(event.officeId().value(), event.name(), event.timeZone());
        touched(event.officeId().value());
    }

    @EventHandler
    void on(HouseholdRegistered event) {
        room(event.householdId(), event.building(), event.unit());
        households(event.officeId().value(), Map.of(event.householdId().value(), event.occupied()));
    }

    @EventHandler
    void on(HouseholdsImported event) {
        Map<String, Boolean> occupied = new LinkedHashMap<>();
        for (ImportedHousehold household : event.households()) {
            room(household.householdId(), household.building(), household.unit());
            occupied.put(household.householdId().value(), household.occupied());
        }
        households(event.officeId().value(), occupied);
    }

    @EventHandler
    void on(ImportedHouseholdTakenOver event) {
        room(event.householdId(), event.building(), event.unit());
        households(event.officeId().value(), Map.of(event.householdId().value(), event.occupied()));
    }

    /** Items name people, not ids: the staff member's name as hired. */
    @EventHandler
    void on(StaffHired event) {
        store.ref(staffRef(event.staffId().value()), new Document("name", event.name()));
    }

    @EventHandler
    void on(HouseholdMovedIn event) {
        households(event.officeId().value(), Map.of(event.householdId().value(), true));
    }

    @EventHandler
    void on(HouseholdVacated event) {
        households(event.officeId().value(), Map.of(event.householdId().value(), false));
    }

    @EventHandler
    void on(PolicyAdopted event) {
        Document callbackTargets = new Document();
        event.document().callbacks().kinds().forEach((kind, rule) -> {
            if (rule.targetRatePercent() != null) {
                callbackTargets.append(kind.name(), rule.targetRatePercent());
            }
        });
        store.policy(event.officeId().value(), event.number(), new Document("version", event.version().value())
                .append("effectiveFrom", Date.from(event.effectiveFrom()))
                .append("complaintRateTargetPercent",
                        event.document().complaints().complaintRateTargetPercent().toPlainString())
                .append("monthlyBulletinDay", event.document().complaints().monthlyBulletinDay())
                .append("callbackTargets", callbackTargets)
                .append("annualCoveragePercent", event.document().visits().annualCoveragePercent())
                .append("quotaBands", event.document().visits().supervisorMonthlyShare().stream()
                                           .map(band -> new Document("from", band.from()).append("to", band.to())
                                                                                       .append("percent", band.percent()))
                                           .toList()));
        touched(event.officeId().value());
    }

    // ---- complaints

    @EventHandler
    void on(ComplaintRegistered event) {
        String office = event.officeId().value();
        String complaint = event.complaintId().value();
        YearMonth month = store.monthOf(office, event.receivedAt());
        String room = roomOf(event.householdId());
        String number = event.number() == null ? null : event.number().value();
        store.ref(complaintRef(complaint), new Document("office", office).append("month", month.toString())
                .append("receivedBy", event.receivedBy() == null ? null : event.receivedBy().value())
                .append("number", number).append("room", room));
        store.entry(office, month, COMPLAINTS, complaint, new Document(CATEGORY, event.category().name())
                .append(RECEIVED_AT, Date.from(event.receivedAt()))
                .append(HOUSEHOLD, event.householdId() == null ? null : event.householdId().value())
                .append(NUMBER, event.number() == null ? null : event.number().value())
                .append(REMEDY_DUE, event.remedyDue() == null ? null : Date.from(event.remedyDue()))
                .append(STATUS, "OPEN"));
        String clerk = event.receivedBy() == null ? null : "staff:" + event.receivedBy().value();
        store.openItem(office, "FIRST_REPLY:" + complaint, item("FIRST_REPLY", complaint, event.category().name(),
                                                                 event.firstReplyDue(), clerk, number, room));
        if (event.remedyDue() != null) {
            store.openItem(office, "REMEDY_ANSWER:" + complaint,
                           item("REMEDY_ANSWER", complaint, event.category().name(), event.remedyDue(), clerk,
                                number, room));
        }
        touched(office);
    }

    @EventHandler
    void on(FirstReplyGiven event) {
        complaint(event.complaintId(), new Document(FIRST_REPLY_ON_TIME, event.onTime()), "FIRST_REPLY");
    }

    @EventHandler
    void on(RemedialActionRecorded event) {
        complaint(event.complaintId(), new Document(REMEDY_ON_TIME, event.onTime()), "REMEDY_ANSWER");
    }

    @EventHandler
    void on(ComplaintDispatched event) {
        store.ref(complaintRef(event.complaintId().value())).ifPresent(ref -> {
            String office = ref.getString("office");
            String complaint = event.complaintId().value();
            store.entry(office, YearMonth.parse(ref.getString("month")), COMPLAINTS, complaint,
                        new Document(DEPARTMENT, event.department() == null ? null : event.department().value()));
            store.openItem(office, "DEPARTMENT_RESULT:" + complaint,
                           item("DEPARTMENT_RESULT", complaint, null, event.due(),
                                event.department() == null ? null : "department:" + event.department().value(),
                                ref.getString("number"), ref.getString("room")));
            touched(office);
        });
    }

    @EventHandler
    void on(HandlingResultReported event) {
        complaint(event.complaintId(), new Document(), "DEPARTMENT_RESULT");
    }

    @EventHandler
    void on(ComplaintFlaggedAsRepeat event) {
        complaint(event.complaintId(), new Document(REPEAT, true));
    }

    @EventHandler
    void on(ComplainantConfirmed event) {
        complaint(event.complaintId(), new Document(SATISFIED, event.satisfied()));
    }

    @EventHandler
    void on(ComplaintReopened event) {
        complaint(event.complaintId(), new Document(STATUS, "OPEN"));
    }

    @EventHandler
    void on(ComplaintClosed event) {
        complaint(event.complaintId(), new Document(STATUS, "CLOSED").append(CLOSING_REASON, event.reason().name())
                                                                       .append(CLOSED_AT, Date.from(event.closedAt())),
                  "FIRST_REPLY", "REMEDY_ANSWER", "DEPARTMENT_RESULT");
    }

    // ---- callbacks

    @EventHandler
    void on(CallbackScheduled event) {
        String office = event.officeId().value();
        String callback = event.callbackId().value();
        YearMonth month = store.monthOf(office, event.due());
        String number = event.subject() != null && event.subject().type() == SubjectType.COMPLAINT
                        ? store.ref(complaintRef(event.subject().id())).map(ref -> ref.getString("number")).orElse(null)
                        : null;
        String room = roomOf(event.householdId());
        store.ref(callbackRef(callback), new Document("office", office).append("month", month.toString())
                                                                       .append("kind", event.kind().value())
                                                                       .append("number", number).append("room", room));
        store.entry(office, month, CALLBACKS, callback, new Document(KIND, event.kind().value())
                .append(DUE, Date.from(event.due())).append(STATUS, "OPEN"));
        store.openItem(office, "CALLBACK:" + callback, item("CALLBACK", callback, event.kind().value(), event.due(),
                                                            roles(event.performerRoles()), number, room));
        touched(office);
    }

    @EventHandler
    void on(CallbackPerformed event) {
        callback(event.callbackId().value(), event.officeId().value(),
                 new Document(STATUS, "PERFORMED").append(ON_TIME, event.onTime())
                                                    .append(PERFORMED_AT, Date.from(event.performedAt())));
    }

    @EventHandler
    void on(CallbackCancelled event) {
        callback(event.callbackId().value(), event.officeId().value(), new Document(STATUS, "CANCELLED"));
    }

    @EventHandler
    void on(CallbackOverdue event) {
        store.ref(callbackRef(event.callbackId().value())).ifPresent(ref -> {
            store.entry(event.officeId().value(), YearMonth.parse(ref.getString("month")), CALLBACKS,
                        event.callbackId().value(), new Document(OVERDUE_RECORDED, true));
            touched(event.officeId().value());
        });
    }

    @EventHandler
    void on(FollowUpScheduled event) {
        String office = event.officeId().value();
        String key = event.callbackId().value() + "/" + event.itemId();
        YearMonth month = store.monthOf(office, event.due());
        Optional<Document> callback = store.ref(callbackRef(event.callbackId().value()));
        String kind = callback.map(ref -> ref.getString("kind")).orElse(null);
        store.ref(followUpRef(key), new Document("office", office).append("month", month.toString()));
        store.entry(office, month, FOLLOW_UPS, key, new Document(TYPE, event.type().name())
                .append(KIND, kind).append(DUE, Date.from(event.due())).append(STATUS, "OPEN"));
        store.openItem(office, "FOLLOW_UP:" + key, item(event.type().name(), event.callbackId().value(), kind,
                                                        event.due(), event.assignee(),
                                                        callback.map(ref -> ref.getString("number")).orElse(null),
                                                        callback.map(ref -> ref.getString("room")).orElse(null)));
        touched(office);
    }

    @EventHandler
    void on(FollowUpDone event) {
        String key = event.callbackId().value() + "/" + event.itemId();
        store.ref(followUpRef(key)).ifPresent(ref -> store.entry(
                event.officeId().value(), YearMonth.parse(ref.getString("month")), FOLLOW_UPS, key,
                new Document(STATUS, "DONE").append(ON_TIME, event.onTime())));
        store.closeItems(event.officeId().value(), List.of("FOLLOW_UP:" + key));
        touched(event.officeId().value());
    }

    @EventHandler
    void on(FollowUpOverdue event) {
        String key = event.callbackId().value() + "/" + event.itemId();
        store.ref(followUpRef(key)).ifPresent(ref -> {
            store.entry(event.officeId().value(), YearMonth.parse(ref.getString("month")), FOLLOW_UPS, key,
                        new Document(OVERDUE_RECORDED, true));
            touched(event.officeId().value());
        });
    }

    // ---- visits and opinions

    @EventHandler
    void on(VisitScheduled event) {
        String office = event.officeId().value();
        store.openItem(office, "VISIT:" + event.visitId().value(),
                       item("VISIT", event.visitId().value(), event.kind().name(), event.due(),
                            roles(event.performerRoles()), null, roomOf(event.householdId())));
        touched(office);
    }

    @EventHandler
    void on(VisitRecorded event) {
        String office = event.officeId().value();
        store.entry(office, store.monthOf(office, event.visitedAt()), VISITS, event.visitId().value(),
                    new Document(KIND, event.kind().name())
                            .append(HOUSEHOLD, event.householdId() == null ? null : event.householdId().value())
                            .append(VISITED_AT, Date.from(event.visitedAt())).append(ON_TIME, event.onTime()));
        if (event.householdId() != null) {
            store.visited(office, Year.from(event.visitedAt().atZone(store.zone(office))), event.householdId().value());
        }
        store.closeItems(office, List.of("VISIT:" + event.visitId().value()));
        touched(office);
    }

    @EventHandler
    void on(VisitSkipped event) {
        store.closeItems(event.officeId().value(), List.of("VISIT:" + event.visitId().value()));
        touched(event.officeId().value());
    }

    @EventHandler
    void on(OpinionRaised event) {
        String office = event.officeId().value();
        store.openItem(office, "OPINION_ANSWER:" + event.opinionId().value(),
                       item("OPINION_ANSWER", event.opinionId().value(), event.type().name(), event.answerDue(),
                            event.raisedBy() == null ? null : "staff:" + event.raisedBy().value(), null,
                            roomOf(event.householdId())));
        touched(office);
    }

    @EventHandler
    void on(OpinionAnswered event) {
        store.closeItems(event.officeId().value(), List.of("OPINION_ANSWER:" + event.opinionId().value()));
        touched(event.officeId().value());
    }

    @EventHandler
    void on(OpinionFiledAsComplaint event) {
        store.closeItems(event.officeId().value(), List.of("OPINION_ANSWER:" + event.opinionId().value()));
        touched(event.officeId().value());
    }

    @ResetHandler
    void reset() {
        store.clear();
    }

    // ---- helpers

    private void households(String office, Map<String, Boolean> occupied) {
        store.households(office, occupied);
        touched(office);
    }

    private void complaint(ComplaintId id, Document fields, String... closes) {
        store.ref(complaintRef(id.value())).ifPresent(ref -> {
            String office = ref.getString("office");
            if (!fields.isEmpty()) {
                store.entry(office, YearMonth.parse(ref.getString("month")), COMPLAINTS, id.value(), fields);
            }
            if (closes.length > 0) {
                store.closeItems(office, List.of(closes).stream().map(type -> type + ":" + id.value()).toList());
            }
            touched(office);
        });
    }

    private void callback(String callback, String office, Document fields) {
        store.ref(callbackRef(callback)).ifPresent(ref -> store.entry(
                office, YearMonth.parse(ref.getString("month")), CALLBACKS, callback, fields));
        store.closeItems(office, List.of("CALLBACK:" + callback));
        touched(office);
    }

    /** An obligation, named as people name it too: the performer's name where it is one person. */
    private OpenItem item(String type, String ref, String kind, Instant due, String performer, String number,
                          String room) {
        String performerName = performer != null && performer.startsWith("staff:")
                               ? store.ref(staffRef(performer.substring("staff:".length())))
                                      .map(staff -> staff.getString("name")).orElse(null)
                               : null;
        return new OpenItem(type, ref, kind, due, performer, performerName, number, room);
    }

    /** A household as the office names it: building and room, e.g. 3-1202. */
    private void room(HouseholdId household, BuildingId building, String unit) {
        if (household != null && building != null && unit != null) {
            store.ref(householdRef(household.value()), new Document("room", building.value() + "-" + unit));
        }
    }

    private String roomOf(HouseholdId household) {
        return household == null ? null
                : store.ref(householdRef(household.value())).map(ref -> ref.getString("room")).orElse(null);
    }

    static String householdRef(String household) {
        return "household:" + household;
    }

    private static String staffRef(String staff) {
        return "staff:" + staff;
    }

    private static String roles(List<StaffRole> roles) {
        return roles == null || roles.isEmpty() ? null
                : "role:" + roles.stream().map(StaffRole::name).collect(Collectors.joining("|"));
    }

    static String complaintRef(String complaint) {
        return "complaint:" + complaint;
    }

    static String callbackRef(String callback) {
        return "callback:" + callback;
    }

    private static String followUpRef(String key) {
        return "follow-up:" + key;
    }

    /** Only the live generation announces changes, once per office and batch, after the batch is committed. */
    private void touched(String office) {
        if (generations.isLive(store)) {
            AfterBatch.collect(TOUCHED, office, updates::changed);
        }
    }
}
