package com.propcare.command.complaint;

import com.propcare.events.StaffId;
import com.propcare.events.complaint.ComplaintId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/** Close an invalid or malicious complaint with the explanation given to the complainant; never dropped silently. */
public record DeclareComplaintInvalid(@TargetAggregateIdentifier ComplaintId complaintId,
                                      @TargetAggregateVersion Long expectedVersion, String explanation, Instant at,
                                      StaffId by) {
}
