package com.propcare.command.callback.trigger;

import com.propcare.command.callback.ScheduleCallback;
import com.propcare.command.complaint.ConfirmWithComplainant;
import com.propcare.command.complaint.RegisterComplaint;
import com.propcare.command.workorder.OpenWorkOrder;
import com.propcare.command.workorder.ReworkWorkOrder;
import com.propcare.events.callback.CallbackId;
import com.propcare.events.callback.CallbackKindTerms;
import com.propcare.events.callback.CallbackPerformed;
import com.propcare.events.callback.CallbackResult;
import com.propcare.events.callback.SubjectType;
import com.propcare.events.complaint.ComplaintChannel;
import com.propcare.events.complaint.ComplaintId;
import com.propcare.events.policy.Due;
import com.propcare.events.workorder.WorkOrderId;
import com.propcare.events.workorder.WorkOrderSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What a performed callback sets off. Its verdict goes back to a complaint (which closes when satisfied and is
 * reopened when not); a work order found unsatisfactory is reworked; any other subject found unsatisfactory gets a
 * follow-up callback, due by its kind. A next-callback date always gets a follow-up, and a complaint or work order
 * raised during the callback is registered or opened. Everything is entered by whoever entered the callback's
 * record; ids derive from the callback, so a redelivery creates nothing twice.
 */
final class CallbackResultPolicy {

    private CallbackResultPolicy() {
    }

    static List<Object> decide(CallbackFacts callback, CallbackPerformed performed, long sequence,
                               OfficeRules office) {
        List<Object> commands = new ArrayList<>();
        boolean satisfied = performed.result() == CallbackResult.SATISFIED;
        boolean followedUp = performed.nextCallbackDue() != null;
        if (followedUp) {
            commands.add(followUp(callback, performed, sequence, performed.nextCallbackDue(),
                                  "next callback date set by callback " + performed.callbackId(), office));
        }
        raised(callback, performed, commands);
        SubjectType subject = callback.subject().type();
        if (subject == SubjectType.COMPLAINT) {
            commands.add(new ConfirmWithComplainant(new ComplaintId(callback.subject().id()), null, satisfied,
                                                    "callback " + performed.callbackId() + ": " + performed.result(),
                                                    performed.callbackId(), null, performed.performedAt(),
                                                    performed.recordedBy()));
        } else if (!satisfied && subject == SubjectType.WORK_ORDER) {
            commands.add(new ReworkWorkOrder(new WorkOrderId(callback.subject().id()),
                                             performed.callbackId().value(),
                                             "not satisfied in callback " + performed.callbackId(),
                                             performed.performedAt(), performed.recordedBy()));
        } else if (!satisfied && !followedUp) {
            Instant due = office.add(performed.performedAt(), dueOf(callback, performed.performedAt(), office));
            commands.add(followUp(callback, performed, sequence, due,
                                  "not satisfied in callback " + performed.callbackId(), office));
        }
        return commands;
    }

    private static ScheduleCallback followUp(CallbackFacts callback, CallbackPerformed performed, long sequence,
                                             Instant due, String reason, OfficeRules office) {
        return new ScheduleCallback(new CallbackId(callback.callbackId() + "-f" + sequence), callback.office(),
                                    callback.kind(), callback.subject(), callback.household(), due,
                                    callback.performerRoles(), callback.handledBy(), callback.handlingDepartment(),
                                    callback.conflictOfInterestAvoided(), callback.allowedMethods(),
                                    callback.recordingRequired(), callback.retentionYears(), callback.callbackId(),
                                    reason, office.policyAt(performed.performedAt()).version(),
                                    performed.performedAt());
    }

    /** A built-in kind's due by the policy in force; an office kind's first offset, as defined now. */
    private static Due dueOf(CallbackFacts callback, Instant at, OfficeRules office) {
        return callback.kind().builtIn()
                       .map(kind -> office.policyAt(at).document().callbacks().kinds().get(kind).due())
                       .orElseGet(() -> office.officeKind(callback.kind())
                                              .map(CallbackKindTerms::dueOffsets)
                                              .map(offsets -> offsets.get(0))
                                              .orElseThrow(() -> new IllegalStateException(
                                                      "No definition of kind " + callback.kind() + " in office "
                                                              + callback.office())));
    }

    /** The new stream names the callback as its source. */
    private static void raised(CallbackFacts callback, CallbackPerformed performed, List<Object> commands) {
        if (performed.newComplaint() != null) {
            commands.add(new RegisterComplaint(new ComplaintId("complaint-from-" + performed.callbackId()),
                                               callback.office(), ComplaintChannel.RAISED_IN_CALLBACK,
                                               callback.household(), performed.newComplaint().category(),
                                               performed.newComplaint().summary(), performed.performedAt(),
                                               performed.performedBy(), "callback:" + performed.callbackId()));
        }
        if (performed.newWorkOrder() != null) {
            commands.add(new OpenWorkOrder(new WorkOrderId("wo-from-" + performed.callbackId()), callback.office(),
                                           callback.household(), performed.newWorkOrder().kind(),
                                           performed.newWorkOrder().description(), WorkOrderSource.CALLBACK,
                                           performed.callbackId().value(), null, performed.performedAt(),
                                           performed.recordedBy()));
        }
    }
}
