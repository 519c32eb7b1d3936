package com.propcare.command.visit;

import com.propcare.events.OfficeId;
import com.propcare.events.StaffId;
import com.propcare.events.visit.OpinionId;
import com.propcare.events.visit.OpinionSource;
import com.propcare.events.visit.RaisedOpinion;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Sent by the triggers for each opinion a visit, reception or meeting record raised. */
public record RaiseOpinion(@TargetAggregateIdentifier OpinionId opinionId, OpinionSource source, String sourceId,
                           OfficeId officeId, RaisedOpinion opinion, Instant raisedAt, StaffId raisedBy) {
}
