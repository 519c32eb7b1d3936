package com.propcare.benchmarks;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;
import com.propcare.events.PolicyVersion;
import com.propcare.events.StaffId;
import com.propcare.events.policy.RegulationDefaults;
import com.propcare.events.policy.SurveyRules.Category;
import com.propcare.events.policy.SurveyRules;
import com.propcare.events.survey.Answer;
import com.propcare.events.survey.SurveyCampaignId;
import com.propcare.events.survey.SurveyCampaignOpened;
import com.propcare.events.survey.SurveyReturnRecorded;
import com.propcare.eventstore.EmbeddedMongoServer;
import com.propcare.query.survey.SatisfactionUpdates;
import com.propcare.query.survey.SurveyQueries;
import com.propcare.query.survey.SurveyReport;
import com.propcare.query.survey.SurveyViewProjection;
import com.propcare.query.survey.SurveyViews;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * A campaign over 5,000 households with 3,000 returns (issue 6): how long its report takes, from reading the
 * campaign's document to the figures, Pareto and opinions, on the embedded store or {@code MONGODB_URI}.
 * <p>Usage: {@code SurveyReportBenchmark [quick|full]}.
 */
public final class SurveyReportBenchmark {

    private static final int DISTRIBUTED = 5_000;
    private static final int RETURNED = 3_000;

    private SurveyReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        boolean full = args.length > 0 && args[0].equals("full");
        int rounds = full ? 7 : 5;
        int perRound = full ? 20 : 10;
        String uri = System.getenv("MONGODB_URI");
        EmbeddedMongoServer server = uri == null ? EmbeddedMongoServer.inMemory() : null;
        try (MongoClient client = MongoClients.create(uri == null ? server.connectionString() : uri)) {
            SurveyViews views = new SurveyViews(client.getDatabase("bench_survey_" + System.nanoTime()));
            SurveyQueries queries = new SurveyQueries(views, Clock.systemUTC());
            SurveyViewProjection projection = new SurveyViewProjection(
                    views, new SatisfactionUpdates(SimpleQueryUpdateEmitter.builder().build(), queries));
            SurveyCampaignId campaign = new SurveyCampaignId("office-1:2026-H2");
            long started = System.nanoTime();
            load(projection, campaign);
            double loadSeconds = (System.nanoTime() - started) / 1e9;
            SurveyReport report = queries.report(campaign.value()).orElseThrow();
            List<List<Long>> measured = new ArrayList<>();
            for (int round = 0; round <= rounds; round++) {
                List<Long> times = new ArrayList<>();
                for (int i = 0; i < perRound; i++) {
                    long start = System.nanoTime();
                    queries.report(campaign.value()).orElseThrow();
                    times.add(System.nanoTime() - start);
                }
                if (round > 0) {
                    measured.add(times);
                }
            }
            System.out.printf("propcare survey report benchmark — mode %s, store %s, Java %s, %d cores%n",
                              full ? "full" : "quick", uri == null ? "embedded (memory)" : "MONGODB_URI",
                              System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
            System.out.printf("load: %,d returns projected in %.1f s; return rate %s %%, final rate %s %%%n",
                              RETURNED, loadSeconds, report.statistics().returnRatePercent(),
                              report.statistics().finalRatePercent());
            System.out.printf("%n| operation | time per report |%n|---|---|%n| report of %,d households, %,d returns "
                                      + "(%d rounds of %d after 1 warm-up round) | %s |%n", DISTRIBUTED, RETURNED,
                              rounds, perRound, Stats.ofRounds(measured).format());
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    private static void load(SurveyViewProjection projection, SurveyCampaignId campaign) {
        SurveyRules rules = RegulationDefaults.document().surveys();
        OfficeId office = new OfficeId("office-1");
        StaffId clerk = new StaffId("clerk-1");
        Instant at = Instant.parse("2026-12-01T02:00:00Z");
        List<HouseholdId> households = IntStream.range(0, DISTRIBUTED).mapToObj(i -> new HouseholdId("h-" + i))
                                                .toList();
        projection.on(new SurveyCampaignOpened(campaign, office, "2026-H2", rules.categories(), rules.surveyed(),
                                               households, at, at, at, at, rules.returnRateThresholdPercent(),
                                               rules.penaltyPointsPerPoint(), rules.paretoCumulativePercent(),
                                               new PolicyVersion("office-1:default"), clerk), 0);
        Random random = new Random(7);
        Answer[] answers = Answer.values();
        for (int i = 0; i < RETURNED; i++) {
            Map<Category, List<Answer>> ticks = new EnumMap<>(Category.class);
            for (Category category : rules.categories()) {
                int roll = random.nextInt(20);
                ticks.put(category, roll == 0 ? List.of() : List.of(answers[roll % answers.length]));
            }
            projection.on(new SurveyReturnRecorded(campaign, office, "r-" + i, households.get(i), ticks,
                                                   i % 10 == 0 ? "opinion " + i : null, at.plusSeconds(i), clerk),
                          i + 1);
        }
    }
}
