package com.propcare.command.visit;

import com.propcare.events.StaffId;
import com.propcare.events.visit.OpinionId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/** Record the answer given to the resident and, where decided, whether the director adopts the opinion. */
public record AnswerOpinion(@TargetAggregateIdentifier OpinionId opinionId,
                            @TargetAggregateVersion Long expectedVersion, String answer, Boolean adopted,
                            Instant answeredAt, StaffId answeredBy) {
}
