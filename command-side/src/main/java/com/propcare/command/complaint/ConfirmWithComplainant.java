package com.propcare.command.complaint;

import com.propcare.events.StaffId;
import com.propcare.events.callback.CallbackId;
import com.propcare.events.complaint.ComplaintId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/**
 * What the complainant said about the result: satisfied closes, not satisfied reopens. It rests either on the
 * complaint callback that asked ({@code callback}, sent by the callback triggers) or on a director's recorded
 * decision ({@code directorDecision}, e.g. when the complainant cannot be reached); exactly one of them.
 */
public record ConfirmWithComplainant(@TargetAggregateIdentifier ComplaintId complaintId,
                                     @TargetAggregateVersion Long expectedVersion, boolean satisfied,
                                     String comment, CallbackId callback, String directorDecision, Instant at,
                                     StaffId by) {
}
