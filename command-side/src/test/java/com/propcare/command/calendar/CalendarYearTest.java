package com.propcare.command.calendar;

import com.propcare.command.support.DomainRefusal;
import com.propcare.events.StaffId;
import com.propcare.events.calendar.CalendarRegion;
import com.propcare.events.calendar.CalendarYearPublished;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static com.propcare.command.calendar.CalendarTestData.CN_MAINLAND;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

class CalendarYearTest {

    private static final Instant AT = Instant.parse("2026-12-05T02:00:00Z");
    private static final StaffId ADMIN = new StaffId("admin-1");
    private static final LocalDate NEW_YEAR = LocalDate.parse("2027-01-01");
    private static final LocalDate SATURDAY = LocalDate.parse("2027-02-06");

    private FixtureConfiguration<CalendarYear> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CalendarYear.class);
        fixture.registerInjectableResource(CalendarTestData.shipped());
    }

    private static PublishCalendarYear publish(List<LocalDate> holidays, List<LocalDate> makeUpWorkingDays) {
        return new PublishCalendarYear(CN_MAINLAND, 2027, holidays, makeUpWorkingDays, AT, ADMIN);
    }

    private static List<LocalDate> days(String from, String to) {
        return LocalDate.parse(from).datesUntil(LocalDate.parse(to).plusDays(1)).toList();
    }

    @Test
    void a_year_is_published_with_its_dates_sorted() {
        fixture.givenNoPriorActivity()
               .when(publish(List.of(LocalDate.parse("2027-01-03"), NEW_YEAR, LocalDate.parse("2027-01-02")),
                             List.of(SATURDAY)))
               .expectEvents(new CalendarYearPublished(CN_MAINLAND, 2027, days("2027-01-01", "2027-01-03"),
                                                       List.of(SATURDAY), AT, ADMIN));
    }

    @Test
    void a_new_publication_replaces_the_previous_one() {
        fixture.given(new CalendarYearPublished(CN_MAINLAND, 2027, List.of(NEW_YEAR), List.of(), AT, ADMIN))
               .when(publish(days("2027-01-01", "2027-01-03"), List.of()))
               .expectEvents(new CalendarYearPublished(CN_MAINLAND, 2027, days("2027-01-01", "2027-01-03"), List.of(),
                                                       AT, ADMIN));
    }

    @Test
    void publishing_the_same_dates_again_records_nothing() {
        fixture.given(new CalendarYearPublished(CN_MAINLAND, 2027, List.of(NEW_YEAR), List.of(SATURDAY), AT, ADMIN))
               .when(publish(List.of(NEW_YEAR), List.of(SATURDAY)))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }

    @Test
    void a_date_listed_twice_as_a_holiday_is_refused() {
        expectRefusal(publish(List.of(NEW_YEAR, NEW_YEAR), List.of()), "CALENDAR_DATE_LISTED_TWICE", "2027-01-01");
    }

    @Test
    void a_date_listed_twice_as_a_make_up_day_is_refused() {
        expectRefusal(publish(List.of(NEW_YEAR), List.of(SATURDAY, SATURDAY)), "CALENDAR_DATE_LISTED_TWICE",
                      "2027-02-06");
    }

    @Test
    void a_date_that_is_both_a_holiday_and_a_make_up_day_is_refused() {
        LocalDate sunday = LocalDate.parse("2027-01-03");
        expectRefusal(publish(List.of(NEW_YEAR, sunday), List.of(sunday)), "CALENDAR_DATE_LISTED_TWICE",
                      "2027-01-03");
    }

    @Test
    void a_date_outside_the_year_is_refused() {
        expectRefusal(publish(List.of(LocalDate.parse("2026-12-31"), NEW_YEAR), List.of()),
                      "CALENDAR_DATE_OUTSIDE_YEAR", "2026-12-31");
    }

    @Test
    void a_make_up_day_on_a_weekday_is_refused() {
        expectRefusal(publish(List.of(NEW_YEAR), List.of(LocalDate.parse("2027-02-08"))),
                      "CALENDAR_MAKE_UP_DAY_NOT_WEEKEND", "MONDAY");
    }

    @Test
    void a_holiday_on_a_weekend_day_is_accepted_because_holiday_periods_include_their_weekends() {
        fixture.givenNoPriorActivity()
               .when(publish(days("2027-01-01", "2027-01-03"), List.of()))
               .expectSuccessfulHandlerExecution();
    }

    @Test
    void a_region_without_a_shipped_calendar_cannot_be_published() {
        fixture.givenNoPriorActivity()
               .when(new PublishCalendarYear(new CalendarRegion("xx-nowhere"), 2027, List.of(NEW_YEAR), List.of(), AT,
                                             ADMIN))
               .expectException(DomainRefusal.class)
               .expectExceptionMessage(startsWith("CALENDAR_REGION_UNKNOWN:"))
               .expectNoEvents();
    }

    @Test
    void a_publication_without_its_author_is_refused() {
        expectRefusal(new PublishCalendarYear(CN_MAINLAND, 2027, List.of(NEW_YEAR), List.of(), AT, null),
                      "CALENDAR_FIELD_REQUIRED", "by");
    }

    private void expectRefusal(PublishCalendarYear command, String code, String named) {
        fixture.givenNoPriorActivity()
               .when(command)
               .expectException(DomainRefusal.class)
               .expectExceptionMessage(allOf(startsWith(code + ":"), containsString(named)))
               .expectNoEvents();
    }
}
