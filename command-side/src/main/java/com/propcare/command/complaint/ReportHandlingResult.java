package com.propcare.command.complaint;

import com.propcare.events.StaffId;
import com.propcare.events.complaint.ComplaintId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/** The handler reports the result of handling. */
public record ReportHandlingResult(@TargetAggregateIdentifier ComplaintId complaintId,
                                   @TargetAggregateVersion Long expectedVersion, String result, Instant at,
                                   StaffId by) {
}
