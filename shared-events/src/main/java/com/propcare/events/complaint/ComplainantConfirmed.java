package com.propcare.events.complaint;

import com.propcare.events.StaffId;
import com.propcare.events.callback.CallbackId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * The complainant's verdict on the result: satisfied or not. Revision 2 says what it rests on: the complaint
 * callback that asked ({@code callbackId}), or a director's recorded decision ({@code directorDecision}) where no
 * callback could settle it. Revision 1 had neither; the store's upcaster reads those as "basis not
 * recorded" (both null).
 */
@Revision("2")
public record ComplainantConfirmed(ComplaintId complaintId, boolean satisfied, String comment, Instant confirmedAt,
                                   StaffId recordedBy, CallbackId callbackId, String directorDecision)
        implements ComplaintEvent {
}
