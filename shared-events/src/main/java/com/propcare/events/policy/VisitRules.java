package com.propcare.events.policy;

import java.util.List;

/**
 * The visit (拜访) rules of an office (domain §3).
 *
 * @param newOwnerVisitWithin               a new owner is visited within: 1 month of occupancy [001 A]
 * @param newOwnerVisitAtMost               and at the latest within: 3 months [001 A]
 * @param massMoveInSamplePercent           in a new community with mass move-in, the share of new owners
 *                                          visited: 60 % [001 A]
 * @param directorVisitsPerMonthMin         the director and department heads visit at least: 10 households a
 *                                          month [001 F]
 * @param directorVisitsPerMonthMax         and at most: 15 [001 F]
 * @param supervisorMonthlyShare            customer-service supervisors' monthly share of occupied households by
 *                                          community size: ≤300 → 4 %, 301–500 → 5 %, 501–800 → 6 %, more → 7 %
 *                                          [003 6]
 * @param annualCoveragePercent             routine visits reach this share of occupied households a year:
 *                                          100 % [004]
 * @param directorHouseholdVisitsPerYear    the office director visits each household at least: once a year [000]
 * @param monthlySummaryDay                 last month's visits are summarised by this day of the month: 5 [003]
 * @param buildingCaptainMeetingEveryMonths a building-captain meeting (楼长会) every: 3 months [000]
 */
public record VisitRules(Due newOwnerVisitWithin, Due newOwnerVisitAtMost, int massMoveInSamplePercent,
                         int directorVisitsPerMonthMin, int directorVisitsPerMonthMax,
                         List<QuotaBand> supervisorMonthlyShare, int annualCoveragePercent,
                         int directorHouseholdVisitsPerYear, int monthlySummaryDay,
                         int buildingCaptainMeetingEveryMonths) {

    /**
     * One band of the supervisors' monthly quota; bands start at 1 household, follow each other without gap or
     * overlap, and the last is open.
     *
     * @param from    the band's smallest number of occupied households
     * @param to      its largest; null for the open last band
     * @param percent the share of occupied households visited each month
     */
    public record QuotaBand(int from, Integer to, int percent) {
    }
}
