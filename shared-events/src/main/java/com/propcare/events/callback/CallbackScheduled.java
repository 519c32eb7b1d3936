package com.propcare.events.callback;

import com.propcare.events.DepartmentId;
import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;
import com.propcare.events.PolicyVersion;
import com.propcare.events.StaffId;
import com.propcare.events.registry.StaffRole;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * An obligation to call a household back was created by its trigger (domain §2): what it follows up, by when,
 * who may perform it and under which policy version.
 *
 * @param kind                      a built-in or an office-defined kind
 * @param householdId               the household to call back; null when the matter concerns a person who is not
 *                                  a household (e.g. a newly appointed member of staff)
 * @param due                       by when, computed with the office's working-day calendar
 * @param performerRoles            the roles that may perform it
 * @param handledBy                 who handled the matter, for the conflict-of-interest rule; may be null
 * @param handlingDepartment        the department that handled it; may be null
 * @param conflictOfInterestAvoided when true, neither {@code handledBy} nor anyone of {@code handlingDepartment}
 *                                  may perform it
 * @param allowedMethods            the methods the kind allows; empty means any
 * @param recordingRequired         a phone callback must name its recording
 * @param retentionYears            its record is kept at least this long
 * @param followUpOf                the earlier callback this one repeats (not satisfied, next-callback date)
 * @param reason                    why it exists, e.g. "complaint result reported", "sampled 3 of 12"
 */
@Revision("1")
public record CallbackScheduled(CallbackId callbackId, OfficeId officeId, KindCode kind, Subject subject,
                                HouseholdId householdId, Instant due, List<StaffRole> performerRoles,
                                StaffId handledBy, DepartmentId handlingDepartment,
                                boolean conflictOfInterestAvoided, Set<CallbackMethod> allowedMethods,
                                boolean recordingRequired, int retentionYears, CallbackId followUpOf, String reason,
                                PolicyVersion policy, Instant scheduledAt) implements CallbackEvent {
}
