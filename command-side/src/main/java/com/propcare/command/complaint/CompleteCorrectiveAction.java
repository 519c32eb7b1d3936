package com.propcare.command.complaint;

import com.propcare.events.StaffId;
import com.propcare.events.complaint.ComplaintId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/** A planned corrective action was carried out. */
public record CompleteCorrectiveAction(@TargetAggregateIdentifier ComplaintId complaintId,
                                       @TargetAggregateVersion Long expectedVersion, String actionId,
                                       String outcome, Instant at, StaffId by) {
}
