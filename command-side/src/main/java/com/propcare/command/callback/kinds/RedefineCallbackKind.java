package com.propcare.command.callback.kinds;

import com.propcare.events.OfficeId;
import com.propcare.events.callback.KindCode;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/** Replace a kind's definition; matters recorded from now on use the new revision. */
public record RedefineCallbackKind(@TargetAggregateIdentifier String kindId,
                                   @TargetAggregateVersion Long expectedVersion, OfficeId officeId, KindCode code,
                                   CallbackKindDefinition definition, Instant at) {
}
