package com.propcare.command.calendar;

import com.propcare.events.OfficeId;
import com.propcare.events.StaffId;
import com.propcare.events.calendar.CalendarDayKind;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;

/** Make one date a working day or a holiday for one office, whatever its region's calendar says. */
public record AdjustOfficeCalendar(OfficeId officeId, LocalDate date, CalendarDayKind kind, String reason,
                                   Instant at, StaffId by) {

    @TargetAggregateIdentifier
    public OfficeCalendarId calendar() {
        return new OfficeCalendarId(officeId);
    }
}
