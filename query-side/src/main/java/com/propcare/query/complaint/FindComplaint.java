package com.propcare.query.complaint;

import com.propcare.events.complaint.ComplaintId;

import java.util.Objects;

/** One complaint's view, with its overdue obligations as of now; answered with {@code null} when there is none. */
public record FindComplaint(ComplaintId complaintId) {

    public FindComplaint {
        Objects.requireNonNull(complaintId, "complaintId");
    }
}
