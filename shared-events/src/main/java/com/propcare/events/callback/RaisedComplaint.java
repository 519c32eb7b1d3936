package com.propcare.events.callback;

import com.propcare.events.complaint.ComplaintCategory;

/** A complaint the household made during a callback; it is registered with the callback as its source. */
public record RaisedComplaint(ComplaintCategory category, String summary) {
}
