package com.propcare.command.callback.trigger;

import com.propcare.command.callback.ScheduleCallback;
import com.propcare.command.complaint.ComplaintCallbacks;
import com.propcare.command.policy.PolicyInForce;
import com.propcare.events.callback.KindCode;
import com.propcare.events.callback.Subject;
import com.propcare.events.callback.SubjectType;
import com.propcare.events.complaint.ComplaintSeverity;
import com.propcare.events.complaint.HandlingResultReported;
import com.propcare.events.policy.CallbackKind;
import com.propcare.events.policy.CallbackRules;
import com.propcare.events.policy.CallbackRules.KindRule;
import com.propcare.events.registry.StaffRole;

import java.util.List;
import java.util.Set;

/**
 * Every reported result of a complaint owes a callback (100 %); who makes it depends on the severity and the
 * policy's assignment (domain §7). A later result's callback follows up the earlier one.
 */
final class ComplaintResultPolicy {

    private ComplaintResultPolicy() {
    }

    static ScheduleCallback decide(ComplaintFacts complaint, HandlingResultReported result, long sequence,
                                   OfficeRules office) {
        PolicyInForce policy = office.policyAt(result.reportedAt());
        CallbackRules rules = policy.document().callbacks();
        KindRule rule = rules.kinds().get(CallbackKind.COMPLAINT);
        ComplaintSeverity severity = complaint.severity() == null ? ComplaintSeverity.GENERAL : complaint.severity();
        return new ScheduleCallback(ComplaintCallbacks.callbackFor(result.complaintId(), sequence), complaint.office(),
                                    KindCode.of(CallbackKind.COMPLAINT),
                                    new Subject(SubjectType.COMPLAINT, result.complaintId().value()),
                                    complaint.household(), office.add(result.reportedAt(), rule.due()),
                                    performers(rules.complaintAssignment(), severity), result.reportedBy(),
                                    complaint.department(), rule.conflictOfInterestAvoided(), Set.of(),
                                    rules.phoneRecordingRequired(), rules.recordRetentionYears(),
                                    complaint.lastCallback(), "complaint result reported (" + severity + ")",
                                    policy.version(), result.reportedAt());
    }

    static List<StaffRole> performers(CallbackRules.ComplaintAssignment assignment, ComplaintSeverity severity) {
        boolean major = severity == ComplaintSeverity.MAJOR;
        return switch (assignment) {
            case MAJOR_DIRECTOR_GENERAL_SUPERVISOR, MAJOR_PROPERTY_MANAGER ->
                    major ? List.of(StaffRole.DIRECTOR) : List.of(StaffRole.CUSTOMER_SERVICE_SUPERVISOR);
            case MAJOR_MANAGER_GENERAL_ASSISTANT ->
                    major ? List.of(StaffRole.DIRECTOR, StaffRole.DEPARTMENT_HEAD) : List.of(StaffRole.CLERK);
        };
    }
}
