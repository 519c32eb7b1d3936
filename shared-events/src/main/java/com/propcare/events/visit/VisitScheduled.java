package com.propcare.events.visit;

import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;
import com.propcare.events.PolicyVersion;
import com.propcare.events.StaffId;
import com.propcare.events.registry.StaffRole;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/**
 * A household is to be visited: why, by when, by whom and under which policy version.
 *
 * @param due            by when, with the office's calendar (new owners: 1 month after move-in by default)
 * @param dueAtMost      the latest acceptable time (new owners: 3 months); equal to {@code due} for other kinds
 * @param performerRoles the roles that may perform it
 * @param reason         what triggered it, e.g. "moved in on 2026-11-02" or "Spring Festival 2027-02-06"
 * @param scheduledBy    who scheduled it by hand; null when a trigger did
 */
@Revision("1")
public record VisitScheduled(VisitId visitId, OfficeId officeId, VisitKind kind, HouseholdId householdId,
                             Instant due, Instant dueAtMost, List<StaffRole> performerRoles, String reason,
                             PolicyVersion policy, Instant scheduledAt, StaffId scheduledBy) implements VisitEvent {
}
