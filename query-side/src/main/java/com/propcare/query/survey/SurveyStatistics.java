package com.propcare.query.survey;

import com.propcare.events.policy.SurveyRules.Category;
import com.propcare.events.survey.Answer;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The survey arithmetic of domain §4, pure so that it can be checked by hand.
 * <ul>
 *   <li>Return rate = returned / distributed.</li>
 *   <li>Per category: one tick is satisfied, basically satisfied or not satisfied; no tick or two and more is an
 *       abstention and counts nowhere else. Raw rate = (S + B) / (S + B + N); overall, the counts of all
 *       categories are summed first. No answers: no rate (null).</li>
 *   <li>Penalty: {@code penaltyPointsPerPoint} percentage points for every percentage point of return below the
 *       threshold, linear (59.9 % returned with a 60 % threshold costs 0.5 points), never below 0 %. Everything is
 *       computed exactly; only the figures shown are rounded, half up to two decimals of a percent. Example:
 *       55 % returned, raw 92 % → 92 − 5 × 5 = 67 %.</li>
 *   <li>Pareto (关键的少数): categories with at least one "not satisfied", most first (ties in the campaign's
 *       category order), with share and cumulative share of all "not satisfied"; the main improvement items are
 *       those whose cumulative share is within the Pareto percentage, the first always included.</li>
 * </ul>
 */
public final class SurveyStatistics {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final MathContext EXACT_ENOUGH = MathContext.DECIMAL64;

    private SurveyStatistics() {
    }

    /** The rules a campaign was opened under. */
    public record Rules(int returnRateThresholdPercent, int penaltyPointsPerPoint, int paretoCumulativePercent) {
    }

    /** The counts of one category, or of all together. */
    public record Counts(int satisfied, int basicallySatisfied, int notSatisfied, int abstentions) {

        static final Counts NONE = new Counts(0, 0, 0, 0);

        Counts plus(Counts other) {
            return new Counts(satisfied + other.satisfied, basicallySatisfied + other.basicallySatisfied,
                              notSatisfied + other.notSatisfied, abstentions + other.abstentions);
        }

        int answered() {
            return satisfied + basicallySatisfied + notSatisfied;
        }

        /** Exact percentage of satisfied and basically satisfied among the answers; null without answers. */
        BigDecimal rate() {
            return answered() == 0 ? null
                    : HUNDRED.multiply(BigDecimal.valueOf(satisfied + basicallySatisfied))
                             .divide(BigDecimal.valueOf(answered()), EXACT_ENOUGH);
        }
    }

    /** A category's counts and its (raw) satisfaction rate in percent, rounded for display. */
    public record CategoryRate(Category category, Counts counts, BigDecimal ratePercent) {
    }

    /** One row of the Pareto table; shares in percent, rounded for display. */
    public record ParetoRow(Category category, int notSatisfied, BigDecimal sharePercent,
                            BigDecimal cumulativeSharePercent, boolean mainItem) {
    }

    /**
     * The figures of a campaign. Rates are percentages rounded half up to two decimals; {@code rawRatePercent} and
     * {@code finalRatePercent} are null when no category was answered at all.
     */
    public record Result(int distributed, int returned, BigDecimal returnRatePercent, Counts overall,
                         BigDecimal rawRatePercent, BigDecimal penaltyPoints, BigDecimal finalRatePercent,
                         List<CategoryRate> categories, List<ParetoRow> pareto) {

        public List<Category> mainItems() {
            return pareto.stream().filter(ParetoRow::mainItem).map(ParetoRow::category).toList();
        }
    }

    /**
     * @param categories the campaign's categories, in its order
     * @param returns    the latest answers of every return (a correction replaces its return's answers)
     */
    public static Result compute(int distributed, Rules rules, List<Category> categories,
                                 List<Map<Category, List<Answer>>> returns) {
        Map<Category, Counts> byCategory = new EnumMap<>(Category.class);
        categories.forEach(category -> byCategory.put(category, Counts.NONE));
        for (Map<Category, List<Answer>> answers : returns) {
            for (Category category : categories) {
                byCategory.merge(category, count(answers.get(category)), Counts::plus);
            }
        }
        Counts overall = byCategory.values().stream().reduce(Counts.NONE, Counts::plus);

        BigDecimal returnRate = distributed == 0 ? BigDecimal.ZERO
                : HUNDRED.multiply(BigDecimal.valueOf(returns.size()))
                         .divide(BigDecimal.valueOf(distributed), EXACT_ENOUGH);
        BigDecimal shortfall = BigDecimal.valueOf(rules.returnRateThresholdPercent()).subtract(returnRate)
                                         .max(BigDecimal.ZERO);
        BigDecimal penalty = shortfall.multiply(BigDecimal.valueOf(rules.penaltyPointsPerPoint()));
        BigDecimal raw = overall.rate();
        BigDecimal finalRate = raw == null ? null : raw.subtract(penalty).max(BigDecimal.ZERO);

        List<CategoryRate> rates = categories.stream()
                .map(category -> new CategoryRate(category, byCategory.get(category),
                                                  shown(byCategory.get(category).rate())))
                .toList();
        return new Result(distributed, returns.size(), shown(returnRate), overall, shown(raw), shown(penalty),
                          shown(finalRate), rates, pareto(categories, byCategory, rules.paretoCumulativePercent()));
    }

    private static Counts count(List<Answer> ticks) {
        if (ticks == null || ticks.size() != 1) {
            return new Counts(0, 0, 0, 1);
        }
        return switch (ticks.get(0)) {
            case SATISFIED -> new Counts(1, 0, 0, 0);
            case BASICALLY_SATISFIED -> new Counts(0, 1, 0, 0);
            case NOT_SATISFIED -> new Counts(0, 0, 1, 0);
        };
    }

    private static List<ParetoRow> pareto(List<Category> order, Map<Category, Counts> byCategory,
                                          int cumulativePercent) {
        List<Category> ranked = order.stream().filter(category -> byCategory.get(category).notSatisfied() > 0)
                .sorted(Comparator.comparingInt((Category category) -> byCategory.get(category).notSatisfied())
                                  .reversed()
                                  .thenComparingInt(order::indexOf))
                .toList();
        int total = ranked.stream().mapToInt(category -> byCategory.get(category).notSatisfied()).sum();
        BigDecimal limit = BigDecimal.valueOf(cumulativePercent);
        List<ParetoRow> rows = new ArrayList<>();
        int cumulative = 0;
        for (Category category : ranked) {
            int count = byCategory.get(category).notSatisfied();
            cumulative += count;
            BigDecimal share = percent(count, total);
            BigDecimal cumulativeShare = percent(cumulative, total);
            boolean main = rows.isEmpty() || cumulativeShare.compareTo(limit) <= 0;
            rows.add(new ParetoRow(category, count, shown(share), shown(cumulativeShare), main));
        }
        return rows;
    }

    private static BigDecimal percent(int part, int whole) {
        return HUNDRED.multiply(BigDecimal.valueOf(part)).divide(BigDecimal.valueOf(whole), EXACT_ENOUGH);
    }

    private static BigDecimal shown(BigDecimal percent) {
        return percent == null ? null : percent.setScale(2, RoundingMode.HALF_UP);
    }
}
