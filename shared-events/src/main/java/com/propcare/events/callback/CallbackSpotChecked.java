package com.propcare.events.callback;

import com.propcare.events.OfficeId;
import com.propcare.events.StaffId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A quality checker audited the callback [001 回访质量监管]: was it planned, done on time, recorded truthfully.
 */
@Revision("1")
public record CallbackSpotChecked(CallbackId callbackId, OfficeId officeId, String checkId, boolean planned,
                                  boolean onTime, boolean recordedTruthfully, String findings, Instant checkedAt,
                                  StaffId checkedBy) implements CallbackEvent {
}
