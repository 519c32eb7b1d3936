package com.propcare.command.calendar;

import com.propcare.access.TestUsers;
import com.propcare.command.CommandSideApplication;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calendar's API over the real embedded store. Publications go to the test region {@code zz-test} (shipped from
 * the test resources), so that the real mainland-China calendar stays as shipped for every other test.
 */
@SpringBootTest(classes = CommandSideApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = "propcare.mongodb.embedded=memory")
@AutoConfigureWebTestClient
class CalendarApiTest {

    private static final String OCTOBER_2026 = """
            {"holidays":["2026-10-01","2026-10-02","2026-10-03","2026-10-04","2026-10-05","2026-10-06","2026-10-07",
                         "2026-10-08"],
             "makeUpWorkingDays":["2026-10-11"]}""";

    @Autowired
    WebTestClient web;
    @Autowired
    EventStorageEngine engine;

    /** This capability's events: triggers of other capabilities may append theirs at any moment. */
    private long allEvents() {
        return engine.readEvents(null, false)
                     .filter(event -> event.getPayloadType().getPackageName().equals("com.propcare.events.calendar"))
                     .count();
    }

    private WebTestClient.ResponseSpec get(String uri) {
        return web.get().uri(uri).exchange();
    }

    private WebTestClient.ResponseSpec put(String uri, String body) {
        return web.put().uri(uri).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private WebTestClient.ResponseSpec post(String uri, String body) {
        return web.post().uri(uri).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private String registeredOffice() {
        String office = "office-" + System.nanoTime();
        post("/api/offices", """
                {"officeId":"%s","company":"Evergreen Property","name":"Garden Court","region":"cn-mainland",
                 "timeZone":"Asia/Shanghai"}""".formatted(office)).expectStatus().isCreated();
        return office;
    }

    @Test
    void one_working_day_after_30_september_2026_at_17_00_in_shanghai_is_8_october_at_17_00() {
        get("/api/calendars/cn-mainland/add?from=2026-09-30T17:00&zone=Asia/Shanghai&workingDays=1")
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.from").isEqualTo("2026-09-30T17:00:00+08:00")
                .jsonPath("$.zone").isEqualTo("Asia/Shanghai")
                .jsonPath("$.result").isEqualTo("2026-10-08T17:00:00+08:00")
                .jsonPath("$.resultInstant").isEqualTo("2026-10-08T09:00:00Z")
                .jsonPath("$.daysOffSkipped.length()").isEqualTo(7)
                .jsonPath("$.daysOffSkipped[0]").isEqualTo("2026-10-01")
                .jsonPath("$.rule").value(rule -> assertThat(rule.toString())
                        .contains("start date itself never counts", "make-up working days (调休) count"));
    }

    @Test
    void calendar_days_hours_and_an_instant_with_offset_are_computed_too() {
        get("/api/calendars/cn-mainland/add?from=2026-09-30T17:00&calendarDays=3")
                .expectStatus().isOk().expectBody().jsonPath("$.result").isEqualTo("2026-10-03T17:00:00+08:00");
        get("/api/calendars/cn-mainland/add?from=2026-09-30T17:00&hours=24")
                .expectStatus().isOk().expectBody().jsonPath("$.result").isEqualTo("2026-10-01T17:00:00+08:00");
        get("/api/calendars/cn-mainland/add?from=2026-09-30T09:00:00Z&workingDays=1")
                .expectStatus().isOk().expectBody().jsonPath("$.result").isEqualTo("2026-10-08T17:00:00+08:00");
    }

    @Test
    void a_computation_into_a_year_without_a_calendar_says_so() {
        get("/api/calendars/cn-mainland/add?from=2026-12-31T17:00&workingDays=1")
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.result").isEqualTo("2027-01-01T17:00:00+08:00")
                .jsonPath("$.yearsWithoutCalendar[0]").isEqualTo(2027)
                .jsonPath("$.rule").value(rule -> assertThat(rule.toString()).contains("No calendar covers [2027]"));
    }

    @Test
    void a_shipped_year_is_read_as_it_is_in_force() {
        get("/api/calendars/cn-mainland/2026")
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.source").isEqualTo("SHIPPED")
                .jsonPath("$.holidays.length()").isEqualTo(33)
                .jsonPath("$.makeUpWorkingDays").isEqualTo(List.of("2026-01-04", "2026-02-14", "2026-02-28",
                                                                             "2026-05-09", "2026-09-20", "2026-10-10"));
        get("/api/calendars/cn-mainland/2027")
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("CALENDAR_YEAR_NOT_PUBLISHED");
        get("/api/calendars/xx-nowhere/2026")
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("CALENDAR_REGION_UNKNOWN");
    }

    @Test
    void a_publication_replaces_the_shipped_year_and_repeating_it_records_nothing() {
        get("/api/calendars/zz-test/add?from=2026-09-30T17:00&workingDays=1")
                .expectStatus().isOk().expectBody().jsonPath("$.result").isEqualTo("2026-10-08T17:00:00+08:00");

        put("/api/calendars/zz-test/2026", OCTOBER_2026)
                .expectStatus().isOk()
                .expectHeader().valueEquals("Location", "/api/calendars/zz-test/2026")
                .expectHeader().exists("ETag")
                .expectBody()
                .jsonPath("$.source").isEqualTo("PUBLISHED")
                .jsonPath("$.publishedBy").isEqualTo(TestUsers.TESTER)
                .jsonPath("$.makeUpWorkingDays[0]").isEqualTo("2026-10-11");

        get("/api/calendars/zz-test/add?from=2026-09-30T17:00&workingDays=1")
                .expectStatus().isOk().expectBody().jsonPath("$.result").isEqualTo("2026-10-09T17:00:00+08:00");
        get("/api/calendars/zz-test/2026").expectStatus().isOk().expectBody().jsonPath("$.source")
                                          .isEqualTo("PUBLISHED");

        long before = allEvents();
        put("/api/calendars/zz-test/2026", OCTOBER_2026)
                .expectStatus().isOk()
                .expectHeader().doesNotExist("ETag");
        assertThat(allEvents()).isEqualTo(before);
    }

    static Stream<Arguments> badPublications() {
        return Stream.of(
                Arguments.of("a date listed twice", "/api/calendars/zz-test/2027",
                             "{\"holidays\":[\"2027-01-01\",\"2027-01-01\"]}", 422,
                             "CALENDAR_DATE_LISTED_TWICE", "holidays"),
                Arguments.of("a date both a holiday and a make-up day", "/api/calendars/zz-test/2027",
                             "{\"holidays\":[\"2027-01-02\"],\"makeUpWorkingDays\":[\"2027-01-02\"]}", 422,
                             "CALENDAR_DATE_LISTED_TWICE", "makeUpWorkingDays"),
                Arguments.of("a date outside the year", "/api/calendars/zz-test/2027",
                             "{\"holidays\":[\"2028-01-01\"]}", 422, "CALENDAR_DATE_OUTSIDE_YEAR",
                             "holidays"),
                Arguments.of("a make-up day on a weekday", "/api/calendars/zz-test/2027",
                             "{\"holidays\":[\"2027-01-01\"],\"makeUpWorkingDays\":[\"2027-01-04\"]}", 422,
                             "CALENDAR_MAKE_UP_DAY_NOT_WEEKEND", "makeUpWorkingDays"),
                Arguments.of("a region without a calendar", "/api/calendars/xx-nowhere/2027",
                             "{\"holidays\":[\"2027-01-01\"]}", 404, "CALENDAR_REGION_UNKNOWN", null),
                Arguments.of("a region that is no region", "/api/calendars/Not_A_Region/2027",
                             "{\"holidays\":[\"2027-01-01\"]}", 400, "VALIDATION_FAILED", "region"),
                Arguments.of("a year out of range", "/api/calendars/zz-test/1999",
                             "{\"holidays\":[\"1999-01-01\"]}", 400, "VALIDATION_FAILED", "year"),
                Arguments.of("no holidays", "/api/calendars/zz-test/2027", "{\"holidays\":[]}", 400,
                             "VALIDATION_FAILED", "holidays"),
                Arguments.of("an author named in the body", "/api/calendars/zz-test/2027",
                             "{\"holidays\":[\"2027-01-01\"],\"by\":\"admin-1\"}", 400, "MALFORMED_REQUEST",
                             "by"),
                Arguments.of("a date that is not a date", "/api/calendars/zz-test/2027",
                             "{\"holidays\":[\"2027-02-30\"]}", 400, "MALFORMED_REQUEST", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badPublications")
    void a_bad_publication_is_a_problem_naming_what_is_wrong_and_stores_nothing(String name, String uri, String body,
                                                                                int status, String code,
                                                                                String field) {
        long before = allEvents();

        WebTestClient.BodyContentSpec problem = put(uri, body)
                .expectStatus().isEqualTo(status)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo(code);
        if (field != null && status == 400) {
            problem.jsonPath("$.errors[0].field").isEqualTo(field);
        } else if (field != null) {
            problem.jsonPath("$.field").isEqualTo(field);
        }
        assertThat(allEvents()).isEqualTo(before);
        get("/api/calendars/zz-test/2027").expectStatus().isNotFound();
    }

    @Test
    void an_office_adjustment_changes_that_offices_computations_only() {
        String office = registeredOffice();
        String add = "/api/calendars/cn-mainland/add?from=2026-09-30T17:00&workingDays=1";

        post("/api/offices/" + office + "/calendar-adjustments",
             "{\"date\":\"2026-10-08\",\"kind\":\"HOLIDAY\",\"reason\":\"Company anniversary\"}")
                .expectStatus().isCreated()
                .expectHeader().valueEquals("Location", "/api/offices/" + office + "/calendar-adjustments")
                .expectBody().jsonPath("$.kind").isEqualTo("HOLIDAY").jsonPath("$.version").isEqualTo(0);

        get(add + "&office=" + office)
                .expectStatus().isOk().expectBody().jsonPath("$.result").isEqualTo("2026-10-09T17:00:00+08:00");
        get(add).expectStatus().isOk().expectBody().jsonPath("$.result").isEqualTo("2026-10-08T17:00:00+08:00");
        get("/api/offices/" + office + "/calendar-adjustments")
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.region").isEqualTo("cn-mainland")
                .jsonPath("$.timeZone").isEqualTo("Asia/Shanghai")
                .jsonPath("$.adjustments[0].date").isEqualTo("2026-10-08")
                .jsonPath("$.adjustments[0].reason").isEqualTo("Company anniversary");
    }

    @Test
    void adjusting_a_date_to_what_it_is_already_is_a_409_and_stores_nothing() {
        String office = registeredOffice();
        String adjustment = "{\"date\":\"2026-10-08\",\"kind\":\"HOLIDAY\",\"reason\":\"r\"}";
        post("/api/offices/" + office + "/calendar-adjustments", adjustment).expectStatus().isCreated();
        long before = allEvents();

        post("/api/offices/" + office + "/calendar-adjustments", adjustment)
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("CALENDAR_ADJUSTMENT_UNCHANGED")
                .jsonPath("$.date").isEqualTo("2026-10-08");
        assertThat(allEvents()).isEqualTo(before);
    }

    @Test
    void bad_adjustments_are_problems_naming_what_is_wrong_and_store_nothing() {
        long before = allEvents();

        post("/api/offices/office-unknown/calendar-adjustments",
             "{\"date\":\"2026-10-08\",\"kind\":\"HOLIDAY\",\"reason\":\"r\"}")
                .expectStatus().isNotFound().expectBody().jsonPath("$.code").isEqualTo("OFFICE_NOT_FOUND");
        post("/api/offices/office-unknown/calendar-adjustments",
             "{\"date\":\"2026-10-08\",\"kind\":\"HALF_DAY\",\"reason\":\"r\"}")
                .expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("kind").jsonPath("$.errors[0].rule").isEqualTo("OneOf");
        post("/api/offices/office-unknown/calendar-adjustments", "{\"kind\":\"HOLIDAY\",\"reason\":\"r\"}")
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("date");
        assertThat(allEvents()).isEqualTo(before);
    }

    static Stream<Arguments> badComputations() {
        String base = "/api/calendars/cn-mainland/add?from=2026-09-30T17:00";
        return Stream.of(
                Arguments.of("no amount", base, 400, "workingDays"),
                Arguments.of("two amounts", base + "&workingDays=1&hours=3", 400, "workingDays"),
                Arguments.of("a negative amount", base + "&calendarDays=-1", 400, "calendarDays"),
                Arguments.of("an unknown zone", base + "&workingDays=1&zone=Mars/Olympus", 400, "zone"),
                Arguments.of("no start", "/api/calendars/cn-mainland/add?workingDays=1", 400, "from"),
                Arguments.of("a start that is not a time", "/api/calendars/cn-mainland/add?from=tomorrow&workingDays=1",
                             400, "from"),
                Arguments.of("an unknown office", base + "&workingDays=1&office=office-unknown", 404, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badComputations")
    void a_bad_computation_is_a_problem_naming_the_parameter(String name, String uri, int status, String field) {
        WebTestClient.BodyContentSpec problem = get(uri).expectStatus().isEqualTo(status)
                                                        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                                                        .expectBody();
        if (field != null) {
            problem.jsonPath("$.code").isEqualTo("VALIDATION_FAILED").jsonPath("$.errors[0].field").isEqualTo(field);
        } else {
            problem.jsonPath("$.code").isEqualTo("OFFICE_NOT_FOUND");
        }
    }
}
