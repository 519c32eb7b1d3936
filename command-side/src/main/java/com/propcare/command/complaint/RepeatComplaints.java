package com.propcare.command.complaint;

import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;
import com.propcare.events.complaint.ComplaintCategory;
import com.propcare.events.complaint.ComplaintId;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Set-based question the aggregate cannot answer from its own stream: did the same household complain about the
 * same category shortly before? Answered from a command-side lookup kept up to date with registrations.
 */
public interface RepeatComplaints {

    /**
     * The most recent complaint of that household and category received in {@code [receivedAt - window,
     * receivedAt]}, if any.
     */
    Optional<ComplaintId> previousWithin(OfficeId office, HouseholdId household, ComplaintCategory category,
                                         Instant receivedAt, Duration window);
}
