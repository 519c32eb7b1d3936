package com.propcare.query.callback;

import com.propcare.events.DepartmentId;
import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;
import com.propcare.events.PolicyVersion;
import com.propcare.events.StaffId;
import com.propcare.events.callback.CallbackCancelled;
import com.propcare.events.callback.CallbackEvent;
import com.propcare.events.callback.CallbackId;
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
import com.propcare.events.callback.KindCode;
import com.propcare.events.callback.RaisedWorkOrder;
import com.propcare.events.callback.Signature;
import com.propcare.events.callback.Subject;
import com.propcare.events.callback.SubjectType;
import com.propcare.events.registry.StaffRole;
import com.propcare.events.workorder.WorkOrderKind;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One office's callbacks in November 2026 (Asia/Shanghai), seen from {@link #NOW} (20 November, 10:00):
 * <ul>
 *     <li>{@code cb-1} complaint callback due 10 Nov, recorded overdue, performed late on 11 Nov with problems: a
 *     problem notice for the {@code repairs} department (kept on time) and a reply promised by {@code staff-li}
 *     for 24 Nov; spot-checked on 15 Nov;</li>
 *     <li>{@code cb-2} small-repair callback due 25 Nov, handled by {@code staff-wu} of {@code repairs}, with the
 *     conflict-of-interest rule on, performable by a repair lead or the customer-service supervisor;</li>
 *     <li>{@code cb-3} small-repair callback due 18 Nov, still pending: past due, not yet recorded overdue;</li>
 *     <li>{@code cb-4} complaint callback due 28 Nov, cancelled;</li>
 *     <li>{@code cb-5} complaint callback due 3 Dec, performed on time on 19 Nov.</li>
 * </ul>
 */
final class CallbackEvents {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final OfficeId OFFICE = new OfficeId("office-1");
    static final Instant NOW = at(11, 20, 10, 0);
    static final StaffId LI = new StaffId("staff-li");
    static final StaffId WU = new StaffId("staff-wu");
    static final DepartmentId REPAIRS = new DepartmentId("repairs");
    private static final PolicyVersion POLICY = new PolicyVersion("office-1:v3");

    /** One event of a callback's stream, as the store delivers it. */
    record Recorded(String callbackId, long sequence, Instant at, CallbackEvent event) {
    }

    private final List<Recorded> recorded = new ArrayList<>();
    private final Map<String, Long> nextSequence = new HashMap<>();

    private CallbackEvents() {
    }

    static Instant at(int month, int day, int hour, int minute) {
        return LocalDateTime.of(2026, month, day, hour, minute).atZone(ZONE).toInstant();
    }

    static List<Recorded> november() {
        CallbackEvents events = new CallbackEvents();
        events.add(scheduled("cb-1", "COMPLAINT", at(11, 10, 18, 0), List.of(StaffRole.CUSTOMER_SERVICE_SUPERVISOR),
                             null, null, false));
        events.add(new CallbackOverdue(id("cb-1"), OFFICE, at(11, 10, 18, 0), at(11, 10, 18, 1)));
        events.add(new CallbackPerformed(id("cb-1"), OFFICE, CallbackMethod.PHONE, at(11, 11, 9, 0), LI,
                                         "asked about the corridor cleaning", "stairwell light still broken",
                                         CallbackResult.SATISFIED, Signature.NOT_REQUIRED, "rec-77", null, false,
                                         false, at(11, 11, 9, 5), LI, null,
                                         new RaisedWorkOrder(WorkOrderKind.SMALL_REPAIR, "replace the stairwell lamp")));
        events.add(new FollowUpScheduled(id("cb-1"), OFFICE, "notice", FollowUpType.PROBLEM_NOTICE,
                                         "notify repairs of the stairwell light", REPAIRS.value(), at(11, 12, 9, 0),
                                         POLICY, at(11, 11, 9, 5)));
        events.add(new FollowUpScheduled(id("cb-1"), OFFICE, "reply-1", FollowUpType.PROMISED_REPLY,
                                         "when the lift is serviced", LI.value(), at(11, 24, 17, 0), null,
                                         at(11, 11, 9, 5)));
        events.add(new FollowUpDone(id("cb-1"), OFFICE, "notice", "notice handed to repairs", at(11, 11, 15, 0), LI,
                                    true));
        events.add(new CallbackSpotChecked(id("cb-1"), OFFICE, "check-1", true, false, true, "late, recorded truly",
                                           at(11, 15, 10, 0), new StaffId("staff-qc")));
        events.add(scheduled("cb-2", "SMALL_REPAIR", at(11, 25, 18, 0),
                             List.of(StaffRole.REPAIR_LEAD, StaffRole.CUSTOMER_SERVICE_SUPERVISOR), WU, REPAIRS,
                             true));
        events.add(scheduled("cb-3", "SMALL_REPAIR", at(11, 18, 18, 0), List.of(StaffRole.REPAIR_LEAD), null, null,
                             false));
        events.add(scheduled("cb-4", "COMPLAINT", at(11, 28, 18, 0), List.of(StaffRole.CUSTOMER_SERVICE_SUPERVISOR),
                             null, null, false));
        events.add(new CallbackCancelled(id("cb-4"), OFFICE, "household moved out", at(11, 16, 9, 0), LI));
        events.add(scheduled("cb-5", "COMPLAINT", at(12, 3, 18, 0), List.of(StaffRole.CUSTOMER_SERVICE_SUPERVISOR),
                             null, null, false));
        events.add(new CallbackPerformed(id("cb-5"), OFFICE, CallbackMethod.IN_PERSON, at(11, 19, 15, 0), LI,
                                         "visited about the noise", null, CallbackResult.SATISFIED, Signature.SIGNED,
                                         null, null, true, false, at(11, 19, 16, 0), LI, null, null));
        return List.copyOf(events.recorded);
    }

    private static CallbackScheduled scheduled(String id, String kind, Instant due, List<StaffRole> roles,
                                               StaffId handledBy, DepartmentId department, boolean avoidConflict) {
        return new CallbackScheduled(id(id), OFFICE, new KindCode(kind), new Subject(SubjectType.COMPLAINT, "c-" + id),
                                     new HouseholdId("h-" + id), due, roles, handledBy, department, avoidConflict,
                                     Set.of(CallbackMethod.PHONE, CallbackMethod.IN_PERSON), false, 2, null,
                                     "complaint result reported", POLICY, due.minusSeconds(5 * 24 * 3600));
    }

    private static CallbackId id(String value) {
        return new CallbackId(value);
    }

    /** Records the event with the next sequence number of its callback; it happened when it says it did. */
    private void add(CallbackEvent event) {
        long sequence = nextSequence.merge(event.callbackId().value(), 1L, Long::sum) - 1;
        recorded.add(new Recorded(event.callbackId().value(), sequence, timeOf(event), event));
    }

    private static Instant timeOf(CallbackEvent event) {
        if (event instanceof CallbackScheduled scheduled) {
            return scheduled.scheduledAt();
        }
        if (event instanceof CallbackOverdue overdue) {
            return overdue.detectedAt();
        }
        if (event instanceof CallbackPerformed performed) {
            return performed.recordedAt();
        }
        if (event instanceof FollowUpScheduled followUp) {
            return followUp.scheduledAt();
        }
        if (event instanceof FollowUpDone done) {
            return done.doneAt();
        }
        if (event instanceof FollowUpOverdue overdue) {
            return overdue.detectedAt();
        }
        if (event instanceof CallbackSpotChecked check) {
            return check.checkedAt();
        }
        return ((CallbackCancelled) event).cancelledAt();
    }
}
