package com.propcare.command.calendar;

import com.propcare.command.registry.OfficeDirectory;
import com.propcare.command.registry.RegistryRefusalCodes;
import com.propcare.command.support.DomainRefusal;
import com.propcare.events.calendar.CalendarDayKind;
import com.propcare.events.calendar.OfficeCalendarAdjusted;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static com.propcare.command.calendar.CalendarRefusalCodes.ADJUSTMENT_UNCHANGED;
import static com.propcare.command.calendar.CalendarRules.requirePresent;
import static com.propcare.command.calendar.CalendarRules.requireText;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An office's own working days and holidays on top of its region's calendar: a Saturday it opens, a local holiday it
 * closes. A later adjustment of a date replaces the earlier one; adjusting a date to what it is already is refused,
 * since it would record nothing new.
 */
@Aggregate
class OfficeCalendar {

    @AggregateIdentifier
    private OfficeCalendarId id;
    private final Map<LocalDate, CalendarDayKind> adjusted = new HashMap<>();

    protected OfficeCalendar() {
    }

    /** Handled as "create if missing": an office's first adjustment starts its stream. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(AdjustOfficeCalendar command, OfficeDirectory offices) {
        requirePresent("officeId", command.officeId());
        requirePresent("date", command.date());
        requirePresent("kind", command.kind());
        requireText("reason", command.reason());
        requirePresent("at", command.at());
        requirePresent("by", command.by());
        if (offices.find(command.officeId()).isEmpty()) {
            throw DomainRefusal.notFound(RegistryRefusalCodes.OFFICE_NOT_FOUND, "No office " + command.officeId()
                    + " is registered", Map.of("officeId", command.officeId().value()));
        }
        if (command.kind() == adjusted.get(command.date())) {
            throw new DomainRefusal(ADJUSTMENT_UNCHANGED, "The office has " + command.date() + " as a "
                    + command.kind() + " already", Map.of("date", command.date().toString(),
                                                           "kind", command.kind().name()));
        }
        apply(new OfficeCalendarAdjusted(command.officeId(), command.date(), command.kind(), command.reason(),
                                         command.at(), command.by()));
    }

    @EventSourcingHandler
    void on(OfficeCalendarAdjusted event) {
        id = new OfficeCalendarId(event.officeId());
        adjusted.put(event.date(), event.kind());
    }
}
