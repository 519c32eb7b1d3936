package com.propcare.command.callback;

import com.propcare.events.StaffId;
import com.propcare.events.callback.CallbackId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/**
 * A quality checker's audit of a performed callback [001 回访质量监管]; {@code checkId} names the check, so that a
 * resent check is refused instead of counted twice.
 */
public record SpotCheckCallback(@TargetAggregateIdentifier CallbackId callbackId,
                                @TargetAggregateVersion Long expectedVersion, String checkId, boolean planned,
                                boolean onTime, boolean recordedTruthfully, String findings, Instant at,
                                StaffId by) {
}
