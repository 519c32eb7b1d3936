package com.propcare.query.survey;

import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;
import com.propcare.events.PolicyVersion;
import com.propcare.events.StaffId;
import com.propcare.events.policy.SurveyRules.Category;
import com.propcare.events.policy.SurveyRules;
import com.propcare.events.survey.Answer;
import com.propcare.events.survey.RectificationPlanned;
import com.propcare.events.survey.SurveyCampaignClosed;
import com.propcare.events.survey.SurveyCampaignId;
import com.propcare.events.survey.SurveyCampaignOpened;
import com.propcare.events.survey.SurveyReturnCorrected;
import com.propcare.events.survey.SurveyReturnRecorded;
import com.propcare.eventstore.TestMongo;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import static com.propcare.events.policy.SurveyRules.Category.CLEANING;
import static com.propcare.events.policy.SurveyRules.Category.GREENING;
import static com.propcare.events.survey.Answer.NOT_SATISFIED;
import static com.propcare.events.survey.Answer.SATISFIED;
import static org.assertj.core.api.Assertions.assertThat;

/** The campaign view feeds the report: corrections count, replays and redeliveries give the same report. */
class SurveyViewProjectionTest {

    private static final SurveyCampaignId CAMPAIGN = new SurveyCampaignId("office-1:2026-H2");
    private static final OfficeId OFFICE = new OfficeId("office-1");
    private static final StaffId CLERK = new StaffId("clerk-1");
    private static final Instant AT = Instant.parse("2026-12-01T02:00:00Z");

    private final TestMongo mongo = new TestMongo();
    private final SurveyViews views = new SurveyViews(mongo.database("survey-views-test"));
    private final SurveyQueries queries = new SurveyQueries(views, Clock.fixed(AT, ZoneOffset.UTC));
    private final SurveyViewProjection projection = new SurveyViewProjection(
            views, new SatisfactionUpdates(SimpleQueryUpdateEmitter.builder().build(), queries));

    @AfterEach
    void close() {
        mongo.close();
    }

    private static SurveyCampaignOpened opened(int distributed) {
        List<HouseholdId> households = IntStream.range(0, distributed).mapToObj(i -> new HouseholdId("h-" + i))
                                                .toList();
        return new SurveyCampaignOpened(CAMPAIGN, OFFICE, "2026-H2", List.of(CLEANING, GREENING),
                                        SurveyRules.Surveyed.ALL_OCCUPIED, households, AT, AT.plusSeconds(86400 * 21L),
                                        AT.plusSeconds(86400 * 42L), AT.plusSeconds(86400 * 42L), 60, 5, 80,
                                        new PolicyVersion("office-1:default"), CLERK);
    }

    private static SurveyReturnRecorded returned(int i, Answer cleaning) {
        return new SurveyReturnRecorded(CAMPAIGN, OFFICE, "r-" + i, new HouseholdId("h-" + i),
                                        Map.of(CLEANING, List.of(cleaning), GREENING, List.of(SATISFIED)),
                                        i == 0 ? "Clean the stairs more often" : i == 1 ? "Lamps too dim" : null,
                                        AT.plusSeconds(i), CLERK);
    }

    /** 20 distributed, 11 returned (55 %); cleaning 1 of 11 not satisfied after one correction. */
    private List<Consumer<SurveyViewProjection>> history() {
        List<Consumer<SurveyViewProjection>> events = new ArrayList<>();
        events.add(p -> p.on(opened(20), 0));
        for (int i = 0; i < 11; i++) {
            int n = i;
            events.add(p -> p.on(returned(n, n < 2 ? NOT_SATISFIED : SATISFIED), n + 1));
        }
        events.add(p -> p.on(new SurveyReturnCorrected(CAMPAIGN, OFFICE, "r-1",
                                                       Map.of(CLEANING, List.of(SATISFIED), GREENING, List.of()),
                                                       null, AT.plusSeconds(600), CLERK), 12));
        events.add(p -> p.on(new SurveyCampaignClosed(CAMPAIGN, OFFICE, 20, 11, "collection window ended",
                                                      AT.plusSeconds(86400 * 21L)), 13));
        events.add(p -> p.on(new RectificationPlanned(CAMPAIGN, OFFICE, "rect-1", CLEANING, "Short-staffed",
                                                      "Hire a cleaner", new StaffId("lead-1"), null,
                                                      AT.plusSeconds(86400 * 50L),
                                                      new PolicyVersion("office-1:default"),
                                                      AT.plusSeconds(86400 * 22L), CLERK), 14));
        return events;
    }

    @Test
    void the_report_counts_the_latest_answers_and_applies_the_penalty() {
        history().forEach(event -> event.accept(projection));

        SurveyReport report = queries.report(CAMPAIGN.value()).orElseThrow();

        SurveyStatistics.Result statistics = report.statistics();
        assertThat(statistics.distributed()).isEqualTo(20);
        assertThat(statistics.returned()).isEqualTo(11);
        assertThat(statistics.returnRatePercent()).isEqualByComparingTo("55.00");
        assertThat(statistics.categories().get(0).counts().notSatisfied()).isEqualTo(1);
        assertThat(statistics.categories().get(1).counts().abstentions()).isEqualTo(1);
        assertThat(statistics.penaltyPoints()).isEqualByComparingTo("25.00");
        assertThat(statistics.mainItems()).containsExactly(Category.CLEANING);
        assertThat(report.opinions()).containsExactly("Lamps too dim", "Clean the stairs more often");
        assertThat(report.rectifications()).singleElement()
                                           .satisfies(item -> assertThat(item.get("status")).isEqualTo("PLANNED"));
        assertThat(SurveyReportHtml.render(report)).contains("55.00 %").contains("CLEANING")
                                                    .doesNotContain("h-0");
    }

    @Test
    void a_report_recomputed_after_a_replay_or_a_redelivery_equals_the_live_one() {
        history().forEach(event -> event.accept(projection));
        SurveyReport live = queries.report(CAMPAIGN.value()).orElseThrow();

        history().forEach(event -> event.accept(projection));
        assertThat(queries.report(CAMPAIGN.value()).orElseThrow()).isEqualTo(live);

        projection.on(returned(1, NOT_SATISFIED), 2);
        assertThat(queries.report(CAMPAIGN.value()).orElseThrow()).isEqualTo(live);

        projection.reset();
        assertThat(queries.report(CAMPAIGN.value())).isEmpty();
        history().forEach(event -> event.accept(projection));
        assertThat(queries.report(CAMPAIGN.value()).orElseThrow()).isEqualTo(live);
        assertThat(queries.trend("office-1")).containsExactly(live);
    }
}
