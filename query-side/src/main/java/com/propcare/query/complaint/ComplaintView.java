package com.propcare.query.complaint;

import com.propcare.events.DepartmentId;
import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;
import com.propcare.events.StaffId;
import com.propcare.events.complaint.ClosingReason;
import com.propcare.events.complaint.ComplaintCategory;
import com.propcare.events.complaint.ComplaintChannel;
import com.propcare.events.complaint.ComplaintId;
import com.propcare.events.complaint.ComplaintNumber;
import com.propcare.events.complaint.ComplaintRegistered;
import com.propcare.events.complaint.ComplaintSeverity;
import com.propcare.events.complaint.EscalationLevel;
import com.propcare.events.complaint.Responsibility;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * One complaint as the office follows it: what was received, who handles it, its deadlines and whether they were met.
 * <p>
 * The {@code ...OnTime} flags stay {@code null} until the obligation is met. {@code version} is the sequence number of
 * the last event applied, i.e. the aggregate version a client sends back with a command. {@code overdue} is never
 * stored: it depends on the clock, so it is worked out each time the view is read ({@link #asOf(Instant)}).
 */
public record ComplaintView(
        ComplaintId id,
        OfficeId office,
        ComplaintNumber number,
        ComplaintStatus status,
        ComplaintChannel channel,
        HouseholdId household,
        ComplaintCategory category,
        String summary,
        ComplaintSeverity severity,
        Responsibility responsibility,
        DepartmentId department,
        Instant receivedAt,
        StaffId receivedBy,
        Instant firstReplyDue,
        Instant firstRepliedAt,
        Boolean firstReplyOnTime,
        Instant remedyDue,
        Instant remedyAt,
        Boolean remedyOnTime,
        Instant dispatchDue,
        Instant specialMeasuresDue,
        boolean repeat,
        ComplaintId previousComplaint,
        List<Escalation> escalations,
        List<CorrectiveAction> correctiveActions,
        String result,
        Boolean satisfied,
        Instant closedAt,
        ClosingReason closingReason,
        int reopenCount,
        long version,
        Instant lastEventAt,
        Overdue overdue,
        List<String> allowedActions) {

    public ComplaintView {
        Objects.requireNonNull(id, "id");
        escalations = List.copyOf(escalations);
        correctiveActions = List.copyOf(correctiveActions);
        allowedActions = allowedActions == null ? List.of() : List.copyOf(allowedActions);
    }

    /**
     * The view for one reader, with the steps that reader may take now ({@link ComplaintSteps}); stored and
     * historical views carry none, because who may act depends on who asks.
     */
    public ComplaintView withAllowedActions(List<String> actions) {
        return new ComplaintView(id, office, number, status, channel, household, category, summary, severity,
                responsibility, department, receivedAt, receivedBy, firstReplyDue, firstRepliedAt, firstReplyOnTime,
                remedyDue, remedyAt, remedyOnTime, dispatchDue, specialMeasuresDue, repeat, previousComplaint,
                escalations, correctiveActions, result, satisfied, closedAt, closingReason, reopenCount, version,
                lastEventAt, overdue, actions);
    }

    public record Escalation(EscalationLevel level, Instant at) {
    }

    /** A corrective action (纠正措施) with its own deadline; {@code onTime} is {@code null} until it is completed. */
    public record CorrectiveAction(String id, Instant due, Instant completedAt, Boolean onTime) {
    }

    /**
     * Obligations whose due time has passed without being met, as of the moment the view was read. Corrective
     * actions are listed by id.
     */
    public record Overdue(boolean firstReply, boolean remedy, boolean dispatch, boolean specialMeasures,
                          List<String> correctiveActions) {

        public Overdue {
            correctiveActions = List.copyOf(correctiveActions);
        }

        /** How many obligations are overdue; for one version it can only grow as time passes. */
        int count() {
            return (firstReply ? 1 : 0) + (remedy ? 1 : 0) + (dispatch ? 1 : 0) + (specialMeasures ? 1 : 0)
                    + correctiveActions.size();
        }
    }

    static ComplaintView registered(ComplaintRegistered event) {
        return new ComplaintView(event.complaintId(), event.officeId(), event.number(), ComplaintStatus.REGISTERED,
                event.channel(), event.householdId(), event.category(), event.summary(), null, null, null,
                event.receivedAt(), event.receivedBy(), event.firstReplyDue(), null, null, event.remedyDue(), null,
                null, null, null, false, null, List.of(), List.of(), null, null, null, null, 0, -1, null, null, List.of());
    }

    ComplaintView verified() {
        return change(draft -> draft.status = ComplaintStatus.VERIFIED);
    }

    ComplaintView classified(ComplaintSeverity severity, Responsibility responsibility) {
        return change(draft -> {
            draft.status = ComplaintStatus.CLASSIFIED;
            draft.severity = severity;
            draft.responsibility = responsibility;
        });
    }

    ComplaintView handlingDecided(DepartmentId department) {
        return change(draft -> {
            draft.status = ComplaintStatus.HANDLING_DECIDED;
            draft.department = department;
        });
    }

    ComplaintView dispatched(DepartmentId department, Instant due) {
        return change(draft -> {
            draft.status = ComplaintStatus.DISPATCHED;
            draft.department = department;
            draft.dispatchDue = due;
        });
    }

    ComplaintView dispatchReceived() {
        return change(draft -> draft.status = ComplaintStatus.IN_PROGRESS);
    }

    /** Only the first reply counts against the first-reply deadline. */
    ComplaintView firstReplied(Instant at, boolean onTime) {
        if (firstRepliedAt != null) {
            return this;
        }
        return change(draft -> {
            draft.firstRepliedAt = at;
            draft.firstReplyOnTime = onTime;
        });
    }

    /** Only the first remedial answer counts against the remedy deadline; later ones follow a reopening. */
    ComplaintView remedied(Instant at, boolean onTime) {
        if (remedyAt != null) {
            return this;
        }
        return change(draft -> {
            draft.remedyAt = at;
            draft.remedyOnTime = onTime;
        });
    }

    ComplaintView correctiveActionPlanned(String actionId, Instant due) {
        return change(draft -> {
            draft.correctiveActions.removeIf(action -> action.id().equals(actionId));
            draft.correctiveActions.add(new CorrectiveAction(actionId, due, null, null));
        });
    }

    ComplaintView correctiveActionCompleted(String actionId, Instant completedAt, boolean onTime) {
        return change(draft -> draft.correctiveActions.replaceAll(action -> action.id().equals(actionId)
                ? new CorrectiveAction(actionId, action.due(), completedAt, onTime)
                : action));
    }

    ComplaintView escalated(EscalationLevel level, Instant at) {
        return change(draft -> draft.escalations.add(new Escalation(level, at)));
    }

    ComplaintView resultReported(String result) {
        return change(draft -> {
            draft.status = ComplaintStatus.RESULT_REPORTED;
            draft.result = result;
        });
    }

    ComplaintView confirmed(boolean satisfied) {
        return change(draft -> draft.satisfied = satisfied);
    }

    ComplaintView flaggedAsRepeat(ComplaintId previousComplaint, Instant specialMeasuresDue) {
        return change(draft -> {
            draft.repeat = true;
            draft.previousComplaint = previousComplaint;
            draft.specialMeasuresDue = specialMeasuresDue;
        });
    }

    /** A review reopens a closed complaint; the command side may record the reopening before or after it. */
    ComplaintView reviewRequested() {
        return change(draft -> {
            draft.status = ComplaintStatus.UNDER_REVIEW;
            draft.closedAt = null;
            draft.closingReason = null;
        });
    }

    /** A reopening that accompanies a review leaves the complaint under review. */
    ComplaintView reopened() {
        return change(draft -> {
            if (draft.status != ComplaintStatus.UNDER_REVIEW) {
                draft.status = ComplaintStatus.REOPENED;
            }
            draft.closedAt = null;
            draft.closingReason = null;
            draft.reopenCount++;
        });
    }

    ComplaintView closed(Instant at, ClosingReason reason) {
        return change(draft -> {
            draft.status = ComplaintStatus.CLOSED;
            draft.closedAt = at;
            draft.closingReason = reason;
        });
    }

    /** Stamps the event that produced this state: its sequence number and when it was recorded. */
    ComplaintView recorded(long sequence, Instant at) {
        return change(draft -> {
            draft.version = sequence;
            draft.lastEventAt = at;
        });
    }

    /** The view with its overdue obligations as of {@code now}. */
    ComplaintView asOf(Instant now) {
        boolean open = status != ComplaintStatus.CLOSED;
        boolean resultPending = status == ComplaintStatus.DISPATCHED || status == ComplaintStatus.IN_PROGRESS;
        Overdue overdueNow = new Overdue(
                open && firstRepliedAt == null && isPast(firstReplyDue, now),
                open && remedyAt == null && isPast(remedyDue, now),
                resultPending && isPast(dispatchDue, now),
                // special measures for a repeat complaint are a remedial action, so any remedy meets them
                open && remedyAt == null && isPast(specialMeasuresDue, now),
                correctiveActions.stream()
                        .filter(action -> action.completedAt() == null && isPast(action.due(), now))
                        .map(CorrectiveAction::id)
                        .toList());
        return change(draft -> draft.overdue = overdueNow);
    }

    private static boolean isPast(Instant due, Instant now) {
        return due != null && now.isAfter(due);
    }

    private ComplaintView change(Consumer<Draft> edit) {
        Draft draft = new Draft(this);
        edit.accept(draft);
        return draft.toView();
    }

    /** A mutable copy, so each transition names only the fields it changes. */
    private static final class Draft {
        private final ComplaintId id;
        private final OfficeId office;
        private final ComplaintNumber number;
        private ComplaintStatus status;
        private final ComplaintChannel channel;
        private final HouseholdId household;
        private final ComplaintCategory category;
        private final String summary;
        private ComplaintSeverity severity;
        private Responsibility responsibility;
        private DepartmentId department;
        private final Instant receivedAt;
        private final StaffId receivedBy;
        private final Instant firstReplyDue;
        private Instant firstRepliedAt;
        private Boolean firstReplyOnTime;
        private final Instant remedyDue;
        private Instant remedyAt;
        private Boolean remedyOnTime;
        private Instant dispatchDue;
        private Instant specialMeasuresDue;
        private boolean repeat;
        private ComplaintId previousComplaint;
        private final List<Escalation> escalations;
        private final List<CorrectiveAction> correctiveActions;
        private String result;
        private Boolean satisfied;
        private Instant closedAt;
        private ClosingReason closingReason;
        private int reopenCount;
        private long version;
        private Instant lastEventAt;
        private Overdue overdue;

        private Draft(ComplaintView view) {
            id = view.id;
            office = view.office;
            number = view.number;
            status = view.status;
            channel = view.channel;
            household = view.household;
            category = view.category;
            summary = view.summary;
            severity = view.severity;
            responsibility = view.responsibility;
            department = view.department;
            receivedAt = view.receivedAt;
            receivedBy = view.receivedBy;
            firstReplyDue = view.firstReplyDue;
            firstRepliedAt = view.firstRepliedAt;
            firstReplyOnTime = view.firstReplyOnTime;
            remedyDue = view.remedyDue;
            remedyAt = view.remedyAt;
            remedyOnTime = view.remedyOnTime;
            dispatchDue = view.dispatchDue;
            specialMeasuresDue = view.specialMeasuresDue;
            repeat = view.repeat;
            previousComplaint = view.previousComplaint;
            escalations = new ArrayList<>(view.escalations);
            correctiveActions = new ArrayList<>(view.correctiveActions);
            result = view.result;
            satisfied = view.satisfied;
            closedAt = view.closedAt;
            closingReason = view.closingReason;
            reopenCount = view.reopenCount;
            version = view.version;
            lastEventAt = view.lastEventAt;
            overdue = view.overdue;
        }

        private ComplaintView toView() {
            return new ComplaintView(id, office, number, status, channel, household, category, summary, severity,
                    responsibility, department, receivedAt, receivedBy, firstReplyDue, firstRepliedAt,
                    firstReplyOnTime, remedyDue, remedyAt, remedyOnTime, dispatchDue, specialMeasuresDue, repeat,
                    previousComplaint, escalations, correctiveActions, result, satisfied, closedAt, closingReason,
                    reopenCount, version, lastEventAt, overdue, List.of());
        }
    }
}
