package com.propcare.query.complaint;

import com.propcare.events.complaint.ComplaintId;

/** The callbacks and work orders of one complaint. */
public record FindComplaintRelations(ComplaintId complaintId) {
}
