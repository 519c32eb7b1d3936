package com.propcare.command.complaint;

import com.propcare.events.StaffId;
import com.propcare.events.complaint.ComplaintId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/** A remedial measure (补救措施) taken and answered to the complainant. */
public record RecordRemedialAction(@TargetAggregateIdentifier ComplaintId complaintId,
                                   @TargetAggregateVersion Long expectedVersion, String description, Instant at,
                                   StaffId by) {
}
