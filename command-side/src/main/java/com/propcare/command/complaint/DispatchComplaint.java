package com.propcare.command.complaint;

import com.propcare.events.DepartmentId;
import com.propcare.events.StaffId;
import com.propcare.events.complaint.ComplaintId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/** Send the handling notice to the department; a null {@code due} means the policy's default. */
public record DispatchComplaint(@TargetAggregateIdentifier ComplaintId complaintId,
                                @TargetAggregateVersion Long expectedVersion, DepartmentId department, Instant due,
                                Instant at, StaffId by) {
}
