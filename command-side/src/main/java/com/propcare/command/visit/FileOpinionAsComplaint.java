package com.propcare.command.visit;

import com.propcare.events.complaint.ComplaintId;
import com.propcare.events.visit.OpinionId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Sent by the triggers once the complaint an opinion became is registered; idempotent. */
public record FileOpinionAsComplaint(@TargetAggregateIdentifier OpinionId opinionId, ComplaintId complaintId,
                                     Instant filedAt) {
}
