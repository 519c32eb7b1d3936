package com.propcare.command.complaint;

import com.propcare.events.StaffId;
import com.propcare.events.complaint.ComplaintId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/** Staff link the complaint to an earlier one that it repeats, so it is handled with priority. */
public record FlagAsRepeat(@TargetAggregateIdentifier ComplaintId complaintId,
                           @TargetAggregateVersion Long expectedVersion, ComplaintId previousComplaint, Instant at,
                           StaffId by) {
}
