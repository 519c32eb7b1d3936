package com.propcare.events.callback;

import com.propcare.events.OfficeId;
import com.propcare.events.StaffId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * The callback was performed and recorded [001 客户回访管理规定]: time, staff, method, content, problems found,
 * result. {@code onTime} compares {@code performedAt} with the due time; a late callback is recorded as late, never
 * hidden. {@code nextCallbackDue} is set when a problem could not be solved at once and the household is to be
 * called again by then [001]. {@code batchedAtMonthEnd} flags a small-repair callback done in the month's last days for orders
 * completed well before [004]. {@code newComplaint} and {@code newWorkOrder} (either may be null) are matters
 * raised during the callback; they are registered and opened from this event, linked to it as their cause.
 */
@Revision("1")
public record CallbackPerformed(CallbackId callbackId, OfficeId officeId, CallbackMethod method,
                                Instant performedAt, StaffId performedBy, String content, String problemsFound,
                                CallbackResult result, Signature signature, String recordingRef, Instant nextCallbackDue,
                                boolean onTime,
                                boolean batchedAtMonthEnd, Instant recordedAt, StaffId recordedBy,
                                RaisedComplaint newComplaint, RaisedWorkOrder newWorkOrder)
        implements CallbackEvent {
}
