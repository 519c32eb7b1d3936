package com.propcare.command.complaint;

import com.propcare.events.StaffId;
import com.propcare.events.complaint.ComplaintId;
import com.propcare.events.complaint.EscalationLevel;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/** Send the complaint up to a level that decides on it. */
public record EscalateComplaint(@TargetAggregateIdentifier ComplaintId complaintId,
                                @TargetAggregateVersion Long expectedVersion, EscalationLevel level, String reason,
                                Instant at, StaffId by) {
}
