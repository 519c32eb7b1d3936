package com.propcare.query.complaint;

import com.propcare.events.DepartmentId;
import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;
import com.propcare.events.complaint.ComplaintCategory;

import java.time.Instant;

/**
 * A page of complaints, newest first. Every filter is optional ({@code null} = any). {@code receivedFrom} is
 * inclusive, {@code receivedTo} exclusive. Without an office the lists of all offices are read.
 */
public record FindComplaints(OfficeId office, String number, ComplaintStatus status, ComplaintCategory category,
                             DepartmentId department, HouseholdId household, Instant receivedFrom, Instant receivedTo, int page, int size) {

    public static final int MAX_PAGE_SIZE = 200;

    public FindComplaints {
        if (page < 0) {
            throw new IllegalArgumentException("page must not be negative: " + page);
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_PAGE_SIZE + ": " + size);
        }
    }
}
