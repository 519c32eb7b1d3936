package com.propcare.command.complaint;

import com.propcare.events.StaffId;
import com.propcare.events.complaint.ComplaintId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/** Plan a corrective action (纠正措施) with its own due time; {@code actionId} is chosen by the caller. */
public record PlanCorrectiveAction(@TargetAggregateIdentifier ComplaintId complaintId,
                                   @TargetAggregateVersion Long expectedVersion, String actionId,
                                   String description, Instant due, Instant at, StaffId by) {
}
