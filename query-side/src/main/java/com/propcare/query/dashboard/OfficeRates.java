package com.propcare.query.dashboard;

import java.time.Instant;
import java.util.List;

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
                          Rate monthlyVisitQuota, Rate annualVisitCoverage) {

    public record KindRate(String kind, Rate rate, Rate onTime) {
    }
}
