package com.propcare.command.complaint;

import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;
import com.propcare.events.complaint.ComplaintCategory;
import com.propcare.events.complaint.ComplaintId;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Earlier complaints that a test declares, answered with the same window rule as the Mongo lookup. */
final class InMemoryRepeatComplaints implements RepeatComplaints {

    private record Earlier(ComplaintId complaint, OfficeId office, HouseholdId household, ComplaintCategory category,
                           Instant receivedAt) {
    }

    private final List<Earlier> earlier = new ArrayList<>();

    InMemoryRepeatComplaints earlierComplaint(ComplaintId complaint, OfficeId office, HouseholdId household,
                                              ComplaintCategory category, Instant receivedAt) {
        earlier.add(new Earlier(complaint, office, household, category, receivedAt));
        return this;
    }

    @Override
    public Optional<ComplaintId> previousWithin(OfficeId office, HouseholdId household, ComplaintCategory category,
                                                Instant receivedAt, Duration window) {
        return earlier.stream()
                      .filter(e -> e.office().equals(office) && e.household().equals(household)
                              && e.category() == category)
                      .filter(e -> !e.receivedAt().isAfter(receivedAt)
                              && !e.receivedAt().isBefore(receivedAt.minus(window)))
                      .max(Comparator.comparing(Earlier::receivedAt))
                      .map(Earlier::complaint);
    }
}
