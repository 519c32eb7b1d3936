package com.propcare.command.complaint;

import com.propcare.events.StaffId;
import com.propcare.events.complaint.ComplaintId;
import com.propcare.events.complaint.ComplaintSeverity;
import com.propcare.events.complaint.Responsibility;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/** Classify a verified complaint as general or major and say whose responsibility it is. */
public record ClassifyComplaint(@TargetAggregateIdentifier ComplaintId complaintId,
                                @TargetAggregateVersion Long expectedVersion, ComplaintSeverity severity,
                                Responsibility responsibility, Instant at, StaffId by) {
}
