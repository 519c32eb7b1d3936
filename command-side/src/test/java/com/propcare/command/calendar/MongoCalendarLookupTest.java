package com.propcare.command.calendar;

import com.propcare.events.OfficeId;
import com.propcare.events.StaffId;
import com.propcare.events.calendar.CalendarDayKind;
import com.propcare.events.calendar.CalendarYearPublished;
import com.propcare.events.calendar.OfficeCalendarAdjusted;
import com.propcare.events.registry.OfficeRegistered;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static com.propcare.command.calendar.CalendarTestData.CN_MAINLAND;
import static com.propcare.command.calendar.CalendarTestData.SHANGHAI;
import static com.propcare.command.calendar.CalendarTestData.shanghai;
import static org.assertj.core.api.Assertions.assertThat;

/** The calendar lookup on the embedded server: what the events write is what the calendar computes with. */
class MongoCalendarLookupTest {

    private static final Instant AT = Instant.parse("2026-11-23T02:00:00Z");
    private static final StaffId ADMIN = new StaffId("admin-1");
    private static final OfficeId OFFICE = new OfficeId("office-1");

    private final MemoryMongo mongo = new MemoryMongo();
    private final MongoCalendarLookup lookup = new MongoCalendarLookup(mongo.database(), Duration.ofMinutes(5));
    private final WorkingCalendar calendar = CalendarTestData.calendar(lookup);

    @AfterEach
    void close() {
        mongo.close();
    }

    private static List<LocalDate> days(String from, String to) {
        return LocalDate.parse(from).datesUntil(LocalDate.parse(to).plusDays(1)).toList();
    }

    private static CalendarYearPublished published(int year, List<LocalDate> holidays, List<LocalDate> makeUpDays) {
        return new CalendarYearPublished(CN_MAINLAND, year, holidays, makeUpDays, AT, ADMIN);
    }

    @Test
    void a_published_year_replaces_the_shipped_one() {
        lookup.on(published(2026, days("2026-10-01", "2026-10-08"), List.of(LocalDate.parse("2026-09-27"))));

        YearDays year = calendar.year(CN_MAINLAND, 2026).orElseThrow();
        assertThat(year.source()).isEqualTo(YearDays.Source.PUBLISHED);
        assertThat(year.publishedBy()).isEqualTo(ADMIN);
        assertThat(year.publishedAt()).isEqualTo(AT);
        assertThat(calendar.forOffice(OFFICE).plusWorkingDays(shanghai("2026-09-30T17:00"), 1))
                .isEqualTo(shanghai("2026-10-09T17:00"));
    }

    @Test
    void a_newer_publication_replaces_the_previous_one_and_a_redelivery_changes_nothing() {
        CalendarYearPublished newer = published(2027, days("2027-01-01", "2027-01-03"), List.of());
        lookup.on(published(2027, days("2027-01-01", "2027-01-01"), List.of()));
        lookup.on(newer);
        lookup.on(newer);

        assertThat(calendar.year(CN_MAINLAND, 2027).orElseThrow().holidays())
                .containsExactlyElementsOf(newer.holidays());
        assertThat(calendar.year(CN_MAINLAND, 2026).orElseThrow().source()).isEqualTo(YearDays.Source.SHIPPED);
    }

    @Test
    void an_office_is_known_with_its_region_and_time_zone_once_registered() {
        assertThat(lookup.office(OFFICE)).isEmpty();

        lookup.on(new OfficeRegistered(OFFICE, "Evergreen", "Garden Court", "cn-mainland", ZoneId.of("Asia/Urumqi"),
                                       AT, ADMIN));

        assertThat(lookup.office(OFFICE)).get().satisfies(office -> {
            assertThat(office.region()).isEqualTo(CN_MAINLAND);
            assertThat(office.zone()).isEqualTo(ZoneId.of("Asia/Urumqi"));
            assertThat(office.adjustments()).isEmpty();
        });
    }

    @Test
    void another_instance_keeps_what_it_read_until_its_cache_expires_and_without_a_cache_reads_afresh() {
        MongoCalendarLookup cachingInstance = new MongoCalendarLookup(mongo.database(), Duration.ofMinutes(5));
        MongoCalendarLookup uncachedInstance = new MongoCalendarLookup(mongo.database(), Duration.ZERO);
        assertThat(cachingInstance.office(OFFICE)).isEmpty();
        assertThat(uncachedInstance.office(OFFICE)).isEmpty();

        lookup.on(new OfficeRegistered(OFFICE, "Evergreen", "Garden Court", "cn-mainland", SHANGHAI, AT, ADMIN));

        assertThat(lookup.office(OFFICE)).isPresent();
        assertThat(uncachedInstance.office(OFFICE)).isPresent();
        assertThat(cachingInstance.office(OFFICE)).isEmpty();
    }

    @Test
    void an_offices_later_adjustment_of_a_date_replaces_the_earlier_one() {
        lookup.on(new OfficeRegistered(OFFICE, "Evergreen", "Garden Court", "cn-mainland", SHANGHAI, AT, ADMIN));
        LocalDate october8 = LocalDate.parse("2026-10-08");
        lookup.on(new OfficeCalendarAdjusted(OFFICE, october8, CalendarDayKind.HOLIDAY, "company day off", AT, ADMIN));
        assertThat(calendar.forOffice(OFFICE).isWorkingDay(october8)).isFalse();

        OfficeCalendarAdjusted backToWork = new OfficeCalendarAdjusted(OFFICE, october8, CalendarDayKind.WORKING_DAY,
                                                                       "cancelled", AT.plusSeconds(60), ADMIN);
        lookup.on(backToWork);
        lookup.on(backToWork);

        assertThat(lookup.office(OFFICE).orElseThrow().adjustments()).containsOnlyKeys(october8);
        assertThat(lookup.office(OFFICE).orElseThrow().adjustments().get(october8).reason()).isEqualTo("cancelled");
        assertThat(calendar.forOffice(OFFICE).isWorkingDay(october8)).isTrue();
    }
}
