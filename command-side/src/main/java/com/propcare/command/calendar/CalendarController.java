package com.propcare.command.calendar;

import com.propcare.command.registry.RegistryRefusalCodes;
import com.propcare.command.support.CommandAnswers;
import com.propcare.command.support.CommandExecutor;
import com.propcare.command.support.CommandResponse;
import com.propcare.command.support.DomainRefusal;
import com.propcare.command.support.InvalidField;
import com.propcare.events.OfficeId;
import com.propcare.events.calendar.CalendarDayKind;
import com.propcare.events.calendar.CalendarRegion;
import com.propcare.events.policy.Due;
import com.propcare.events.policy.DueUnit;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.net.URI;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

import static com.propcare.command.calendar.CalendarRefusalCodes.YEAR_NOT_PUBLISHED;

/**
 * The working-day calendar over HTTP: publish a region's year, adjust an office's days, read a year as it is in
 * force, and compute a due time the way deadlines are computed. Commands go through the {@link CommandExecutor}
 * (stamped with the clock, {@code Idempotency-Key} honoured); reads run off the event loop.
 */
@RestController
@Tag(name = "Working-day calendar", description = "Public holidays, make-up working days (调休) and office adjustments")
class CalendarController {

    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z0-9]+)*");
    private static final int REGION_MAX = 40;
    /** Years the product can hold a calendar for. */
    private static final int YEAR_MIN = 2000;
    private static final int YEAR_MAX = 2100;
    /** The largest amount a computation accepts, per unit: about ten years. */
    private static final Map<DueUnit, Integer> AMOUNT_MAX = Map.of(DueUnit.WORKING_DAYS, 2_500,
                                                                   DueUnit.CALENDAR_DAYS, 3_660,
                                                                   DueUnit.HOURS, 87_840,
                                                                   DueUnit.MONTHS, 120);

    private final CommandExecutor commands;
    private final WorkingCalendar calendar;
    private final CalendarLookup lookup;
    private final Clock clock;

    CalendarController(CommandExecutor commands, WorkingCalendar calendar, CalendarLookup lookup,
                       Clock clock) {
        this.commands = commands;
        this.calendar = calendar;
        this.lookup = lookup;
        this.clock = clock;
    }

    @ApiResponse(responseCode = "202", description = CommandAnswers.ACCEPTED)
    @PutMapping("/api/calendars/{region}/{year}")
    @Operation(summary = "Publish a region's holidays and make-up working days of one year, replacing what was known "
            + "(the shipped data or an earlier publication); the same dates again record nothing")
    Mono<ResponseEntity<Object>> publish(@PathVariable String region, @PathVariable String year,
                                         @Valid @RequestBody CalendarRequests.PublishYear body,
                                         ServerHttpRequest request) {
        return Mono.defer(() -> {
            CalendarRegion calendarRegion = region(region);
            int calendarYear = year(year);
            return commands.execute(request, body, actor -> new PublishCalendarYear(
                    calendarRegion, calendarYear, body.holidays(), body.makeUpWorkingDaysOrNone(), clock.instant(),
                    actor), outcome -> new CommandResponse(
                    HttpStatus.OK, yearLocation(calendarRegion, calendarYear),
                    CalendarRequests.YearView.of(calendarRegion.value(),
                                                 calendar.year(calendarRegion, calendarYear).orElseThrow())));
        });
    }

    @GetMapping("/api/calendars/{region}/{year}")
    @Operation(summary = "A region's year as it is in force: its holidays and make-up working days, and their source")
    Mono<CalendarRequests.YearView> year(@PathVariable String region, @PathVariable String year) {
        return blocking(() -> {
            CalendarRegion calendarRegion = region(region);
            int calendarYear = year(year);
            YearDays days = calendar.year(calendarRegion, calendarYear).orElseThrow(() -> DomainRefusal.notFound(
                    YEAR_NOT_PUBLISHED, "No calendar of " + calendarYear + " is shipped or published for " + region
                            + "; until it is, its Mondays to Fridays count as working days",
                    Map.of("region", region, "year", calendarYear)));
            return CalendarRequests.YearView.of(region, days);
        });
    }

    @GetMapping("/api/calendars/{region}/add")
    @Operation(summary = "Add working days, calendar days, hours or months to a start, as deadlines are computed; "
            + "from is a local date-time in zone (2026-09-30T17:00) or an instant with offset; office adds that "
            + "office's adjustments and, without zone, its time zone")
    Mono<CalendarRequests.Sum> add(@PathVariable String region, @RequestParam(required = false) String from,
                                   @RequestParam(required = false) String zone,
                                   @RequestParam(required = false) String office,
                                   @RequestParam(required = false) Integer workingDays,
                                   @RequestParam(required = false) Integer calendarDays,
                                   @RequestParam(required = false) Integer hours,
                                   @RequestParam(required = false) Integer months) {
        return blocking(() -> {
            CalendarRegion calendarRegion = region(region);
            Due due = due(workingDays, calendarDays, hours, months);
            OfficeId officeId = office == null || office.isBlank() ? null : new OfficeId(office);
            if (officeId != null && lookup.office(officeId).isEmpty()) {
                throw officeNotFound(officeId);
            }
            ZoneId zoneId = zone(zone, officeId);
            Instant start = instant(from, zoneId);
            DayCalendar days = calendar.forRegion(calendarRegion, zoneId, officeId);
            Instant result = days.add(start, due);
            String rule = days.rule(due.unit());
            List<Integer> missing = List.copyOf(days.yearsWithoutData(start, result));
            if (!missing.isEmpty()) {
                rule += " No calendar covers " + missing + " yet: there, Mondays to Fridays count as working days.";
            }
            return new CalendarRequests.Sum(calendarRegion.value(), office, zoneId.getId(), offset(start, zoneId),
                                            due.amount(), due.unit().name(), offset(result, zoneId), result, rule,
                                            due.unit() == DueUnit.WORKING_DAYS ? days.daysOffBetween(start, result)
                                                                               : List.of(),
                                            missing);
        });
    }

    @ApiResponse(responseCode = "201", description = CommandAnswers.CREATED)
    @PostMapping("/api/offices/{officeId}/calendar-adjustments")
    @Operation(summary = "Make one date a working day or a holiday for the office, whatever its region's calendar says")
    Mono<ResponseEntity<Object>> adjust(@PathVariable String officeId, @Valid @RequestBody CalendarRequests.Adjust body,
                                        ServerHttpRequest request) {
        OfficeId office = new OfficeId(officeId);
        CalendarDayKind kind = CalendarDayKind.valueOf(body.kind());
        return commands.execute(request, body, actor -> new AdjustOfficeCalendar(
                office, body.date(), kind, body.reason(), clock.instant(), actor),
                outcome -> CommandResponse.created(adjustmentsLocation(office), new CalendarRequests.Adjusted(
                        office.value(), body.date(), kind, outcome.version())));
    }

    @GetMapping("/api/offices/{officeId}/calendar-adjustments")
    @Operation(summary = "The office's region, time zone and own adjustments, by date")
    Mono<CalendarRequests.OfficeAdjustments> adjustments(@PathVariable String officeId) {
        return blocking(() -> {
            OfficeId office = new OfficeId(officeId);
            CalendarLookup.OfficeDays days = lookup.office(office).orElseThrow(() -> officeNotFound(office));
            return new CalendarRequests.OfficeAdjustments(
                    officeId, days.region() == null ? null : days.region().value(),
                    days.zone() == null ? null : days.zone().getId(),
                    days.adjustments().values().stream()
                        .sorted(Comparator.comparing(CalendarLookup.Adjustment::date))
                        .map(a -> new CalendarRequests.AdjustmentView(a.date(), a.kind(), a.reason(), a.at(),
                                                                      a.by().value()))
                        .toList());
        });
    }

    private static DomainRefusal officeNotFound(OfficeId office) {
        return DomainRefusal.notFound(RegistryRefusalCodes.OFFICE_NOT_FOUND, "No office " + office
                + " is registered", Map.of("officeId", office.value()));
    }

    private ZoneId zone(String zone, OfficeId office) {
        if (zone == null || zone.isBlank()) {
            return office == null ? calendar.defaultZone() : calendar.zoneOf(office);
        }
        try {
            return ZoneId.of(zone.trim());
        } catch (DateTimeException e) {
            throw new InvalidField("zone", "ZoneId", "must be a time zone such as Asia/Shanghai");
        }
    }

    /** Exactly one amount, not negative and not beyond about ten years. */
    private static Due due(Integer workingDays, Integer calendarDays, Integer hours, Integer months) {
        Map<DueUnit, Integer> given = new LinkedHashMap<>();
        putIfGiven(given, DueUnit.WORKING_DAYS, workingDays);
        putIfGiven(given, DueUnit.CALENDAR_DAYS, calendarDays);
        putIfGiven(given, DueUnit.HOURS, hours);
        putIfGiven(given, DueUnit.MONTHS, months);
        if (given.size() != 1) {
            throw new InvalidField("workingDays", "ExactlyOne",
                                   "give exactly one of workingDays, calendarDays, hours and months");
        }
        Map.Entry<DueUnit, Integer> amount = given.entrySet().iterator().next();
        int max = AMOUNT_MAX.get(amount.getKey());
        if (amount.getValue() < 0 || amount.getValue() > max) {
            throw new InvalidField(parameter(amount.getKey()), "Range", "must be 0 to " + max);
        }
        return new Due(amount.getValue(), amount.getKey());
    }

    private static void putIfGiven(Map<DueUnit, Integer> given, DueUnit unit, Integer amount) {
        if (amount != null) {
            given.put(unit, amount);
        }
    }

    private static String parameter(DueUnit unit) {
        return switch (unit) {
            case WORKING_DAYS -> "workingDays";
            case CALENDAR_DAYS -> "calendarDays";
            case HOURS -> "hours";
            case MONTHS -> "months";
        };
    }

    /** A local date-time is read in {@code zone}; one with an offset or zone stands for itself. */
    private static Instant instant(String from, ZoneId zone) {
        if (from == null || from.isBlank()) {
            throw new InvalidField("from", "NotBlank", "must be given, e.g. 2026-09-30T17:00");
        }
        try {
            TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(
                    from.trim(), ZonedDateTime::from, OffsetDateTime::from, LocalDateTime::from);
            if (parsed instanceof LocalDateTime local) {
                return local.atZone(zone).toInstant();
            }
            return Instant.from(parsed);
        } catch (DateTimeParseException e) {
            throw new InvalidField("from", "DateTime", "must be a local date-time such as 2026-09-30T17:00 or an "
                    + "instant with offset such as 2026-09-30T09:00:00Z");
        }
    }

    private static String offset(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static CalendarRegion region(String region) {
        if (region.length() > REGION_MAX || !REGION.matcher(region).matches()) {
            throw new InvalidField("region", "Pattern", "must be a region such as cn-mainland");
        }
        return new CalendarRegion(region);
    }

    private static int year(String year) {
        try {
            int value = Integer.parseInt(year);
            if (value >= YEAR_MIN && value <= YEAR_MAX) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidField("year", "Range", "must be a year from " + YEAR_MIN + " to " + YEAR_MAX);
    }

    private static URI yearLocation(CalendarRegion region, int year) {
        return URI.create("/api/calendars/" + region.value() + "/" + year);
    }

    private static URI adjustmentsLocation(OfficeId office) {
        return URI.create("/api/offices/" + office.value() + "/calendar-adjustments");
    }

    private static <T> Mono<T> blocking(Callable<T> read) {
        return Mono.fromCallable(read).subscribeOn(Schedulers.boundedElastic());
    }
}
