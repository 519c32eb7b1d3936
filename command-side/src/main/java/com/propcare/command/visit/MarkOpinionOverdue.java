package com.propcare.command.visit;

import com.propcare.events.visit.OpinionId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Sent by the deadline scheduler; records the overdue fact once and changes nothing when it no longer applies. */
public record MarkOpinionOverdue(@TargetAggregateIdentifier OpinionId opinionId, Instant detectedAt) {
}
