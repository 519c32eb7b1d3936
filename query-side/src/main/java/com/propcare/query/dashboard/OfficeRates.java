package com.propcare.query.dashboard;

import com.propcare.query.support.Table;
import com.propcare.query.support.Tabular;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An office's rates for one month (a company's, when {@code officeId} is {@code *}). Callbacks and follow-ups count
 * in the month they are due, complaints in the month they were received, visits in the month they were made.
 *
 * @param policyVersion        whose targets apply: the version in force at the end of the month, or
 *                             {@code <office>:default} for the regulations' defaults
 * @param callbackRates        per kind: performed / scheduled (cancelled ones do not count) and on time / scheduled
 * @param handlingRate         problems raised in callbacks (promised replies, problem notices) that were followed up
 * @param complaintRate        complaints received (invalid ones left out) per registered household
 * @param repeatComplaints     of those complaints, the ones flagged as repeating an earlier one
 * @param monthlyVisitQuota    households given a routine visit this month against the supervisors' quota
 * @param annualVisitCoverage  occupied households visited since January against all occupied households
 */
public record OfficeRates(String officeId, String month, String timeZone, Instant asOf, String policyVersion,
                          List<KindRate> callbackRates, Rate callbackRate, Rate callbacksOnTime, Rate handlingRate,
                          Rate firstReplyOnTime, Rate remedyOnTime, Rate complaintRate, Rate repeatComplaints,
                          Rate monthlyVisitQuota, Rate annualVisitCoverage) implements Tabular {

    /** The rates by name, in the order the dashboard shows them; null where there is none (no quota band). */
    Map<String, Rate> named() {
        Map<String, Rate> named = new LinkedHashMap<>();
        named.put("callbackRate", callbackRate);
        named.put("callbacksOnTime", callbacksOnTime);
        named.put("handlingRate", handlingRate);
        named.put("firstReplyOnTime", firstReplyOnTime);
        named.put("remedyOnTime", remedyOnTime);
        named.put("complaintRate", complaintRate);
        named.put("repeatComplaints", repeatComplaints);
        named.put("monthlyVisitQuota", monthlyVisitQuota);
        named.put("annualVisitCoverage", annualVisitCoverage);
        return named;
    }

    /** One row per rate, then the callback rates of each kind, each with its parts and target. */
    @Override
    public Table table() {
        Table.Builder table = Table.with("rate", "kind", "period", "numerator.name", "numerator.count",
                                         "denominator.name", "denominator.count", "percent", "target.comparison",
                                         "target.percent", "target.met", "target.source");
        named().forEach((name, rate) -> row(table, name, null, rate));
        callbackRates.forEach(kind -> {
            row(table, "callbackRate", kind.kind(), kind.rate());
            row(table, "callbacksOnTime", kind.kind(), kind.onTime());
        });
        return table.build();
    }

    private static void row(Table.Builder table, String name, String kind, Rate rate) {
        if (rate == null) {
            return;
        }
        Rate.Target target = rate.target();
        table.row(name, kind, rate.period(), rate.numerator().name(), rate.numerator().count(),
                  rate.denominator().name(), rate.denominator().count(), rate.percent(),
                  target == null ? null : target.comparison(), target == null ? null : target.percent(),
                  target == null ? null : target.met(), target == null ? null : target.source());
    }

    public record KindRate(String kind, Rate rate, Rate onTime) {
    }
}
