package com.propcare.query.dashboard;

import java.time.YearMonth;

/** The queries of the dashboards; each is also a subscription query whose updates are the same view. */
final class DashboardQueries {

    private DashboardQueries() {
    }

    /** @param limit how many items each list of the view holds at most */
    record FindPendingWork(String officeId, int comingDueWithinDays, int limit) {
    }

    /** @param month null for the office's current month */
    record FindOfficeRates(String officeId, YearMonth month) {
    }

    /**
     * @param month null for the office's current month
     * @param kind  a callback kind, for the callback rates of that kind alone; null for all
     */
    record FindRateItems(String officeId, YearMonth month, String rate, String kind) {
    }

    /** @param month in each office's own zone; null for the current month in the default zone */
    record FindCompanyDashboard(YearMonth month) {
    }

    record FindSatisfaction(String officeId) {
    }

    record FindMonthlyBulletin(String officeId, YearMonth month) {
    }

    /** @param from the first month of the half year, January or July */
    record FindRecurringProblems(String officeId, YearMonth from) {
    }
}
