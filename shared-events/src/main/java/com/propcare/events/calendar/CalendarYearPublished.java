package com.propcare.events.calendar;

import com.propcare.events.StaffId;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The public holidays and make-up working days (调休) of one region's year were published, typically once the State
 * Council has announced them. It replaces whatever was known for that year before: the calendar shipped with the
 * product or an earlier publication. {@code holidays} holds every day of each holiday period, its weekend days
 * included; {@code makeUpWorkingDays} the weekend days worked instead. Both are sorted and lie in {@code year}.
 */
@Revision("1")
public record CalendarYearPublished(CalendarRegion region, int year, List<LocalDate> holidays,
                                    List<LocalDate> makeUpWorkingDays, Instant publishedAt, StaffId publishedBy) {
}
