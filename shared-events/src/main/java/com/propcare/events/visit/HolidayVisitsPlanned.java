package com.propcare.events.visit;

import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;
import com.propcare.events.PolicyVersion;
import com.propcare.events.StaffId;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Holiday visits for a festival (重大节日) were planned for the office's key-resident households [001 D]: the
 * population chosen is recorded, so each visit obligation can be traced to the plan. The visits are due by the end of
 * the festival day in the office's time zone (product choice: the seeds name no other time).
 */
@Revision("1")
public record HolidayVisitsPlanned(HolidayPlanId planId, OfficeId officeId, String festival, LocalDate festivalDate,
                                   List<HouseholdId> households, Instant visitsDue, PolicyVersion policy,
                                   Instant plannedAt, StaffId plannedBy) {
}
