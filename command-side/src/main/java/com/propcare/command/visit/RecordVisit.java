package com.propcare.command.visit;

import com.propcare.events.StaffId;
import com.propcare.events.callback.Signature;
import com.propcare.events.visit.VisitId;
import com.propcare.events.visit.VisitMethod;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;
import java.util.List;

/** Record the visit as it took place; {@code at}/{@code by} are when and by whom it was entered. */
public record RecordVisit(@TargetAggregateIdentifier VisitId visitId, @TargetAggregateVersion Long expectedVersion,
                          VisitMethod method, Instant visitedAt, StaffId visitedBy, String summary,
                          List<OpinionInput> opinions, boolean feedbackRequired, Signature signature, Instant at,
                          StaffId by) {
}
