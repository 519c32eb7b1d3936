package com.propcare.command.callback.kinds;

import com.propcare.events.DepartmentId;
import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;
import com.propcare.events.StaffId;
import com.propcare.events.callback.MatterId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

/** Record a matter that may call for callbacks; {@code at}/{@code by} say when it was entered and by whom. */
public record RecordMatter(@TargetAggregateIdentifier MatterId matterId, OfficeId officeId, String matterType,
                           List<HouseholdId> householdIds, StaffId staffMember, String description,
                           StaffId handledBy, DepartmentId handlingDepartment, Instant occurredAt, Instant at,
                           StaffId by) {
}
