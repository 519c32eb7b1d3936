package com.propcare.command.complaint;

import com.propcare.events.StaffId;
import com.propcare.events.complaint.ComplaintId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/** The responsible department records receipt of the handling notice. */
public record AcknowledgeDispatch(@TargetAggregateIdentifier ComplaintId complaintId,
                                  @TargetAggregateVersion Long expectedVersion, Instant at, StaffId by) {
}
