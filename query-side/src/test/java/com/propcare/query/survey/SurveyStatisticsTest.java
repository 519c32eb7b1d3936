package com.propcare.query.survey;

import com.propcare.events.policy.SurveyRules.Category;
import com.propcare.events.survey.Answer;
import com.propcare.query.survey.SurveyStatistics.ParetoRow;
import com.propcare.query.survey.SurveyStatistics.Result;
import com.propcare.query.survey.SurveyStatistics.Rules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static com.propcare.events.policy.SurveyRules.Category.CLEANING;
import static com.propcare.events.policy.SurveyRules.Category.GREENING;
import static com.propcare.events.policy.SurveyRules.Category.PUBLIC_FACILITIES;
import static com.propcare.events.policy.SurveyRules.Category.REPAIR_SERVICE;
import static com.propcare.events.policy.SurveyRules.Category.SERVICE_ATTITUDE;
import static com.propcare.events.survey.Answer.BASICALLY_SATISFIED;
import static com.propcare.events.survey.Answer.NOT_SATISFIED;
import static com.propcare.events.survey.Answer.SATISFIED;
import static org.assertj.core.api.Assertions.assertThat;

/** Domain §4 by hand: return rate, the penalty below 60 %, abstentions and the Pareto table. */
class SurveyStatisticsTest {

    private static final Rules RULES = new Rules(60, 5, 80);
    private static final List<Category> ONE = List.of(CLEANING);
    private static final List<Category> FIVE = List.of(CLEANING, GREENING, PUBLIC_FACILITIES, REPAIR_SERVICE,
                                                       SERVICE_ATTITUDE);

    /** {@code returned} questionnaires answering CLEANING, of which the given share is satisfied or basically. */
    private static List<Map<Category, List<Answer>>> returns(int returned, int satisfied) {
        List<Map<Category, List<Answer>>> returns = new ArrayList<>();
        for (int i = 0; i < returned; i++) {
            Answer answer = i < satisfied ? (i % 2 == 0 ? SATISFIED : BASICALLY_SATISFIED) : NOT_SATISFIED;
            returns.add(Map.of(CLEANING, List.of(answer)));
        }
        return returns;
    }

    @ParameterizedTest(name = "{1} of {0} returned, raw {3} % → final {4} % (penalty {5})")
    @CsvSource({
            // distributed, returned, satisfied, raw %, final %, penalty points, return rate %
            "1000, 599, 551, 91.99, 91.49, 0.50, 59.90",
            "1000, 600, 552, 92.00, 92.00, 0.00, 60.00",
            "1000, 550, 506, 92.00, 67.00, 25.00, 55.00",
            "1000, 400, 368, 92.00, 0.00, 100.00, 40.00"
    })
    void the_penalty_is_five_points_for_every_point_of_return_below_sixty_percent(
            int distributed, int returned, int satisfied, String raw, String finalRate, String penalty,
            String returnRate) {
        Result result = SurveyStatistics.compute(distributed, RULES, ONE, returns(returned, satisfied));

        assertThat(result.returnRatePercent()).isEqualByComparingTo(returnRate);
        assertThat(result.rawRatePercent()).isEqualByComparingTo(raw);
        assertThat(result.penaltyPoints()).isEqualByComparingTo(penalty);
        assertThat(result.finalRatePercent()).isEqualByComparingTo(finalRate);
    }

    @Test
    void fifty_five_percent_returned_and_a_raw_rate_of_ninety_two_gives_sixty_seven() {
        Result result = SurveyStatistics.compute(200, RULES, ONE, returns(110, 101));

        assertThat(result.returnRatePercent()).isEqualByComparingTo("55.00");
        assertThat(result.rawRatePercent()).isEqualByComparingTo("91.82");
        assertThat(SurveyStatistics.compute(100, RULES, ONE, returns(55, 50)).rawRatePercent())
                .isEqualByComparingTo("90.91");
        Result exact = SurveyStatistics.compute(1000, RULES, ONE, returns(550, 506));
        assertThat(exact.finalRatePercent()).isEqualByComparingTo("67.00");
    }

    @Test
    void no_returns_give_a_zero_return_rate_and_no_satisfaction_rate() {
        Result result = SurveyStatistics.compute(300, RULES, FIVE, List.of());

        assertThat(result.returned()).isZero();
        assertThat(result.returnRatePercent()).isEqualByComparingTo("0");
        assertThat(result.penaltyPoints()).isEqualByComparingTo("300");
        assertThat(result.rawRatePercent()).isNull();
        assertThat(result.finalRatePercent()).isNull();
        assertThat(result.pareto()).isEmpty();
    }

    @Test
    void a_blank_or_double_ticked_category_is_an_abstention_excluded_from_its_rate_but_the_return_counts() {
        Map<Category, List<Answer>> blank = new EnumMap<>(Category.class);
        blank.put(CLEANING, List.of());
        List<Map<Category, List<Answer>>> returns = List.of(
                Map.of(CLEANING, List.of(SATISFIED)),
                Map.of(CLEANING, List.of(NOT_SATISFIED)),
                blank,
                Map.of(CLEANING, List.of(SATISFIED, NOT_SATISFIED)),
                Map.of());

        Result result = SurveyStatistics.compute(5, RULES, ONE, returns);

        assertThat(result.returned()).isEqualTo(5);
        assertThat(result.returnRatePercent()).isEqualByComparingTo("100");
        assertThat(result.categories().get(0).counts()).isEqualTo(new SurveyStatistics.Counts(1, 0, 1, 3));
        assertThat(result.rawRatePercent()).isEqualByComparingTo("50.00");
    }

    private static List<Map<Category, List<Answer>>> notSatisfied(Map<Category, Integer> counts) {
        List<Map<Category, List<Answer>>> returns = new ArrayList<>();
        counts.forEach((category, count) -> {
            for (int i = 0; i < count; i++) {
                returns.add(Map.of(category, List.of(NOT_SATISFIED)));
            }
        });
        return returns;
    }

    @Test
    void pareto_orders_by_not_satisfied_breaks_ties_in_campaign_order_and_keeps_the_items_within_eighty_percent() {
        Map<Category, Integer> counts = new EnumMap<>(Category.class);
        counts.put(SERVICE_ATTITUDE, 10);
        counts.put(CLEANING, 10);
        counts.put(GREENING, 5);
        counts.put(REPAIR_SERVICE, 5);
        Result result = SurveyStatistics.compute(100, RULES, FIVE, notSatisfied(counts));

        assertThat(result.pareto()).extracting(ParetoRow::category, ParetoRow::notSatisfied,
                                               row -> row.cumulativeSharePercent().toPlainString(), ParetoRow::mainItem)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CLEANING, 10, "33.33", true),
                                 org.assertj.core.groups.Tuple.tuple(SERVICE_ATTITUDE, 10, "66.67", true),
                                 org.assertj.core.groups.Tuple.tuple(GREENING, 5, "83.33", false),
                                 org.assertj.core.groups.Tuple.tuple(REPAIR_SERVICE, 5, "100.00", false));
        assertThat(result.mainItems()).containsExactly(CLEANING, SERVICE_ATTITUDE);
    }

    @Test
    void one_category_above_eighty_percent_is_the_only_main_item_and_always_included() {
        Map<Category, Integer> counts = new EnumMap<>(Category.class);
        counts.put(REPAIR_SERVICE, 9);
        counts.put(GREENING, 1);
        Result result = SurveyStatistics.compute(100, RULES, FIVE, notSatisfied(counts));

        assertThat(result.pareto()).extracting(ParetoRow::category, ParetoRow::sharePercent)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(REPAIR_SERVICE, new BigDecimal("90.00")),
                                 org.assertj.core.groups.Tuple.tuple(GREENING, new BigDecimal("10.00")));
        assertThat(result.mainItems()).containsExactly(REPAIR_SERVICE);
    }
}
