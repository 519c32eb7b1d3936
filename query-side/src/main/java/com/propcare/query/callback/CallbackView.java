package com.propcare.query.callback;

import com.propcare.events.callback.CallbackCancelled;
import com.propcare.events.callback.CallbackMethod;
import com.propcare.events.callback.CallbackOverdue;
import com.propcare.events.callback.CallbackPerformed;
import com.propcare.events.callback.CallbackResult;
import com.propcare.events.callback.CallbackScheduled;
import com.propcare.events.callback.CallbackSpotChecked;
import com.propcare.events.callback.FollowUpDone;
import com.propcare.events.callback.FollowUpOverdue;
import com.propcare.events.callback.FollowUpScheduled;
import com.propcare.events.callback.FollowUpType;
import com.propcare.events.callback.RaisedComplaint;
import com.propcare.events.callback.RaisedWorkOrder;
import com.propcare.events.callback.Signature;
import com.propcare.events.callback.SubjectType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A callback obligation as the office sees it: what it follows up, by when, who may perform it under which policy
 * version, where it stands, and once performed its record, the commitments that record made and the spot checks
 * of it. {@code version} is the last applied sequence number of the callback's stream. {@code overdue} is not
 * stored: {@link #asOf} sets it from the clock, so a due time that has just passed shows before the scheduler
 * records it.
 */
public record CallbackView(String id, String office, String kind, Subject subject, String household, Instant due,
                           List<String> performerRoles, String handledBy, String handlingDepartment,
                           boolean conflictOfInterestAvoided, List<CallbackMethod> allowedMethods,
                           boolean recordingRequired, int retentionYears, String followUpOf, String reason,
                           String policyVersion, Instant scheduledAt, CallbackStatus status,
                           Instant overdueDetectedAt, CallbackRecord record, List<FollowUp> followUps,
                           List<SpotCheck> spotChecks, Cancellation cancellation, long version, Instant lastEventAt,
                           Boolean overdue) {

    /** The matter followed up, e.g. complaint {@code c-17}. */
    public record Subject(SubjectType type, String id) {
    }

    /** What the performer recorded [001 客户回访管理规定]. */
    public record CallbackRecord(CallbackMethod method, Instant performedAt, String performedBy, String content,
                                 String problemsFound, CallbackResult result, Signature signature,
                                 String recordingRef, Instant nextCallbackDue, boolean onTime,
                                 boolean batchedAtMonthEnd, Instant recordedAt, String recordedBy,
                                 RaisedComplaint newComplaint, RaisedWorkOrder newWorkOrder) {
    }

    /**
     * A commitment the record made, with its own due time; {@code assignee} is a staff id, a department id or null
     * (the office). {@code overdue} is set by {@link CallbackView#asOf}, like the callback's.
     */
    public record FollowUp(String itemId, FollowUpType type, String description, String assignee, Instant due,
                           String policyVersion, Instant scheduledAt, FollowUpStatus status,
                           Instant overdueDetectedAt, String outcome, Instant doneAt, String doneBy, Boolean onTime,
                           Boolean overdue) {

        FollowUp withOverdue(Instant now) {
            return new FollowUp(itemId, type, description, assignee, due, policyVersion, scheduledAt, status,
                                overdueDetectedAt, outcome, doneAt, doneBy, onTime,
                                status.isOpen() && now.isAfter(due));
        }
    }

    /** A quality checker's audit of the callback [001 回访质量监管]. */
    public record SpotCheck(String checkId, boolean planned, boolean onTime, boolean recordedTruthfully,
                            String findings, Instant checkedAt, String checkedBy) {
    }

    /** Why the obligation no longer applies. */
    public record Cancellation(String reason, Instant cancelledAt, String cancelledBy) {
    }

    public CallbackView {
        performerRoles = List.copyOf(performerRoles);
        allowedMethods = List.copyOf(allowedMethods);
        followUps = List.copyOf(followUps);
        spotChecks = List.copyOf(spotChecks);
    }

    static CallbackView scheduled(CallbackScheduled event) {
        return new CallbackView(event.callbackId().value(), text(event.officeId()), text(event.kind()),
                                new Subject(event.subject().type(), event.subject().id()), text(event.householdId()),
                                event.due(), event.performerRoles().stream().map(Enum::name).toList(),
                                text(event.handledBy()), text(event.handlingDepartment()),
                                event.conflictOfInterestAvoided(),
                                event.allowedMethods() == null ? List.of()
                                        : event.allowedMethods().stream().sorted().toList(),
                                event.recordingRequired(), event.retentionYears(), text(event.followUpOf()),
                                event.reason(), text(event.policy()), event.scheduledAt(), CallbackStatus.PENDING,
                                null, null, List.of(), List.of(), null, 0, event.scheduledAt(), null);
    }

    /** A late detection after the callback was performed or cancelled changes nothing: it is no longer owed. */
    CallbackView overdue(CallbackOverdue event) {
        if (status != CallbackStatus.PENDING) {
            return this;
        }
        return with(CallbackStatus.OVERDUE, event.detectedAt(), record, followUps, spotChecks, cancellation);
    }

    CallbackView performed(CallbackPerformed event) {
        CallbackRecord performed = new CallbackRecord(event.method(), event.performedAt(), text(event.performedBy()),
                                                      event.content(), event.problemsFound(), event.result(),
                                                      event.signature(), event.recordingRef(),
                                                      event.nextCallbackDue(), event.onTime(),
                                                      event.batchedAtMonthEnd(), event.recordedAt(),
                                                      text(event.recordedBy()), event.newComplaint(),
                                                      event.newWorkOrder());
        return with(CallbackStatus.PERFORMED, overdueDetectedAt, performed, followUps, spotChecks, cancellation);
    }

    CallbackView cancelled(CallbackCancelled event) {
        return with(CallbackStatus.CANCELLED, overdueDetectedAt, record, followUps, spotChecks,
                    new Cancellation(event.reason(), event.cancelledAt(), text(event.cancelledBy())));
    }

    CallbackView followUpScheduled(FollowUpScheduled event) {
        FollowUp item = new FollowUp(event.itemId(), event.type(), event.description(), event.assignee(), event.due(),
                                     text(event.policy()), event.scheduledAt(), FollowUpStatus.PENDING, null, null,
                                     null, null, null, null);
        List<FollowUp> items = new ArrayList<>(followUps.stream()
                                                        .filter(existing -> !existing.itemId().equals(item.itemId()))
                                                        .toList());
        items.add(item);
        return with(status, overdueDetectedAt, record, items, spotChecks, cancellation);
    }

    /** Like the callback's: a detection after the commitment was kept changes nothing. */
    CallbackView followUpOverdue(FollowUpOverdue event) {
        return changeFollowUp(event.itemId(), item -> item.status() != FollowUpStatus.PENDING ? item
                : new FollowUp(item.itemId(), item.type(), item.description(), item.assignee(), item.due(),
                               item.policyVersion(), item.scheduledAt(), FollowUpStatus.OVERDUE, event.detectedAt(),
                               null, null, null, null, null));
    }

    CallbackView followUpDone(FollowUpDone event) {
        return changeFollowUp(event.itemId(), item -> new FollowUp(
                item.itemId(), item.type(), item.description(), item.assignee(), item.due(), item.policyVersion(),
                item.scheduledAt(), FollowUpStatus.DONE, item.overdueDetectedAt(), event.outcome(), event.doneAt(),
                text(event.doneBy()), event.onTime(), null));
    }

    CallbackView spotChecked(CallbackSpotChecked event) {
        SpotCheck check = new SpotCheck(event.checkId(), event.planned(), event.onTime(), event.recordedTruthfully(),
                                        event.findings(), event.checkedAt(), text(event.checkedBy()));
        List<SpotCheck> checks = new ArrayList<>(spotChecks.stream()
                                                           .filter(existing -> !existing.checkId().equals(check.checkId()))
                                                           .toList());
        checks.add(check);
        return with(status, overdueDetectedAt, record, followUps, checks, cancellation);
    }

    /** Stamps the view with the event that produced it. */
    CallbackView recorded(long sequence, Instant at) {
        return new CallbackView(id, office, kind, subject, household, due, performerRoles, handledBy,
                                handlingDepartment, conflictOfInterestAvoided, allowedMethods, recordingRequired,
                                retentionYears, followUpOf, reason, policyVersion, scheduledAt, status,
                                overdueDetectedAt, record, followUps, spotChecks, cancellation, sequence, at, null);
    }

    /** The view as it reads at {@code now}: which open obligations have passed their due time. */
    public CallbackView asOf(Instant now) {
        return new CallbackView(id, office, kind, subject, household, due, performerRoles, handledBy,
                                handlingDepartment, conflictOfInterestAvoided, allowedMethods, recordingRequired,
                                retentionYears, followUpOf, reason, policyVersion, scheduledAt, status,
                                overdueDetectedAt, record, followUps.stream().map(item -> item.withOverdue(now)).toList(),
                                spotChecks, cancellation, version, lastEventAt, status.isOpen() && now.isAfter(due));
    }

    /** How many overdue flags {@link #asOf} raised. */
    int overdueFlags() {
        return (Boolean.TRUE.equals(overdue) ? 1 : 0)
                + (int) followUps.stream().filter(item -> Boolean.TRUE.equals(item.overdue())).count();
    }

    private CallbackView changeFollowUp(String itemId, UnaryOperator<FollowUp> change) {
        if (followUps.stream().noneMatch(item -> item.itemId().equals(itemId))) {
            throw new IllegalStateException("callback " + id + " has no follow-up " + itemId);
        }
        List<FollowUp> items = followUps.stream()
                                        .map(item -> item.itemId().equals(itemId) ? change.apply(item) : item)
                                        .toList();
        return with(status, overdueDetectedAt, record, items, spotChecks, cancellation);
    }

    private CallbackView with(CallbackStatus newStatus, Instant newOverdueDetectedAt, CallbackRecord newRecord,
                              List<FollowUp> newFollowUps, List<SpotCheck> newSpotChecks,
                              Cancellation newCancellation) {
        return new CallbackView(id, office, kind, subject, household, due, performerRoles, handledBy,
                                handlingDepartment, conflictOfInterestAvoided, allowedMethods, recordingRequired,
                                retentionYears, followUpOf, reason, policyVersion, scheduledAt, newStatus,
                                newOverdueDetectedAt, newRecord, newFollowUps, newSpotChecks, newCancellation,
                                version, lastEventAt, null);
    }

    /** Typed ids print as their plain value. */
    private static String text(Object id) {
        return id == null ? null : Objects.toString(id);
    }
}
