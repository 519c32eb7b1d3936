package com.propcare.command.calendar;

import com.propcare.command.calendar.CalendarLookup.OfficeDays;
import com.propcare.command.calendar.ShippedCalendars.ShippedRegion;
import com.propcare.command.policy.OfficeCalendars;
import com.propcare.command.support.DomainRefusal;
import com.propcare.events.OfficeId;
import com.propcare.events.calendar.CalendarDayKind;
import com.propcare.events.calendar.CalendarRegion;
import com.propcare.events.policy.Due;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static com.propcare.command.calendar.CalendarRefusalCodes.REGION_UNKNOWN;

/**
 * The working-day calendar: the shipped data of each region with the years published since (a publication replaces
 * its year), and each office's own adjustments, in the office's time zone. The shipped data is read once at start;
 * what changes at run time is read by exact key from the lookup on every question, so every instance answers with
 * the same data the moment a publication or adjustment is stored. See {@link DayCalendar} for the rules.
 * <p>
 * An office the registry does not know (yet) follows the default region and time zone, the product's offices being
 * in mainland China; one registered with a region no calendar ships for follows the default region too, with a
 * warning in the log.
 */
@Component
public class WorkingCalendar implements OfficeCalendars {

    private static final Logger log = LoggerFactory.getLogger(WorkingCalendar.class);

    private final ShippedCalendars shipped;
    private final CalendarLookup lookup;
    private final CalendarRegion defaultRegion;
    private final ZoneId defaultZone;

    public WorkingCalendar(ShippedCalendars shipped, CalendarLookup lookup,
                           @Value("${propcare.calendar.default-region}") String defaultRegion,
                           @Value("${propcare.calendar.default-time-zone}") String defaultZone) {
        this.shipped = shipped;
        this.lookup = lookup;
        this.defaultRegion = new CalendarRegion(defaultRegion);
        this.defaultZone = ZoneId.of(defaultZone);
        if (shipped.region(this.defaultRegion).isEmpty()) {
            throw new IllegalStateException("No calendar ships for the default region " + defaultRegion);
        }
    }

    /** The calendar an office works by: its region's, in its time zone, with its own adjustments. */
    public DayCalendar forOffice(OfficeId office) {
        Optional<OfficeDays> days = lookup.office(office);
        CalendarRegion region = days.map(OfficeDays::region).orElse(defaultRegion);
        if (shipped.region(region).isEmpty()) {
            log.warn("Office {} is registered in region {}, for which no calendar ships; it follows {}", office,
                     region, defaultRegion);
            region = defaultRegion;
        }
        ZoneId zone = days.map(OfficeDays::zone).orElse(defaultZone);
        return calendar(shipped.region(region).orElseThrow(), zone, days);
    }

    /**
     * A region's calendar seen from {@code zone}, with the adjustments of {@code office} when one is given.
     *
     * @throws DomainRefusal {@code CALENDAR_REGION_UNKNOWN} when no calendar ships for the region
     */
    public DayCalendar forRegion(CalendarRegion region, ZoneId zone, OfficeId office) {
        ShippedRegion known = requireKnown(region);
        return calendar(known, zone, office == null ? Optional.empty() : lookup.office(office));
    }

    /** The year as it is in force: the newest publication, else the shipped data; empty when there is neither. */
    public Optional<YearDays> year(CalendarRegion region, int year) {
        return Optional.ofNullable(years(requireKnown(region)).get(year));
    }

    /** The region as shipped: its weekend days and shipped years. */
    public ShippedRegion requireKnown(CalendarRegion region) {
        return shipped.region(region).orElseThrow(() -> DomainRefusal.notFound(
                REGION_UNKNOWN, "No calendar ships for region " + region + "; known: " + shipped.regions(),
                Map.of("region", region.value())));
    }

    /** The time zone of an office the registry does not know, and of a computation that names none. */
    public ZoneId defaultZone() {
        return defaultZone;
    }

    @Override
    public ZoneId zoneOf(OfficeId office) {
        return lookup.office(office).map(OfficeDays::zone).orElse(defaultZone);
    }

    @Override
    public Instant add(OfficeId office, Instant from, Due period) {
        return forOffice(office).add(from, period);
    }

    private DayCalendar calendar(ShippedRegion region, ZoneId zone, Optional<OfficeDays> office) {
        Map<LocalDate, CalendarDayKind> adjustments = new HashMap<>();
        office.ifPresent(days -> days.adjustments().forEach((date, adjustment) ->
                                                                   adjustments.put(date, adjustment.kind())));
        return new DayCalendar(region.region(), zone, region.weekend(), years(region), adjustments);
    }

    private Map<Integer, YearDays> years(ShippedRegion region) {
        Map<Integer, YearDays> years = new HashMap<>(region.years());
        years.putAll(lookup.published(region.region()));
        return years;
    }
}
