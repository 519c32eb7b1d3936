package com.propcare.events.callback;

import com.propcare.events.DepartmentId;
import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;
import com.propcare.events.StaffId;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/**
 * A matter that may call for callbacks was recorded: an accident, a community activity, a new or other service,
 * or a type an office defined (a delivery, a staff appointment …).
 *
 * @param matterType   a built-in type (ACCIDENT, COMMUNITY_ACTIVITY, NEW_SERVICE, OTHER_SERVICE) or an office's own
 * @param householdIds the households it concerns; empty when it concerns a member of staff
 * @param staffMember  the member of staff it concerns (e.g. newly appointed), else null
 * @param occurredAt   when it happened, the moment its callbacks are due from
 * @param callbackKinds the office's own kinds in force for its type when it was recorded (revision 2); null in
 *                      matters recorded before revision 2, whose callbacks were created from the definitions then
 */
@Revision("2")
public record MatterRecorded(MatterId matterId, OfficeId officeId, String matterType, List<HouseholdId> householdIds,
                             StaffId staffMember, String description, StaffId handledBy,
                             DepartmentId handlingDepartment, Instant occurredAt, Instant recordedAt,
                             StaffId recordedBy, List<CallbackKindTerms> callbackKinds) {
}
