package com.propcare.query.complaint;

import com.propcare.events.DepartmentId;
import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;
import com.propcare.events.PolicyVersion;
import com.propcare.events.StaffId;
import com.propcare.events.callback.CallbackId;
import com.propcare.events.complaint.ClosingReason;
import com.propcare.events.complaint.ComplainantConfirmed;
import com.propcare.events.complaint.ComplaintCategory;
import com.propcare.events.complaint.ComplaintChannel;
import com.propcare.events.complaint.ComplaintClassified;
import com.propcare.events.complaint.ComplaintClosed;
import com.propcare.events.complaint.ComplaintDeclaredInvalid;
import com.propcare.events.complaint.ComplaintDispatched;
import com.propcare.events.complaint.ComplaintEscalated;
import com.propcare.events.complaint.ComplaintEvent;
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
import com.propcare.events.complaint.RemedialActionRecorded;
import com.propcare.events.complaint.Responsibility;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Builds one complaint's event stream in order, each event with the time it was recorded. */
final class ComplaintEvents {

    static final OfficeId OFFICE = new OfficeId("office-1");
    static final OfficeId OTHER_OFFICE = new OfficeId("office-2");
    static final HouseholdId HOUSEHOLD = new HouseholdId("household-3-1201");
    static final StaffId CLERK = new StaffId("clerk-1");
    static final StaffId DIRECTOR = new StaffId("director-1");
    static final DepartmentId REPAIRS = new DepartmentId("repairs");
    static final DepartmentId CLEANING_TEAM = new DepartmentId("cleaning");
    static final PolicyVersion POLICY = new PolicyVersion("office-1:v1");
    static final Duration FIRST_REPLY_WITHIN = Duration.ofDays(1);
    static final Duration REMEDY_WITHIN = Duration.ofDays(3);

    /** An event and the time its message was recorded. */
    record Recorded(ComplaintEvent event, Instant at) {
    }

    private final ComplaintId id;
    private final List<Recorded> events = new ArrayList<>();

    private ComplaintEvents(ComplaintId id) {
        this.id = id;
    }

    static ComplaintEvents registered(String id, OfficeId office, ComplaintCategory category, Instant receivedAt) {
        ComplaintEvents stream = new ComplaintEvents(new ComplaintId(id));
        return stream.add(receivedAt, new ComplaintRegistered(stream.id, office, new ComplaintNumber("TS-" + id),
                ComplaintChannel.HOTLINE, HOUSEHOLD, category, "Lift out of order since Monday", receivedAt, CLERK,
                "register-page-12", receivedAt.plus(FIRST_REPLY_WITHIN), receivedAt.plus(REMEDY_WITHIN), POLICY));
    }

    ComplaintEvents flaggedAsRepeat(String previous, Instant at) {
        return add(at, new ComplaintFlaggedAsRepeat(id, new ComplaintId(previous), true, at, null,
                at.plus(Duration.ofHours(24)), POLICY));
    }

    ComplaintEvents verified(Instant at) {
        return add(at, new ComplaintVerified(id, "lift 2 stuck on floor 7", "call the lift contractor", at, CLERK));
    }

    ComplaintEvents classified(ComplaintSeverity severity, Responsibility responsibility, Instant at) {
        return add(at, new ComplaintClassified(id, severity, responsibility, at, CLERK));
    }

    ComplaintEvents declaredInvalid(Instant at) {
        return add(at, new ComplaintDeclaredInvalid(id, "the lift was under scheduled maintenance", at, DIRECTOR));
    }

    ComplaintEvents handlingDecided(DepartmentId department, Instant at) {
        return add(at, new HandlingDecided(id, department, "repair by contractor", at, DIRECTOR));
    }

    ComplaintEvents dispatched(DepartmentId department, Instant at, Instant due) {
        return add(at, new ComplaintDispatched(id, department, at, DIRECTOR, due, POLICY));
    }

    ComplaintEvents dispatchReceived(DepartmentId department, Instant at) {
        return add(at, new DispatchReceived(id, department, at, CLERK));
    }

    ComplaintEvents firstReplyGiven(Instant at, boolean onTime) {
        return add(at, new FirstReplyGiven(id, "contractor called", at, CLERK, onTime));
    }

    ComplaintEvents remedialActionRecorded(Instant at, boolean onTime) {
        return add(at, new RemedialActionRecorded(id, "lift 1 kept running all night", at, CLERK, onTime));
    }

    ComplaintEvents correctiveActionPlanned(String actionId, Instant at, Instant due) {
        return add(at, new CorrectiveActionPlanned(id, actionId, "monthly lift inspection", due, at, DIRECTOR));
    }

    ComplaintEvents correctiveActionCompleted(String actionId, Instant at, boolean onTime) {
        return add(at, new CorrectiveActionCompleted(id, actionId, "inspection contract signed", at, DIRECTOR,
                onTime));
    }

    ComplaintEvents escalated(EscalationLevel level, Instant at) {
        return add(at, new ComplaintEscalated(id, level, "major complaint", at, CLERK));
    }

    ComplaintEvents resultReported(String result, Instant at) {
        return add(at, new HandlingResultReported(id, result, at, CLERK));
    }

    ComplaintEvents confirmed(boolean satisfied, Instant at) {
        return add(at, new ComplainantConfirmed(id, satisfied, satisfied ? "fine now" : "still noisy", at, CLERK,
                                                    new CallbackId("cb-" + id), null));
    }

    ComplaintEvents reopened(Instant at) {
        return add(at, new ComplaintReopened(id, "complainant not satisfied", at, CLERK));
    }

    ComplaintEvents reviewRequested(Instant at) {
        return add(at, new ComplaintReviewRequested(id, "asks for a review", at, CLERK));
    }

    ComplaintEvents closed(ClosingReason reason, Instant at) {
        return add(at, new ComplaintClosed(id, reason, at, DIRECTOR));
    }

    ComplaintId id() {
        return id;
    }

    List<Recorded> events() {
        return List.copyOf(events);
    }

    private ComplaintEvents add(Instant at, ComplaintEvent event) {
        events.add(new Recorded(event, at));
        return this;
    }
}
