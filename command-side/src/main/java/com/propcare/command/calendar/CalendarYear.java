package com.propcare.command.calendar;

import com.propcare.command.calendar.ShippedCalendars.ShippedRegion;
import com.propcare.command.support.DomainRefusal;
import com.propcare.events.calendar.CalendarYearPublished;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static com.propcare.command.calendar.CalendarRefusalCodes.REGION_UNKNOWN;
import static com.propcare.command.calendar.CalendarRules.HOLIDAYS;
import static com.propcare.command.calendar.CalendarRules.MAKE_UP_WORKING_DAYS;
import static com.propcare.command.calendar.CalendarRules.requireDates;
import static com.propcare.command.calendar.CalendarRules.requirePresent;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One region's year of public holidays and make-up working days. Each publication replaces the one before it and
 * the shipped data; publishing the dates that are published already records nothing, so repeating a publication
 * changes nothing. Only regions with a shipped calendar can be published, since the region's weekend comes from it.
 */
@Aggregate
class CalendarYear {

    @AggregateIdentifier
    private CalendarYearId id;
    private List<LocalDate> holidays;
    private List<LocalDate> makeUpWorkingDays;

    protected CalendarYear() {
    }

    /** Handled as "create if missing": the first publication of a year starts its stream. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(PublishCalendarYear command, ShippedCalendars shipped) {
        requirePresent("region", command.region());
        requireDates(HOLIDAYS, command.holidays());
        requireDates(MAKE_UP_WORKING_DAYS, command.makeUpWorkingDays());
        requirePresent("at", command.at());
        requirePresent("by", command.by());
        ShippedRegion region = shipped.region(command.region()).orElseThrow(() -> DomainRefusal.notFound(
                REGION_UNKNOWN, "No calendar ships for region " + command.region() + ", so none can be published",
                Map.of("region", command.region().value())));
        CalendarRules.check(command.year(), command.holidays(), command.makeUpWorkingDays(), region.weekend());
        List<LocalDate> sortedHolidays = command.holidays().stream().sorted().toList();
        List<LocalDate> sortedMakeUpDays = command.makeUpWorkingDays().stream().sorted().toList();
        if (sortedHolidays.equals(holidays) && sortedMakeUpDays.equals(makeUpWorkingDays)) {
            return;
        }
        apply(new CalendarYearPublished(command.region(), command.year(), sortedHolidays, sortedMakeUpDays,
                                        command.at(), command.by()));
    }

    @EventSourcingHandler
    void on(CalendarYearPublished event) {
        id = new CalendarYearId(event.region(), event.year());
        holidays = event.holidays();
        makeUpWorkingDays = event.makeUpWorkingDays();
    }
}
