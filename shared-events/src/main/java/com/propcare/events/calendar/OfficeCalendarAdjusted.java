package com.propcare.events.calendar;

import com.propcare.events.OfficeId;
import com.propcare.events.StaffId;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An office made one date a working day or a holiday for itself, whatever its region's calendar says. A later
 * adjustment of the same date replaces this one.
 */
@Revision("1")
public record OfficeCalendarAdjusted(OfficeId officeId, LocalDate date, CalendarDayKind kind, String reason,
                                     Instant adjustedAt, StaffId adjustedBy) {
}
