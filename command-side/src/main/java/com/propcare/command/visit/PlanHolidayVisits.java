package com.propcare.command.visit;

import com.propcare.events.OfficeId;
import com.propcare.events.StaffId;
import com.propcare.events.visit.HolidayPlanId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;

/** Plan the holiday visits of a festival for the office's key residents; the id names office, festival and date. */
public record PlanHolidayVisits(@TargetAggregateIdentifier HolidayPlanId planId, OfficeId officeId, String festival,
                                LocalDate festivalDate, Instant at, StaffId by) {

    static HolidayPlanId idOf(OfficeId office, String festival, LocalDate date) {
        return new HolidayPlanId(office.value() + ":" + festival.strip() + ":" + date);
    }
}
