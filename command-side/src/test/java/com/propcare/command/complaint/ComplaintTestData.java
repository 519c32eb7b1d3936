package com.propcare.command.complaint;

import com.propcare.command.calendar.CalendarTestData;
import com.propcare.command.calendar.WorkingCalendar;
import com.propcare.command.policy.ComplaintDeadlines;
import com.propcare.command.policy.PolicyVersions;
import com.propcare.command.policy.VersionedComplaintPolicies;
import com.propcare.command.registry.StaffDirectory;
import com.propcare.command.registry.TestReferences;
import com.propcare.events.DepartmentId;
import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;
import com.propcare.events.PolicyVersion;
import com.propcare.events.SealedValue;
import com.propcare.events.StaffId;
import com.propcare.events.callback.CallbackId;
import com.propcare.events.complaint.ClosingReason;
import com.propcare.events.complaint.Complainant;
import com.propcare.events.complaint.ComplainantConfirmed;
import com.propcare.events.complaint.ComplaintCategory;
import com.propcare.events.complaint.ComplaintChannel;
import com.propcare.events.complaint.ComplaintClassified;
import com.propcare.events.complaint.ComplaintClosed;
import com.propcare.events.complaint.ComplaintDeclaredInvalid;
import com.propcare.events.complaint.ComplaintDispatched;
import com.propcare.events.complaint.ComplaintFlaggedAsRepeat;
import com.propcare.events.complaint.ComplaintId;
import com.propcare.events.complaint.ComplaintNumber;
import com.propcare.events.complaint.ComplaintRegistered;
import com.propcare.events.complaint.ComplaintReopened;
import com.propcare.events.complaint.ComplaintReviewRequested;
import com.propcare.events.complaint.ComplaintSeverity;
import com.propcare.events.complaint.ComplaintVerified;
import com.propcare.events.complaint.CorrectiveActionCompleted;
import com.propcare.events.complaint.CorrectiveActionPlanned;
import com.propcare.events.complaint.DispatchReceived;
import com.propcare.events.complaint.EscalationLevel;
import com.propcare.events.complaint.FirstReplyGiven;
import com.propcare.events.complaint.HandlingDecided;
import com.propcare.events.complaint.HandlingResultReported;
import com.propcare.events.complaint.Responsibility;
import com.propcare.events.registry.StaffRole;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Test data for the complaint aggregate: one complaint, its history as events, and the commands on it. */
final class ComplaintTestData {

    static final ComplaintId COMPLAINT = new ComplaintId("complaint-1");
    static final ComplaintId EARLIER_COMPLAINT = new ComplaintId("complaint-0");
    static final OfficeId OFFICE = new OfficeId("office-1");
    static final HouseholdId HOUSEHOLD = new HouseholdId("household-3-1201");
    static final StaffId CLERK = new StaffId("clerk-1");
    static final CallbackId CALLBACK = new CallbackId("cb-complaint-1-9");
    static final StaffId DIRECTOR = new StaffId("director-1");
    static final StaffId HANDLER = new StaffId("handler-1");
    static final DepartmentId REPAIRS = new DepartmentId("repairs");
    /** The office's director and clerk, as the staff directory knows them. */
    static final StaffDirectory STAFF = staff -> Optional.of(new StaffDirectory.StaffEntry(
            staff, OFFICE, staff.equals(DIRECTOR) ? Set.of(StaffRole.DIRECTOR) : Set.of(StaffRole.CLERK), REPAIRS,
            true));
    static final PolicyVersion POLICY = new PolicyVersion("office-1:default");
    /** The complaint's callback was cancelled: only then does a director's decision settle the result. */
    static final ComplaintCallbacks CALLBACK_CANCELLED = callback -> Optional.of(ComplaintCallbacks.Stage.CANCELLED);
    static final ComplaintNumber FIRST_NUMBER = new ComplaintNumber("TS-2026-000001");
    static final String SUMMARY = "Water has been leaking from the ceiling of the lift lobby for a week";

    /** Wednesday 4 March 2026, 09:00 in the office (Asia/Shanghai). */
    static final Instant RECEIVED = Instant.parse("2026-03-04T01:00:00Z");
    /** One working day later: Thursday, 09:00. */
    static final Instant FIRST_REPLY_DUE = Instant.parse("2026-03-05T01:00:00Z");
    /** Three calendar days later. */
    static final Instant REMEDY_DUE = Instant.parse("2026-03-07T01:00:00Z");
    /** When the command under test happens, unless a test says otherwise: the same afternoon. */
    static final Instant AT = RECEIVED.plus(Duration.ofHours(6));

    private ComplaintTestData() {
    }

    /** The aggregate with in-memory collaborators, the default policy and the shipped working-day calendar. */
    static FixtureConfiguration<Complaint> fixture(ComplaintNumbers numbers, RepeatComplaints repeats) {
        return fixture(numbers, repeats, office -> List.of());
    }

    /** The same with the policy versions an office adopted. */
    static FixtureConfiguration<Complaint> fixture(ComplaintNumbers numbers, RepeatComplaints repeats,
                                                   PolicyVersions versions) {
        return fixture(numbers, repeats, versions, CALLBACK_CANCELLED);
    }

    /** The same, with the complaint's callback at the stage given. */
    static FixtureConfiguration<Complaint> fixture(ComplaintNumbers numbers, RepeatComplaints repeats,
                                                   PolicyVersions versions, ComplaintCallbacks callbacks) {
        WorkingCalendar calendar = CalendarTestData.shippedOnly();
        FixtureConfiguration<Complaint> fixture = new AggregateTestFixture<>(Complaint.class);
        fixture.registerInjectableResource(numbers);
        fixture.registerInjectableResource(repeats);
        fixture.registerInjectableResource(new VersionedComplaintPolicies(versions, calendar));
        fixture.registerInjectableResource(new ComplaintDeadlines(calendar));
        fixture.registerInjectableResource(STAFF);
        fixture.registerInjectableResource(TestReferences.of(OFFICE, Set.of(REPAIRS), STAFF));
        fixture.registerInjectableResource(callbacks);
        fixture.registerInjectableResource(SEALER);
        return fixture;
    }

    static Instant later(Duration after) {
        return AT.plus(after);
    }

    /** Seals as the vault does, under the household's key, but readably for a test: {@code sealed(<value>)}. */
    static final ComplainantSealer SEALER = (household, name, phone) -> name == null && phone == null ? null
            : new Complainant(name == null ? null : new SealedValue(household.value(), "sealed(" + name + ")"),
                              phone == null ? null : new SealedValue(household.value(), "sealed(" + phone + ")"));

    static RegistrationBuilder aRegistration() {
        return new RegistrationBuilder();
    }

    static VerifyComplaint verify() {
        return new VerifyComplaint(COMPLAINT, null, "Leak confirmed on site", "Repair the pipe", AT, CLERK);
    }

    static ClassifyComplaint classify() {
        return new ClassifyComplaint(COMPLAINT, null, ComplaintSeverity.GENERAL, Responsibility.OWN, AT, DIRECTOR);
    }

    static DeclareComplaintInvalid declareInvalid() {
        return new DeclareComplaintInvalid(COMPLAINT, null, "The lobby is maintained by the developer", AT, CLERK);
    }

    static DecideHandling decideHandling() {
        return new DecideHandling(COMPLAINT, null, REPAIRS, "Repair the pipe and repaint", AT, DIRECTOR);
    }

    static DispatchComplaint dispatch() {
        return new DispatchComplaint(COMPLAINT, null, REPAIRS, null, AT, DIRECTOR);
    }

    static AcknowledgeDispatch acknowledge() {
        return new AcknowledgeDispatch(COMPLAINT, null, AT, HANDLER);
    }

    static GiveFirstReply firstReply(Instant at) {
        return new GiveFirstReply(COMPLAINT, null, "We have sent a plumber", at, CLERK);
    }

    static RecordRemedialAction remedialAction(Instant at) {
        return new RecordRemedialAction(COMPLAINT, null, "Bucket placed, water shut off", at, HANDLER);
    }

    static PlanCorrectiveAction planCorrectiveAction(String actionId, Instant due) {
        return new PlanCorrectiveAction(COMPLAINT, null, actionId, "Replace the riser pipe", due, AT, HANDLER);
    }

    static CompleteCorrectiveAction completeCorrectiveAction(String actionId, Instant at) {
        return new CompleteCorrectiveAction(COMPLAINT, null, actionId, "Pipe replaced", at, HANDLER);
    }

    static EscalateComplaint escalate() {
        return new EscalateComplaint(COMPLAINT, null, EscalationLevel.OFFICE_DIRECTOR, "Repeated leak", AT,
                                     CLERK);
    }

    static ReportHandlingResult reportResult() {
        return new ReportHandlingResult(COMPLAINT, null, "Pipe repaired, ceiling dry", AT, HANDLER);
    }

    static ConfirmWithComplainant confirm(boolean satisfied) {
        return new ConfirmWithComplainant(COMPLAINT, null, satisfied, satisfied ? "Thanks" : "Still dripping",
                                          CALLBACK, null, AT, CLERK);
    }

    static RequestReview requestReview() {
        return new RequestReview(COMPLAINT, null, "The stain on the ceiling is still there", AT, CLERK);
    }

    static FlagAsRepeat flagAsRepeatOf(ComplaintId previous) {
        return new FlagAsRepeat(COMPLAINT, null, previous, AT, CLERK);
    }

    /** What {@code aRegistration().build()} records as the office's first complaint of 2026. */
    static ComplaintRegistered registeredEvent() {
        return registeredEvent(RECEIVED, FIRST_REPLY_DUE, REMEDY_DUE);
    }

    static ComplaintRegistered registeredEvent(Instant receivedAt, Instant firstReplyDue, Instant remedyDue) {
        return new ComplaintRegistered(COMPLAINT, OFFICE, FIRST_NUMBER, ComplaintChannel.PHONE, HOUSEHOLD,
                                       ComplaintCategory.REPAIR_SERVICE, SUMMARY, receivedAt, CLERK,
                                       "letter-2026-17", firstReplyDue, remedyDue, POLICY);
    }

    static History history() {
        return new History();
    }

    /** Builds a RegisterComplaint for {@link #COMPLAINT}, changing only what a test is about. */
    static final class RegistrationBuilder {
        private HouseholdId household = HOUSEHOLD;
        private String summary = SUMMARY;
        private Instant receivedAt = RECEIVED;

        RegistrationBuilder household(HouseholdId household) {
            this.household = household;
            return this;
        }

        RegistrationBuilder summary(String summary) {
            this.summary = summary;
            return this;
        }

        RegistrationBuilder receivedAt(Instant receivedAt) {
            this.receivedAt = receivedAt;
            return this;
        }

        RegisterComplaint build() {
            return new RegisterComplaint(COMPLAINT, OFFICE, ComplaintChannel.PHONE, household,
                                         ComplaintCategory.REPAIR_SERVICE, summary, receivedAt, CLERK,
                                         "letter-2026-17");
        }
    }

    /**
     * A complaint's past as events, for {@code given(...)}: each step happens half an hour after the previous one,
     * always before {@link #AT}.
     */
    static final class History {
        private final List<Object> events = new ArrayList<>();
        private Instant clock = RECEIVED;

        History registered() {
            events.add(registeredEvent());
            return this;
        }

        History verified() {
            events.add(new ComplaintVerified(COMPLAINT, "Leak confirmed", "Repair", tick(), CLERK));
            return this;
        }

        History classified() {
            events.add(new ComplaintClassified(COMPLAINT, ComplaintSeverity.GENERAL, Responsibility.OWN, tick(),
                                               DIRECTOR));
            return this;
        }

        History handlingDecided() {
            events.add(new HandlingDecided(COMPLAINT, REPAIRS, "Repair the pipe", tick(), DIRECTOR));
            return this;
        }

        History dispatched() {
            Instant at = tick();
            events.add(new ComplaintDispatched(COMPLAINT, REPAIRS, at, DIRECTOR, at.plus(Duration.ofDays(3)),
                                               POLICY));
            return this;
        }

        History acknowledged() {
            events.add(new DispatchReceived(COMPLAINT, REPAIRS, tick(), HANDLER));
            return this;
        }

        /** Registered, verified, classified, decided, dispatched and acknowledged by the department. */
        History inProgress() {
            return registered().verified().classified().handlingDecided().dispatched().acknowledged();
        }

        History firstReplied() {
            events.add(new FirstReplyGiven(COMPLAINT, "We are on it", tick(), CLERK, true));
            return this;
        }

        History correctiveActionPlanned(String actionId, Instant due) {
            events.add(new CorrectiveActionPlanned(COMPLAINT, actionId, "Replace the riser pipe", due, tick(),
                                                   HANDLER));
            return this;
        }

        History correctiveActionCompleted(String actionId) {
            events.add(new CorrectiveActionCompleted(COMPLAINT, actionId, "Done", tick(), HANDLER, true));
            return this;
        }

        History resultReported() {
            events.add(new HandlingResultReported(COMPLAINT, "Repaired", tick(), HANDLER));
            return this;
        }

        History closedAsSatisfied() {
            Instant at = tick();
            events.add(new ComplainantConfirmed(COMPLAINT, true, "Thanks", at, CLERK, CALLBACK, null));
            events.add(new ComplaintClosed(COMPLAINT, ClosingReason.COMPLAINANT_SATISFIED, at, CLERK));
            return this;
        }

        History reopenedAsNotSatisfied() {
            Instant at = tick();
            events.add(new ComplainantConfirmed(COMPLAINT, false, "Still dripping", at, CLERK, CALLBACK, null));
            events.add(new ComplaintReopened(COMPLAINT, "complainant not satisfied", at, CLERK));
            return this;
        }

        History underReview() {
            events.add(new ComplaintReviewRequested(COMPLAINT, "Not fixed", tick(), CLERK));
            return this;
        }

        History declaredInvalid() {
            Instant at = tick();
            events.add(new ComplaintDeclaredInvalid(COMPLAINT, "Not the office's matter", at, CLERK));
            events.add(new ComplaintClosed(COMPLAINT, ClosingReason.INVALID, at, CLERK));
            return this;
        }

        History flaggedAsRepeat() {
            events.add(new ComplaintFlaggedAsRepeat(COMPLAINT, EARLIER_COMPLAINT, true, RECEIVED, null,
                                                    RECEIVED.plus(Duration.ofHours(24)), POLICY));
            return this;
        }

        List<Object> events() {
            return List.copyOf(events);
        }

        private Instant tick() {
            clock = clock.plus(Duration.ofMinutes(30));
            return clock;
        }
    }
}
