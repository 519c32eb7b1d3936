package com.propcare.command.calendar;

import com.propcare.command.registry.OfficeDirectory;
import com.propcare.command.support.DomainRefusal;
import com.propcare.events.OfficeId;
import com.propcare.events.StaffId;
import com.propcare.events.calendar.CalendarDayKind;
import com.propcare.events.calendar.OfficeCalendarAdjusted;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import static com.propcare.command.calendar.CalendarTestData.SHANGHAI;
import static org.hamcrest.Matchers.startsWith;

class OfficeCalendarTest {

    private static final OfficeId OFFICE = new OfficeId("office-1");
    private static final Instant AT = Instant.parse("2026-09-01T02:00:00Z");
    private static final StaffId DIRECTOR = new StaffId("director-1");
    private static final LocalDate OCTOBER_8 = LocalDate.parse("2026-10-08");

    private FixtureConfiguration<OfficeCalendar> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(OfficeCalendar.class);
        fixture.registerInjectableResource((OfficeDirectory) office -> office.equals(OFFICE)
                ? Optional.of(new OfficeDirectory.OfficeEntry(OFFICE, SHANGHAI, Set.of(), Set.of()))
                : Optional.empty());
    }

    private static AdjustOfficeCalendar adjust(OfficeId office, CalendarDayKind kind, String reason) {
        return new AdjustOfficeCalendar(office, OCTOBER_8, kind, reason, AT, DIRECTOR);
    }

    @Test
    void an_office_makes_a_working_day_a_holiday_for_itself() {
        fixture.givenNoPriorActivity()
               .when(adjust(OFFICE, CalendarDayKind.HOLIDAY, "company anniversary"))
               .expectEvents(new OfficeCalendarAdjusted(OFFICE, OCTOBER_8, CalendarDayKind.HOLIDAY,
                                                        "company anniversary", AT, DIRECTOR));
    }

    @Test
    void a_later_adjustment_of_the_same_date_replaces_the_earlier_one() {
        fixture.given(new OfficeCalendarAdjusted(OFFICE, OCTOBER_8, CalendarDayKind.HOLIDAY, "anniversary", AT,
                                                 DIRECTOR))
               .when(adjust(OFFICE, CalendarDayKind.WORKING_DAY, "anniversary moved"))
               .expectEvents(new OfficeCalendarAdjusted(OFFICE, OCTOBER_8, CalendarDayKind.WORKING_DAY,
                                                        "anniversary moved", AT, DIRECTOR));
    }

    @Test
    void adjusting_a_date_to_what_the_office_made_it_already_is_a_conflict() {
        fixture.given(new OfficeCalendarAdjusted(OFFICE, OCTOBER_8, CalendarDayKind.HOLIDAY, "anniversary", AT,
                                                 DIRECTOR))
               .when(adjust(OFFICE, CalendarDayKind.HOLIDAY, "again"))
               .expectException(DomainRefusal.class)
               .expectExceptionMessage(startsWith("CALENDAR_ADJUSTMENT_UNCHANGED:"))
               .expectNoEvents();
    }

    @Test
    void an_unregistered_office_cannot_adjust_its_calendar() {
        fixture.givenNoPriorActivity()
               .when(adjust(new OfficeId("office-unknown"), CalendarDayKind.HOLIDAY, "anniversary"))
               .expectException(DomainRefusal.class)
               .expectExceptionMessage(startsWith("OFFICE_NOT_FOUND:"))
               .expectNoEvents();
    }

    @Test
    void an_adjustment_without_a_reason_is_refused() {
        fixture.givenNoPriorActivity()
               .when(adjust(OFFICE, CalendarDayKind.HOLIDAY, " "))
               .expectException(DomainRefusal.class)
               .expectExceptionMessage(startsWith("CALENDAR_FIELD_REQUIRED: reason"))
               .expectNoEvents();
    }
}
