package com.propcare.command.callback.kinds;

import com.propcare.events.OfficeId;
import com.propcare.events.callback.KindCode;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Define a new callback kind of an office; {@code kindId} is {@code <office>:<code>}. */
public record DefineCallbackKind(@TargetAggregateIdentifier String kindId, OfficeId officeId, KindCode code,
                                 CallbackKindDefinition definition, Instant at) {
}
