package com.propcare.command.callback;

import com.propcare.events.DepartmentId;
import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;
import com.propcare.events.PolicyVersion;
import com.propcare.events.StaffId;
import com.propcare.events.callback.CallbackId;
import com.propcare.events.callback.CallbackMethod;
import com.propcare.events.callback.KindCode;
import com.propcare.events.callback.Subject;
import com.propcare.events.registry.StaffRole;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Creates a callback obligation. Sent by the triggers with an id derived from the trigger, so that a redelivered
 * trigger cannot create a second obligation; the fields mean what they mean on
 * {@link com.propcare.events.callback.CallbackScheduled}.
 */
public record ScheduleCallback(@TargetAggregateIdentifier CallbackId callbackId, OfficeId officeId, KindCode kind,
                               Subject subject, HouseholdId householdId, Instant due, List<StaffRole> performerRoles,
                               StaffId handledBy, DepartmentId handlingDepartment, boolean conflictOfInterestAvoided,
                               Set<CallbackMethod> allowedMethods, boolean recordingRequired, int retentionYears,
                               CallbackId followUpOf, String reason, PolicyVersion policy, Instant scheduledAt) {
}
