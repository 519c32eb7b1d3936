package com.propcare.query.dashboard;

import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;
import com.propcare.events.PolicyVersion;
import com.propcare.events.StaffId;
import com.propcare.events.callback.CallbackId;
import com.propcare.events.callback.CallbackMethod;
import com.propcare.events.callback.CallbackPerformed;
import com.propcare.events.callback.CallbackResult;
import com.propcare.events.callback.CallbackScheduled;
import com.propcare.events.callback.FollowUpScheduled;
import com.propcare.events.callback.FollowUpType;
import com.propcare.events.callback.KindCode;
import com.propcare.events.callback.Subject;
import com.propcare.events.callback.SubjectType;
import com.propcare.events.complaint.ComplaintCategory;
import com.propcare.events.complaint.ComplaintChannel;
import com.propcare.events.complaint.ComplaintFlaggedAsRepeat;
import com.propcare.events.complaint.ComplaintId;
import com.propcare.events.complaint.ComplaintNumber;
import com.propcare.events.complaint.ComplaintRegistered;
import com.propcare.events.complaint.FirstReplyGiven;
import com.propcare.events.policy.SurveyRules;
import com.propcare.events.registry.BuildingId;
import com.propcare.events.registry.ContactChannel;
import com.propcare.events.registry.HouseholdImportId;
import com.propcare.events.registry.HouseholdsImported;
import com.propcare.events.registry.ImportedHousehold;
import com.propcare.events.registry.OfficeRegistered;
import com.propcare.events.registry.StaffRole;
import com.propcare.events.survey.Answer;
import com.propcare.events.survey.SurveyCampaignId;
import com.propcare.events.survey.SurveyCampaignOpened;
import com.propcare.events.survey.SurveyReturnRecorded;
import com.propcare.eventstore.MutableClock;
import com.propcare.query.QuerySideApplication;
import com.propcare.query.survey.SatisfactionOverview;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The dashboards over the real query-side application and its memory store: events go into the event store, the
 * live dashboard generation projects them, the figures come over HTTP and as server-sent events, and a rebuild
 * produces exactly the same figures. The live feed goes last: its change would alter the others' figures. The clock stands at 20 Nov 2026, 10:00 in Shanghai.
 */
@SpringBootTest(classes = {QuerySideApplication.class, DashboardApiTest.ControlledClock.class},
                webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = {"propcare.mongodb.uri=", "propcare.mongodb.embedded=memory",
                              "propcare.metrics.refresh-interval=PT0.5S"})
@AutoConfigureWebTestClient(timeout = "PT30S")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardApiTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");
    private static final OfficeId OFFICE = new OfficeId("office-d");
    private static final StaffId CLERK = new StaffId("clerk-1");
    private static final PolicyVersion DEFAULTS = new PolicyVersion("office-d:default");

    @TestConfiguration(proxyBeanMethods = false)
    static class ControlledClock {
        @Bean
        @Primary
        MutableClock controlledClock() {
            return new MutableClock(NOW);
        }
    }

    @Autowired
    WebTestClient web;
    @Autowired
    EventStore events;

    @BeforeAll
    void publish() {
        publish("Office", OFFICE.value(), 0, new OfficeRegistered(OFFICE, "PropCare", "Dashboard Court", "cn-mainland",
                                                                  ZONE, NOW.minus(Duration.ofDays(400)),
                                                                  new StaffId("admin")));
        List<ImportedHousehold> households = IntStream.rangeClosed(1, 200).mapToObj(n -> new ImportedHousehold(
                new HouseholdId("h-" + n), new BuildingId("b-1"), String.valueOf(n), 1 + n / 10, n <= 150,
                LocalDate.of(2020, 1, 1), Set.of(), ContactChannel.PHONE, Set.of(), List.of())).toList();
        publish("HouseholdImport", "import-1", 0, new HouseholdsImported(new HouseholdImportId("import-1"), OFFICE,
                                                                        households, NOW.minus(Duration.ofDays(300)),
                                                                        new StaffId("admin")));
        // c-1 answered on time; c-2's reply is due later today; c-3's reply is overdue and it repeats c-1
        publish("Complaint", "c-1", 0, registered("c-1", at("2026-11-02T09:00"), at("2026-11-03T09:00")));
        publish("Complaint", "c-1", 1, new FirstReplyGiven(new ComplaintId("c-1"), "on it", at("2026-11-02T15:00"),
                                                           CLERK, true));
        publish("Complaint", "c-2", 0, registered("c-2", at("2026-11-19T17:00"), at("2026-11-20T17:00")));
        publish("Complaint", "c-3", 0, registered("c-3", at("2026-11-10T09:00"), at("2026-11-11T09:00")));
        publish("Complaint", "c-3", 1, new ComplaintFlaggedAsRepeat(new ComplaintId("c-3"), new ComplaintId("c-1"),
                                                                    true, at("2026-11-10T09:00"), null,
                                                                    at("2026-11-11T09:00"), DEFAULTS));
        // cb-1 performed on time with a promised reply due tomorrow; cb-2 still to do next week
        publish("Callback", "cb-1", 0, scheduled("cb-1", at("2026-11-15T18:00")));
        publish("Callback", "cb-1", 1, new CallbackPerformed(new CallbackId("cb-1"), OFFICE, CallbackMethod.PHONE,
                                                             at("2026-11-14T10:00"), new StaffId("sup-1"), "talked",
                                                             null, CallbackResult.SATISFIED, null, null, null, true,
                                                             false, at("2026-11-14T10:05"), new StaffId("sup-1"),
                                                             null, null));
        publish("Callback", "cb-1", 2, new FollowUpScheduled(new CallbackId("cb-1"), OFFICE, "reply-1",
                                                             FollowUpType.PROMISED_REPLY, "parking answer",
                                                             "staff:sup-1", at("2026-11-21T12:00"), DEFAULTS,
                                                             at("2026-11-14T10:05")));
        publish("Callback", "cb-2", 0, scheduled("cb-2", at("2026-11-25T18:00")));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(
                () -> web.get().uri("/api/offices/office-d/dashboard/pending").exchange().expectStatus().isOk()
                         .expectBody().jsonPath("$.total.open").isEqualTo(4));
    }

    @Test
    @Order(1)
    void pending_work_shows_what_is_due_today_overdue_and_promised_replies_coming_due() {
        web.get().uri("/api/offices/office-d/dashboard/pending").exchange()
           .expectStatus().isOk()
           .expectBody()
           .jsonPath("$.today").isEqualTo("2026-11-20")
           .jsonPath("$.total.open").isEqualTo(4)
           .jsonPath("$.total.overdue").isEqualTo(1)
           .jsonPath("$.total.dueToday").isEqualTo(1)
           .jsonPath("$.overdue[0].type").isEqualTo("FIRST_REPLY")
           .jsonPath("$.overdue[0].ref").isEqualTo("c-3")
           .jsonPath("$.dueToday[0].ref").isEqualTo("c-2")
           .jsonPath("$.dueToday[0].performer").isEqualTo("staff:clerk-1")
           .jsonPath("$.promisedRepliesComingDue[0].ref").isEqualTo("cb-1")
           .jsonPath("$.byType[?(@.name=='CALLBACK')].open").isEqualTo(List.of(1))
           .jsonPath("$.byPerformer[?(@.name=='role:CUSTOMER_SERVICE_SUPERVISOR')].open").isEqualTo(List.of(1));
        web.get().uri("/api/offices/office-d/dashboard/pending?withinDays=0").exchange()
           .expectBody().jsonPath("$.promisedRepliesComingDue").isEmpty();
    }

    @Test
    @Order(2)
    void the_months_rates_name_their_parts_and_targets() {
        web.get().uri("/api/offices/office-d/dashboard/rates?month=2026-11").exchange()
           .expectStatus().isOk()
           .expectBody()
           .jsonPath("$.policyVersion").isEqualTo("office-d:default")
           .jsonPath("$.complaintRate.numerator.count").isEqualTo(3)
           .jsonPath("$.complaintRate.denominator.name").isEqualTo("registered households")
           .jsonPath("$.complaintRate.denominator.count").isEqualTo(200)
           .jsonPath("$.complaintRate.percent").isEqualTo(1.5)
           .jsonPath("$.complaintRate.target.comparison").isEqualTo("BELOW")
           .jsonPath("$.complaintRate.target.met").isEqualTo(false)
           .jsonPath("$.repeatComplaints.numerator.count").isEqualTo(1)
           .jsonPath("$.firstReplyOnTime.numerator.count").isEqualTo(1)
           .jsonPath("$.firstReplyOnTime.denominator.count").isEqualTo(3)
           .jsonPath("$.callbackRates[0].kind").isEqualTo("COMPLAINT")
           .jsonPath("$.callbackRates[0].rate.percent").isEqualTo(50.0)
           .jsonPath("$.callbackRates[0].rate.target.percent").isEqualTo(100)
           .jsonPath("$.callbackRates[0].rate.target.met").isEqualTo(false)
           .jsonPath("$.handlingRate.denominator.count").isEqualTo(1)
           .jsonPath("$.handlingRate.numerator.count").isEqualTo(0)
           .jsonPath("$.monthlyVisitQuota.denominator.count").isEqualTo(6)
           .jsonPath("$.annualVisitCoverage.period").isEqualTo("2026-01..2026-11")
           .jsonPath("$.annualVisitCoverage.denominator.count").isEqualTo(150);
        web.get().uri("/api/dashboard?month=2026-11").exchange()
           .expectStatus().isOk()
           .expectBody()
           .jsonPath("$.total.officeId").isEqualTo("*")
           .jsonPath("$.offices[?(@.officeId=='office-d')].complaintRate.numerator.count").isEqualTo(List.of(3))
           .jsonPath("$.pending[?(@.officeId=='office-d')].tally.overdue").isEqualTo(List.of(1));
    }

    /** Every rate opens onto its items: as many as its denominator (or numerator), as many counted as its numerator. */
    @Test
    @Order(2)
    void each_rate_lists_exactly_the_items_it_counts() {
        Map<?, ?> rates = web.get().uri("/api/offices/office-d/dashboard/rates?month=2026-11").exchange()
                             .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        for (String name : List.of("callbackRate", "callbacksOnTime", "handlingRate", "firstReplyOnTime",
                                   "remedyOnTime", "complaintRate", "repeatComplaints", "monthlyVisitQuota",
                                   "annualVisitCoverage")) {
            Map<?, ?> rate = (Map<?, ?>) rates.get(name);
            Map<?, ?> drill = web.get().uri("/api/offices/office-d/dashboard/rates/" + name + "/items?month=2026-11")
                                 .exchange().expectStatus().isOk().expectBody(Map.class).returnResult()
                                 .getResponseBody();
            long numerator = count(rate, "numerator");
            long denominator = count(rate, "denominator");
            List<?> items = (List<?>) drill.get("items");
            long counted = items.stream().filter(item -> Boolean.TRUE.equals(((Map<?, ?>) item).get("counted"))).count();
            assertThat(count(drill, "numerator")).as(name).isEqualTo(numerator);
            assertThat(counted).as(name + " counted").isEqualTo(numerator);
            boolean numeratorOnly = name.equals("complaintRate") || name.equals("monthlyVisitQuota");
            assertThat((long) items.size()).as(name + " items").isEqualTo(numeratorOnly ? numerator : denominator);
        }
        web.get().uri("/api/offices/office-d/dashboard/rates/firstReplyOnTime/items?month=2026-11").exchange()
           .expectBody()
           .jsonPath("$.items[?(@.counted == false)].number").isEqualTo(List.of("2026-c-3", "2026-c-2"))
           .jsonPath("$.items[?(@.counted == true)].id").isEqualTo(List.of("c-1"))
           .jsonPath("$.items[0].room").isEqualTo("b-1-1");
        web.get().uri("/api/offices/office-d/dashboard/rates/callbackRate/items?month=2026-11&kind=COMPLAINT")
           .exchange().expectBody()
           .jsonPath("$.kind").isEqualTo("COMPLAINT")
           .jsonPath("$.items[*].id").isEqualTo(List.of("cb-2", "cb-1"));
        web.get().uri("/api/offices/office-d/dashboard/rates/happiness/items").exchange()
           .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("rate");
        web.get().uri("/api/offices/office-d/dashboard/rates/complaintRate/items?kind=COMPLAINT").exchange()
           .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("kind");
    }

    private static long count(Map<?, ?> rate, String part) {
        return ((Number) ((Map<?, ?>) rate.get(part)).get("count")).longValue();
    }

    @Test
    @Order(2)
    void business_gauges_and_projection_lag_are_exposed_for_prometheus() {
        WebTestClient scraper = web.mutate().codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(16 << 20)).build();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                scraper.get().uri("/actuator/prometheus").exchange().expectStatus().isOk().expectBody(String.class)
                       .returnResult().getResponseBody())
                .contains("propcare_obligations_overdue{office=\"office-d\"} 1.0",
                          "propcare_obligations_due_today{office=\"office-d\"} 1.0",
                          "propcare_complaints_rate_percent{office=\"office-d\"} 1.5",
                          "propcare_projection_lag_events{projection=\"dashboards\"} 0.0",
                          "http_server_requests_seconds_count"));
    }

    @Test
    @Order(3)
    void the_monthly_bulletin_counts_without_names_rooms_or_households_and_the_half_year_finds_recurring_problems() {
        String bulletin = web.get().uri("/api/offices/office-d/bulletins/2026-11").exchange()
                             .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        web.get().uri("/api/offices/office-d/bulletins/2026-11").exchange()
           .expectBody()
           .jsonPath("$.complete").isEqualTo(false)
           .jsonPath("$.publishBy").isEqualTo("2026-12-05")
           .jsonPath("$.received").isEqualTo(3)
           .jsonPath("$.open").isEqualTo(3)
           .jsonPath("$.repeats").isEqualTo(1)
           .jsonPath("$.byCategory[0].category").isEqualTo("PARKING")
           .jsonPath("$.unresolved[*].number").isEqualTo(List.of("2026-c-1", "2026-c-3", "2026-c-2"))
           .jsonPath("$.complaintRate.denominator.count").isEqualTo(200);
        assertThat(bulletin).doesNotContain("\"h-1\"", "\"household\"", "\"householdId\"");
        web.get().uri("/api/offices/office-d/recurring-problems?half=2026-H2").exchange()
           .expectStatus().isOk()
           .expectBody()
           .jsonPath("$.months[0]").isEqualTo("2026-07")
           .jsonPath("$.categories[0].category").isEqualTo("PARKING")
           .jsonPath("$.categories[0].perMonth").isEqualTo(List.of(0, 0, 0, 0, 3, 0))
           .jsonPath("$.categories[0].householdsMoreThanOnce").isEqualTo(1)
           .jsonPath("$.categories[0].recurring").isEqualTo(true);
    }

    @Test
    @Order(3)
    void bad_input_is_a_problem_naming_the_parameter() {
        web.get().uri("/api/offices/no-such-office/dashboard/rates").exchange()
           .expectStatus().isNotFound()
           .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
           .expectBody().jsonPath("$.code").isEqualTo("OFFICE_NOT_FOUND");
        web.get().uri("/api/offices/office-d/dashboard/rates?month=Nov-2026").exchange()
           .expectStatus().isBadRequest()
           .expectBody().jsonPath("$.errors[0].field").isEqualTo("month");
        web.get().uri("/api/offices/office-d/dashboard/pending?limit=100000&withinDays=-1").exchange()
           .expectStatus().isBadRequest()
           .expectBody().jsonPath("$.errors[*].field").isEqualTo(List.of("withinDays", "limit"));
        web.get().uri("/api/offices/office-d/recurring-problems?half=2026-H3").exchange()
           .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("half");
        web.get().uri("/api/offices/office-d/bulletins/last-month").exchange()
           .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("month");
        web.get().uri("/api/offices/no-such-office/dashboard/pending/stream").exchange()
           .expectStatus().isNotFound();
    }

    @Test
    @Order(5)
    void a_subscriber_gets_the_figures_then_fresh_ones_after_a_change_of_its_office() {
        List<ServerSentEvent<PendingWork>> received = web.get().uri("/api/offices/office-d/dashboard/pending/stream")
                .accept(MediaType.TEXT_EVENT_STREAM).exchange()
                .expectStatus().isOk()
                .returnResult(new ParameterizedTypeReference<ServerSentEvent<PendingWork>>() {
                })
                .getResponseBody()
                .filter(event -> event.data() != null)
                .doOnNext(first -> {
                    if ("1".equals(first.id())) {
                        publish("Complaint", "c-2", 1, new FirstReplyGiven(new ComplaintId("c-2"), "noted",
                                                                           at("2026-11-20T09:30"), CLERK, true));
                    }
                })
                .take(2).collectList().block(Duration.ofSeconds(30));

        assertThat(received).extracting(ServerSentEvent::id).containsExactly("1", "2");
        assertThat(received.get(0).data().total().dueToday()).isEqualTo(1);
        assertThat(received.get(1).data().total().dueToday()).isZero();
        assertThat(received.get(1).data().total().open()).isEqualTo(3);
    }

    @Test
    @Order(4)
    void a_rebuild_replays_into_the_standby_copy_and_serves_exactly_the_same_figures() {
        String ratesBefore = body("/api/offices/office-d/dashboard/rates?month=2026-11");
        String companyBefore = body("/api/dashboard?month=2026-11");
        String liveBefore = web.get().uri("/api/admin/projections/dashboards").exchange().expectStatus().isOk()
                               .expectBody(ProjectionView.class).returnResult().getResponseBody().processor();

        web.post().uri("/api/admin/projections/dashboards/rebuild").exchange().expectStatus().isAccepted();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(
                () -> web.get().uri("/api/admin/projections/dashboards").exchange().expectBody()
                         .jsonPath("$.rebuild.state").isEqualTo("DONE"));
        ProjectionView after = web.get().uri("/api/admin/projections/dashboards").exchange()
                                  .expectBody(ProjectionView.class).returnResult().getResponseBody();
        assertThat(after.processor()).isNotEqualTo(liveBefore);
        assertThat(after.rebuild().processed()).isEqualTo(after.rebuild().total());
        assertThat(body("/api/offices/office-d/dashboard/rates?month=2026-11")).isEqualTo(ratesBefore);
        assertThat(body("/api/dashboard?month=2026-11")).isEqualTo(companyBefore);
        web.post().uri("/api/admin/projections/no-such-model/rebuild").exchange().expectStatus().isNotFound();
    }

    @Test
    @Order(6)
    void another_offices_change_wakes_nobody_here_and_a_survey_return_refreshes_the_satisfaction_feed() {
        List<ServerSentEvent<PendingWork>> pending = web.get().uri("/api/offices/office-d/dashboard/pending/stream")
                .accept(MediaType.TEXT_EVENT_STREAM).exchange()
                .returnResult(new ParameterizedTypeReference<ServerSentEvent<PendingWork>>() {
                })
                .getResponseBody()
                .filter(event -> event.data() != null)
                .doOnNext(first -> {
                    if ("1".equals(first.id())) {
                        publish("Office", "office-e", 0, new OfficeRegistered(
                                new OfficeId("office-e"), "PropCare", "Elsewhere", "cn-mainland", ZONE, NOW,
                                new StaffId("admin")));
                        publish("Complaint", "e-1", 0, new ComplaintRegistered(
                                new ComplaintId("e-1"), new OfficeId("office-e"), new ComplaintNumber("2026-e-1"),
                                ComplaintChannel.PHONE, new HouseholdId("e-h-1"), ComplaintCategory.NOISE_AND_NEIGHBOURS,
                                "noise", NOW, CLERK, null, NOW.plus(Duration.ofDays(1)), null, DEFAULTS));
                        publish("Complaint", "c-4", 0, registered("c-4", at("2026-11-20T09:45"),
                                                                  at("2026-11-20T16:00")));
                    }
                })
                .take(2).collectList().block(Duration.ofSeconds(30));

        assertThat(pending.get(1).data().dueToday()).extracting(PendingWork.Item::ref).contains("c-4");
        assertThat(pending.get(1).data().total().open()).isEqualTo(pending.get(0).data().total().open() + 1);

        Map<SurveyRules.Category, List<Answer>> answers = Map.of(SurveyRules.Category.CLEANING,
                                                                 List.of(Answer.SATISFIED));
        List<ServerSentEvent<SatisfactionOverview>> satisfaction = web.get()
                .uri("/api/offices/office-d/dashboard/satisfaction/stream")
                .accept(MediaType.TEXT_EVENT_STREAM).exchange()
                .returnResult(new ParameterizedTypeReference<ServerSentEvent<SatisfactionOverview>>() {
                })
                .getResponseBody()
                .filter(event -> event.data() != null)
                .doOnNext(first -> {
                    if ("1".equals(first.id())) {
                        SurveyCampaignId campaign = new SurveyCampaignId("office-d:2026-H2");
                        publish("SurveyCampaign", campaign.value(), 0, new SurveyCampaignOpened(
                                campaign, OFFICE, "2026-H2", List.of(SurveyRules.Category.CLEANING),
                                SurveyRules.Surveyed.ALL_OCCUPIED, List.of(new HouseholdId("h-1")), NOW,
                                NOW.plus(Duration.ofDays(14)), NOW.plus(Duration.ofDays(20)),
                                NOW.plus(Duration.ofDays(30)), 60, 5, 80, DEFAULTS, CLERK));
                        publish("SurveyCampaign", campaign.value(), 1, new SurveyReturnRecorded(
                                campaign, OFFICE, "r-1", new HouseholdId("h-1"), answers, null, NOW, CLERK));
                    }
                })
                .filter(event -> "1".equals(event.id()) || event.data().campaigns().stream().anyMatch(
                        campaign -> campaign.statistics().returned() == 1))
                .take(2).collectList().block(Duration.ofSeconds(30));

        assertThat(satisfaction.get(0).data().campaigns()).isEmpty();
        assertThat(satisfaction.get(1).data().trend()).singleElement()
                .satisfies(point -> assertThat(point.returnRatePercent()).isEqualByComparingTo("100"));
        web.get().uri("/api/offices/office-d/dashboard/satisfaction").exchange()
           .expectStatus().isOk()
           .expectBody().jsonPath("$.campaigns[0].statistics.categories[0].ratePercent").isEqualTo(100.0);
    }

    record ProjectionView(String name, String processor, Progress rebuild) {
        record Progress(String state, long processed, long total) {
        }
    }

    private String body(String uri) {
        return web.get().uri(uri).exchange().expectStatus().isOk().expectBody(String.class).returnResult()
                  .getResponseBody();
    }

    private static Instant at(String localTime) {
        return LocalDateTime.parse(localTime).atZone(ZONE).toInstant();
    }

    private static ComplaintRegistered registered(String id, Instant receivedAt, Instant firstReplyDue) {
        return new ComplaintRegistered(new ComplaintId(id), OFFICE, new ComplaintNumber("2026-" + id),
                                       ComplaintChannel.PHONE, new HouseholdId("h-1"), ComplaintCategory.PARKING,
                                       "parking", receivedAt, CLERK, null, firstReplyDue, null, DEFAULTS);
    }

    private static CallbackScheduled scheduled(String id, Instant due) {
        return new CallbackScheduled(new CallbackId(id), OFFICE, new KindCode("COMPLAINT"),
                                     new Subject(SubjectType.COMPLAINT, "c-1"), new HouseholdId("h-1"), due,
                                     List.of(StaffRole.CUSTOMER_SERVICE_SUPERVISOR), null, null, false,
                                     Set.of(CallbackMethod.PHONE), false, 3, null, "result reported", DEFAULTS,
                                     due.minus(Duration.ofDays(3)));
    }

    private void publish(String type, String aggregate, long sequence, Object event) {
        events.publish(new GenericDomainEventMessage<>(type, aggregate, sequence, event, MetaData.emptyInstance(),
                                                       UUID.randomUUID().toString(), NOW));
    }
}
