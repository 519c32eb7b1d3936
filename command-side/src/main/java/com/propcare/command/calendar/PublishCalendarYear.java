package com.propcare.command.calendar;

import com.propcare.events.StaffId;
import com.propcare.events.calendar.CalendarRegion;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Publish the public holidays and make-up working days of one region's year, replacing what was known before. */
public record PublishCalendarYear(CalendarRegion region, int year, List<LocalDate> holidays,
                                  List<LocalDate> makeUpWorkingDays, Instant at, StaffId by) {

    @TargetAggregateIdentifier
    public CalendarYearId calendarYear() {
        return new CalendarYearId(region, year);
    }
}
