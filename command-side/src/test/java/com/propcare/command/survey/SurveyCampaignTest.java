package com.propcare.command.survey;

import java.util.Set;
import com.propcare.command.registry.TestReferences;
import com.propcare.command.policy.OfficeCalendars;
import com.propcare.command.policy.OfficePolicies;
import com.propcare.command.policy.PolicyDefaults;
import com.propcare.command.policy.PolicyInForce;
import com.propcare.command.support.DomainRefusal;
import com.propcare.command.visit.VisitHouseholds;
import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;
import com.propcare.events.PolicyVersion;
import com.propcare.events.StaffId;
import com.propcare.events.policy.Due;
import com.propcare.events.policy.SurveyRules;
import com.propcare.events.policy.SurveyRules.Category;
import com.propcare.events.survey.Answer;
import com.propcare.events.survey.RectificationCompleted;
import com.propcare.events.survey.RectificationPlanned;
import com.propcare.events.survey.RectificationVerified;
import com.propcare.events.survey.SurveyCampaignClosed;
import com.propcare.events.survey.SurveyCampaignId;
import com.propcare.events.survey.SurveyCampaignOpened;
import com.propcare.events.survey.SurveyDeliverable;
import com.propcare.events.survey.SurveyDeliverableDone;
import com.propcare.events.survey.SurveyObligationOverdue;
import com.propcare.events.survey.SurveyReturnCorrected;
import com.propcare.events.survey.SurveyReturnRecorded;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static com.propcare.events.policy.SurveyRules.Category.CLEANING;
import static com.propcare.events.policy.SurveyRules.Category.GREENING;
import static com.propcare.events.survey.Answer.NOT_SATISFIED;
import static com.propcare.events.survey.Answer.SATISFIED;

/** A campaign's rules, given and when and then; every day a working day here, the calendar has its own tests. */
class SurveyCampaignTest {

    private static final SurveyCampaignId CAMPAIGN = new SurveyCampaignId("office-1:2026-H2");
    private static final OfficeId OFFICE = new OfficeId("office-1");
    private static final PolicyVersion POLICY = new PolicyVersion("office-1:default");
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final StaffId CLERK = new StaffId("clerk-1");
    private static final StaffId OWNER = new StaffId("lead-1");
    private static final StaffId DIRECTOR = new StaffId("director-1");
    private static final HouseholdId H1 = new HouseholdId("h-1");
    private static final HouseholdId H2 = new HouseholdId("h-2");
    private static final HouseholdId H3 = new HouseholdId("h-3");
    private static final Instant DISTRIBUTED = Instant.parse("2026-12-01T02:00:00Z");
    private static final Instant CLOSES = DISTRIBUTED.plus(Duration.ofDays(15));
    private static final Instant REPORT_DUE = DISTRIBUTED.plus(Duration.ofDays(30));
    private static final Instant IN_WINDOW = DISTRIBUTED.plus(Duration.ofDays(3));
    private static final List<Category> ASKED = List.of(CLEANING, GREENING);

    private FixtureConfiguration<SurveyCampaign> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(SurveyCampaign.class);
        OfficePolicies policies = (office, at) -> new PolicyInForce(office, POLICY, SHANGHAI,
                                                                    PolicyDefaults.document());
        fixture.registerInjectableResource(policies);
        fixture.registerInjectableResource(TestReferences.of(OFFICE, Set.of(), TestReferences.everyoneAt(OFFICE)));
        fixture.registerInjectableResource(new OfficeCalendars() {
            @Override
            public ZoneId zoneOf(OfficeId office) {
                return SHANGHAI;
            }

            @Override
            public Instant add(OfficeId office, Instant from, Due period) {
                return from.plus(Duration.ofDays(period.amount()));
            }
        });
        fixture.registerInjectableResource(new VisitHouseholds() {
            @Override
            public List<HouseholdId> occupiedKeyResidents(OfficeId office) {
                return List.of();
            }

            @Override
            public List<HouseholdId> occupied(OfficeId office) {
                return List.of(H1, H2, H3);
            }

            @Override
            public List<HouseholdId> occupiedOnePerFloor(OfficeId office) {
                return List.of(H1);
            }

            @Override
            public List<HouseholdId> all(OfficeId office) {
                return List.of(H1, H2, H3, new HouseholdId("h-vacant"));
            }
        });
    }

    private static Matcher<DomainRefusal> refused(String code) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(DomainRefusal refusal) {
                return refusal.code().equals(code);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a refusal with code " + code);
            }
        };
    }

    private static SurveyCampaignOpened opened() {
        SurveyRules rules = PolicyDefaults.document().surveys();
        return new SurveyCampaignOpened(CAMPAIGN, OFFICE, "2026-H2", ASKED, SurveyRules.Surveyed.ALL_OCCUPIED,
                                        List.of(H1, H2, H3), DISTRIBUTED, CLOSES, REPORT_DUE, REPORT_DUE,
                                        rules.returnRateThresholdPercent(), rules.penaltyPointsPerPoint(),
                                        rules.paretoCumulativePercent(), POLICY, CLERK);
    }

    private static SurveyReturnRecorded returned(String returnId, HouseholdId household, Answer cleaning) {
        return new SurveyReturnRecorded(CAMPAIGN, OFFICE, returnId, household, Map.of(CLEANING, List.of(cleaning)),
                                        null, IN_WINDOW, CLERK);
    }

    private static RecordSurveyReturn recordReturn(String returnId, HouseholdId household,
                                                   Map<Category, List<Answer>> answers, Instant receivedAt) {
        return new RecordSurveyReturn(CAMPAIGN, returnId, household, answers, "more benches", receivedAt, receivedAt,
                                      CLERK);
    }

    private static final SurveyCampaignClosed CLOSED = new SurveyCampaignClosed(CAMPAIGN, OFFICE, 3, 2,
                                                                                 "collection window ended", CLOSES);

    @Test
    void a_campaign_goes_to_every_occupied_household_at_distribution_with_its_due_times_from_policy() {
        fixture.givenNoPriorActivity()
               .when(new OpenSurveyCampaign(CAMPAIGN, OFFICE, "2026-H2", ASKED, DISTRIBUTED, CLERK))
               .expectEvents(opened());
    }

    @Test
    void a_period_that_is_no_year_half_quarter_or_month_is_refused() {
        fixture.givenNoPriorActivity()
               .when(new OpenSurveyCampaign(CAMPAIGN, OFFICE, "2026-H3", ASKED, DISTRIBUTED, CLERK))
               .expectNoEvents()
               .expectException(refused(SurveyRefusalCodes.PERIOD_INVALID));
    }

    @Test
    void blank_and_double_ticked_categories_and_anonymous_returns_are_accepted() {
        Map<Category, List<Answer>> answers = Map.of(CLEANING, List.of(), GREENING, List.of(SATISFIED, NOT_SATISFIED));
        fixture.given(opened())
               .when(recordReturn("r-1", null, answers, IN_WINDOW))
               .expectEvents(new SurveyReturnRecorded(CAMPAIGN, OFFICE, "r-1", null, answers, "more benches",
                                                      IN_WINDOW, CLERK));
    }

    @Test
    void a_second_return_of_a_household_is_refused_naming_the_return_to_correct() {
        fixture.given(opened(), returned("r-1", H1, SATISFIED))
               .when(recordReturn("r-2", H1, Map.of(CLEANING, List.of(NOT_SATISFIED)), IN_WINDOW))
               .expectNoEvents()
               .expectException(refused(SurveyRefusalCodes.DUPLICATE_RETURN));
    }

    @Test
    void a_late_return_and_a_household_without_a_questionnaire_are_refused() {
        fixture.given(opened())
               .when(recordReturn("r-1", H1, Map.of(), CLOSES.plusSeconds(1)))
               .expectNoEvents()
               .expectException(refused(SurveyRefusalCodes.CLOSED));
        fixture.given(opened())
               .when(recordReturn("r-1", new HouseholdId("h-elsewhere"), Map.of(), IN_WINDOW))
               .expectNoEvents()
               .expectException(refused(SurveyRefusalCodes.NOT_DISTRIBUTED));
        fixture.given(opened(), CLOSED)
               .when(recordReturn("r-3", H3, Map.of(), IN_WINDOW))
               .expectNoEvents()
               .expectException(refused(SurveyRefusalCodes.CLOSED));
    }

    @Test
    void a_household_corrects_its_return_within_the_window() {
        Map<Category, List<Answer>> corrected = Map.of(CLEANING, List.of(SATISFIED));
        fixture.given(opened(), returned("r-1", H1, NOT_SATISFIED))
               .when(new CorrectSurveyReturn(CAMPAIGN, "r-1", corrected, null, IN_WINDOW.plusSeconds(60), CLERK))
               .expectEvents(new SurveyReturnCorrected(CAMPAIGN, OFFICE, "r-1", corrected, null,
                                                       IN_WINDOW.plusSeconds(60), CLERK));
    }

    @Test
    void the_window_closes_collection_once_and_not_before_its_end() {
        fixture.given(opened(), returned("r-1", H1, SATISFIED), returned("r-2", H2, NOT_SATISFIED))
               .when(new CloseSurveyCollection(CAMPAIGN, CLOSES.minusSeconds(1)))
               .expectNoEvents();
        fixture.given(opened(), returned("r-1", H1, SATISFIED), returned("r-2", H2, NOT_SATISFIED))
               .when(new CloseSurveyCollection(CAMPAIGN, CLOSES.plusSeconds(30)))
               .expectEvents(CLOSED);
        fixture.given(opened(), CLOSED)
               .when(new CloseSurveyCollection(CAMPAIGN, CLOSES.plusSeconds(60)))
               .expectNoEvents();
    }

    @Test
    void the_report_is_recorded_once_late_as_late_and_an_obligation_falls_overdue_once() {
        fixture.given(opened())
               .when(new RecordSurveyDeliverable(CAMPAIGN, SurveyDeliverable.REPORT, "notice board",
                                                 REPORT_DUE.plusSeconds(1), DIRECTOR))
               .expectEvents(new SurveyDeliverableDone(CAMPAIGN, OFFICE, SurveyDeliverable.REPORT, "notice board",
                                                       REPORT_DUE.plusSeconds(1), DIRECTOR, false));
        fixture.given(opened(), new SurveyObligationOverdue(CAMPAIGN, OFFICE, "REPORT", REPORT_DUE,
                                                            REPORT_DUE.plusSeconds(5)))
               .when(new MarkSurveyObligationOverdue(CAMPAIGN, "REPORT", REPORT_DUE.plusSeconds(60)))
               .expectNoEvents();
    }

    @Test
    void rectifications_are_planned_after_collection_verified_by_someone_else_and_name_the_unsatisfied() {
        Instant at = CLOSES.plus(Duration.ofDays(1));
        RectificationPlanned planned = new RectificationPlanned(CAMPAIGN, OFFICE, "rect-1", CLEANING,
                                                                "Cleaners short-staffed", "Hire two cleaners",
                                                                OWNER, null, at.plus(Duration.ofDays(30)), POLICY,
                                                                at, DIRECTOR);
        fixture.given(opened())
               .when(new PlanRectification(CAMPAIGN, "rect-1", CLEANING, "x", "y", OWNER, null, null, at,
                                           DIRECTOR))
               .expectException(refused(SurveyRefusalCodes.STILL_COLLECTING));
        fixture.given(opened(), returned("r-1", H1, SATISFIED), returned("r-2", H2, NOT_SATISFIED), CLOSED)
               .when(new PlanRectification(CAMPAIGN, "rect-1", CLEANING, "Cleaners short-staffed",
                                           "Hire two cleaners", OWNER, null, null, at, DIRECTOR))
               .expectEvents(planned);
        RectificationCompleted completed = new RectificationCompleted(CAMPAIGN, OFFICE, "rect-1", "Hired",
                                                                      at.plus(Duration.ofDays(5)), OWNER, true);
        fixture.given(opened(), returned("r-1", H1, SATISFIED), returned("r-2", H2, NOT_SATISFIED), CLOSED, planned,
                      completed)
               .when(new VerifyRectification(CAMPAIGN, "rect-1", true, "Checked", at.plus(Duration.ofDays(6)),
                                             OWNER))
               .expectException(refused(SurveyRefusalCodes.VERIFIER_IS_OWNER));
        fixture.given(opened(), returned("r-1", H1, SATISFIED), returned("r-2", H2, NOT_SATISFIED), CLOSED, planned,
                      completed)
               .when(new VerifyRectification(CAMPAIGN, "rect-1", true, "Checked", at.plus(Duration.ofDays(6)),
                                             DIRECTOR))
               .expectEvents(new RectificationVerified(CAMPAIGN, OFFICE, "rect-1", true, "Checked", List.of(H2),
                                                       at.plus(Duration.ofDays(6)), DIRECTOR));
    }
}
