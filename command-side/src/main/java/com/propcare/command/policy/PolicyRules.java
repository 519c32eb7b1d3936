package com.propcare.command.policy;

import com.propcare.events.policy.CallbackKind;
import com.propcare.events.policy.CallbackRules;
import com.propcare.events.policy.ComplaintRules;
import com.propcare.events.policy.Due;
import com.propcare.events.policy.PolicyDocument;
import com.propcare.events.policy.SamplingTable;
import com.propcare.events.policy.SurveyRules;
import com.propcare.events.policy.VisitRules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a policy document must satisfy before it can be adopted; every broken rule is reported with the field it is
 * about (e.g. {@code document.callbacks.sampling.bands[2].from}) and a rule name:
 * <ul>
 *   <li>{@code Required}: a value, section, list or callback kind is missing;</li>
 *   <li>{@code Positive}: a due period, count or length is zero or negative;</li>
 *   <li>{@code Percent}: a rate or share lies outside 0–100 %;</li>
 *   <li>{@code StartsAtOne}, {@code Gap}, {@code Overlap}, {@code EndsOpen}, {@code OnlyLastOpen},
 *       {@code FromNotAboveTo}: bands of the sampling table or the visit quota must start at 1, follow each other
 *       without gap or overlap, and end with one open band;</li>
 *   <li>{@code Unique}: a role, performer or category is listed twice;</li>
 *   <li>{@code SumsTo100}: role shares read as a division must add up to 100 %;</li>
 *   <li>{@code MinNotAboveMax}, {@code WithinNotAfterAtMost}, {@code Hour}, {@code DayOfMonth},
 *       {@code PositiveOrZero}: the remaining ranges.</li>
 * </ul>
 */
final class PolicyRules {

    private static final int PERCENT_MAX = 100;
    private static final int HOURS_PER_DAY = 24;
    /** A monthly summary day exists in every month. */
    private static final int LAST_DAY_IN_EVERY_MONTH = 28;

    private final List<Violation> violations = new ArrayList<>();

    private PolicyRules() {
    }

    /** A broken rule: which field, which rule, in words. */
    record Violation(String field, String rule, String message) {
        Map<String, Object> asMap() {
            return Map.of("field", field, "rule", rule, "message", message);
        }
    }

    static List<Violation> violations(PolicyDocument document, String field) {
        PolicyRules rules = new PolicyRules();
        if (rules.present(field, document)) {
            rules.complaints(field + ".complaints", document.complaints());
            rules.callbacks(field + ".callbacks", document.callbacks());
            rules.visits(field + ".visits", document.visits());
            rules.surveys(field + ".surveys", document.surveys());
        }
        return List.copyOf(rules.violations);
    }

    private void complaints(String field, ComplaintRules rules) {
        if (!present(field, rules)) {
            return;
        }
        due(field + ".firstReply", rules.firstReply());
        due(field + ".remedyAnswer", rules.remedyAnswer());
        due(field + ".generalAnswer", rules.generalAnswer());
        due(field + ".repeatSpecialMeasures", rules.repeatSpecialMeasures());
        positive(field + ".repeatWindowDays", rules.repeatWindowDays());
        due(field + ".dispatchDefault", rules.dispatchDefault());
        due(field + ".opinionAnswer", rules.opinionAnswer());
        positive(field + ".summaryMaxLength", rules.summaryMaxLength());
        present(field + ".intakeDesk", rules.intakeDesk());
        BigDecimal target = rules.complaintRateTargetPercent();
        if (present(field + ".complaintRateTargetPercent", target)
                && (target.signum() <= 0 || target.compareTo(BigDecimal.valueOf(100)) > 0)) {
            add(field + ".complaintRateTargetPercent", "Percent", "must be more than 0 and at most 100");
        }
        if (rules.monthlyBulletinDay() < 1 || rules.monthlyBulletinDay() > LAST_DAY_IN_EVERY_MONTH) {
            add(field + ".monthlyBulletinDay", "DayOfMonth", "must be a day from 1 to " + LAST_DAY_IN_EVERY_MONTH);
        }
    }

    private void callbacks(String field, CallbackRules rules) {
        if (!present(field, rules)) {
            return;
        }
        if (present(field + ".kinds", rules.kinds())) {
            for (CallbackKind kind : CallbackKind.values()) {
                kind(field + ".kinds." + kind.name(), rules.kinds().get(kind));
            }
        }
        sampling(field + ".sampling", rules.sampling());
        present(field + ".repairCounting", rules.repairCounting());
        roleShares(field, rules);
        percent(field + ".smallRepairMonthlySharePercent", rules.smallRepairMonthlySharePercent());
        present(field + ".specialServices", rules.specialServices());
        present(field + ".complaintAssignment", rules.complaintAssignment());
        present(field + ".signatures", rules.signatures());
        positive(field + ".problemNoticeHours", rules.problemNoticeHours());
        if (rules.latestInPersonHour() < 1 || rules.latestInPersonHour() > HOURS_PER_DAY) {
            add(field + ".latestInPersonHour", "Hour", "must be an hour of the day from 1 to " + HOURS_PER_DAY);
        }
        positive(field + ".recordRetentionYears", rules.recordRetentionYears());
    }

    private void kind(String field, CallbackRules.KindRule rule) {
        if (!present(field, rule)) {
            return;
        }
        due(field + ".due", rule.due());
        if (present(field + ".performers", rule.performers())) {
            if (rule.performers().isEmpty()) {
                add(field + ".performers", "Required", "must name at least one role");
            }
            unique(field + ".performers", rule.performers());
        }
        if (rule.targetRatePercent() != null) {
            percent(field + ".targetRatePercent", rule.targetRatePercent());
        }
    }

    private void sampling(String field, SamplingTable table) {
        if (!present(field, table)) {
            return;
        }
        present(field + ".rounding", table.rounding());
        if (!present(field + ".bands", table.bands()) || !nonEmpty(field + ".bands", table.bands())) {
            return;
        }
        List<Range> ranges = new ArrayList<>();
        for (int i = 0; i < table.bands().size(); i++) {
            SamplingTable.Band band = table.bands().get(i);
            String at = field + ".bands[" + i + "]";
            if (present(at + ".sample", band.sample())) {
                positive(at + ".amount", band.amount());
                if (band.sample() == SamplingTable.SampleKind.PERCENT) {
                    percent(at + ".amount", band.amount());
                }
            }
            ranges.add(new Range(band.from(), band.to()));
        }
        bands(field + ".bands", ranges);
    }

    private void roleShares(String field, CallbackRules rules) {
        present(field + ".roleShareReading", rules.roleShareReading());
        if (!present(field + ".roleShares", rules.roleShares()) || !nonEmpty(field + ".roleShares", rules.roleShares())) {
            return;
        }
        int total = 0;
        List<Object> roles = new ArrayList<>();
        for (int i = 0; i < rules.roleShares().size(); i++) {
            CallbackRules.RoleShare share = rules.roleShares().get(i);
            String at = field + ".roleShares[" + i + "]";
            present(at + ".role", share.role());
            percent(at + ".percent", share.percent());
            roles.add(share.role());
            total += share.percent();
        }
        unique(field + ".roleShares", roles);
        if (rules.roleShareReading() == CallbackRules.RoleShareReading.DIVISION && total != PERCENT_MAX) {
            add(field + ".roleShares", "SumsTo100", "divide all repair callbacks, so they must add up to 100 %, not "
                    + total + " %");
        }
    }

    private void visits(String field, VisitRules rules) {
        if (!present(field, rules)) {
            return;
        }
        due(field + ".newOwnerVisitWithin", rules.newOwnerVisitWithin());
        due(field + ".newOwnerVisitAtMost", rules.newOwnerVisitAtMost());
        if (rules.newOwnerVisitWithin() != null && rules.newOwnerVisitAtMost() != null
                && rules.newOwnerVisitWithin().unit() == rules.newOwnerVisitAtMost().unit()
                && rules.newOwnerVisitWithin().amount() > rules.newOwnerVisitAtMost().amount()) {
            add(field + ".newOwnerVisitWithin", "WithinNotAfterAtMost", "must not be later than newOwnerVisitAtMost");
        }
        percent(field + ".massMoveInSamplePercent", rules.massMoveInSamplePercent());
        positive(field + ".directorVisitsPerMonthMin", rules.directorVisitsPerMonthMin());
        positive(field + ".directorVisitsPerMonthMax", rules.directorVisitsPerMonthMax());
        if (rules.directorVisitsPerMonthMin() > rules.directorVisitsPerMonthMax()) {
            add(field + ".directorVisitsPerMonthMin", "MinNotAboveMax", "must not be above directorVisitsPerMonthMax");
        }
        quota(field + ".supervisorMonthlyShare", rules.supervisorMonthlyShare());
        percent(field + ".annualCoveragePercent", rules.annualCoveragePercent());
        positive(field + ".directorHouseholdVisitsPerYear", rules.directorHouseholdVisitsPerYear());
        if (rules.monthlySummaryDay() < 1 || rules.monthlySummaryDay() > LAST_DAY_IN_EVERY_MONTH) {
            add(field + ".monthlySummaryDay", "DayOfMonth", "must be a day from 1 to " + LAST_DAY_IN_EVERY_MONTH
                    + ", which every month has");
        }
        positive(field + ".buildingCaptainMeetingEveryMonths", rules.buildingCaptainMeetingEveryMonths());
    }

    private void quota(String field, List<VisitRules.QuotaBand> quota) {
        if (!present(field, quota) || !nonEmpty(field, quota)) {
            return;
        }
        List<Range> ranges = new ArrayList<>();
        for (int i = 0; i < quota.size(); i++) {
            VisitRules.QuotaBand band = quota.get(i);
            percent(field + "[" + i + "].percent", band.percent());
            ranges.add(new Range(band.from(), band.to()));
        }
        bands(field, ranges);
    }

    private void surveys(String field, SurveyRules rules) {
        if (!present(field, rules)) {
            return;
        }
        present(field + ".frequency", rules.frequency());
        present(field + ".surveyed", rules.surveyed());
        due(field + ".collectionWindow", rules.collectionWindow());
        percent(field + ".returnRateThresholdPercent", rules.returnRateThresholdPercent());
        if (rules.penaltyPointsPerPoint() < 0) {
            add(field + ".penaltyPointsPerPoint", "PositiveOrZero", "must not be negative");
        }
        percent(field + ".paretoCumulativePercent", rules.paretoCumulativePercent());
        due(field + ".reportWithin", rules.reportWithin());
        due(field + ".improvementsPostedWithin", rules.improvementsPostedWithin());
        if (present(field + ".categories", rules.categories()) && nonEmpty(field + ".categories", rules.categories())) {
            unique(field + ".categories", rules.categories());
        }
    }

    /** A band's numbers; {@code to} is null for an open band. */
    private record Range(int from, Integer to) {
    }

    /** Bands start at 1, follow each other without gap or overlap, and only the last one is open. */
    private void bands(String field, List<Range> ranges) {
        if (ranges.get(0).from() != 1) {
            add(field + "[0].from", "StartsAtOne", "the first band must start at 1, not " + ranges.get(0).from());
        }
        for (int i = 0; i < ranges.size(); i++) {
            Range range = ranges.get(i);
            boolean last = i == ranges.size() - 1;
            if (range.to() == null && !last) {
                add(field + "[" + i + "].to", "OnlyLastOpen", "only the last band may be open; this one needs an end");
                return;
            }
            if (range.to() != null && last) {
                add(field + "[" + i + "].to", "EndsOpen", "the last band must be open (no to), so that every number "
                        + "above " + range.to() + " has a band");
            }
            if (range.to() != null && range.to() < range.from()) {
                add(field + "[" + i + "].to", "FromNotAboveTo", "ends at " + range.to() + " before it starts at "
                        + range.from());
            }
            if (i > 0 && ranges.get(i - 1).to() != null) {
                int expected = ranges.get(i - 1).to() + 1;
                if (range.from() > expected) {
                    add(field + "[" + i + "].from", "Gap", "starts at " + range.from() + ", leaving " + expected
                            + (range.from() - 1 == expected ? "" : "–" + (range.from() - 1)) + " without a band");
                } else if (range.from() < expected) {
                    add(field + "[" + i + "].from", "Overlap", "starts at " + range.from()
                            + ", inside the band before, which ends at " + (expected - 1));
                }
            }
        }
    }

    private void due(String field, Due due) {
        if (present(field, due) && present(field + ".unit", due.unit())) {
            positive(field + ".amount", due.amount());
        }
    }

    private void positive(String field, int value) {
        if (value <= 0) {
            add(field, "Positive", "must be more than 0, not " + value);
        }
    }

    private void percent(String field, int value) {
        if (value < 0 || value > PERCENT_MAX) {
            add(field, "Percent", "must be 0 to " + PERCENT_MAX + " %, not " + value);
        }
    }

    private boolean nonEmpty(String field, List<?> values) {
        if (values.isEmpty()) {
            add(field, "Required", "must not be empty");
            return false;
        }
        return true;
    }

    private void unique(String field, List<?> values) {
        Set<Object> seen = new HashSet<>();
        for (Object value : values) {
            if (value != null && !seen.add(value)) {
                add(field, "Unique", "lists " + value + " twice");
            }
        }
    }

    private boolean present(String field, Object value) {
        if (value == null || value instanceof List<?> list && list.stream().anyMatch(Objects::isNull)) {
            add(field, "Required", value == null ? "is required" : "must not contain empty entries");
            return false;
        }
        return true;
    }

    private void add(String field, String rule, String message) {
        violations.add(new Violation(field, rule, message));
    }
}
