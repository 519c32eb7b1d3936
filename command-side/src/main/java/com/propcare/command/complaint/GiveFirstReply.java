package com.propcare.command.complaint;

import com.propcare.events.StaffId;
import com.propcare.events.complaint.ComplaintId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/** The first reply to the complainant, solved or not; allowed once. */
public record GiveFirstReply(@TargetAggregateIdentifier ComplaintId complaintId,
                             @TargetAggregateVersion Long expectedVersion, String content, Instant at,
                             StaffId by) {
}
