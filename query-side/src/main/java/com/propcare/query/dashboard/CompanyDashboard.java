package com.propcare.query.dashboard;

import com.propcare.query.support.Table;
import com.propcare.query.support.Tabular;

import java.time.Instant;
import java.util.List;

/** Every office's rates for a month and what it still owes, with the company's totals (office {@code *}). */
public record CompanyDashboard(String month, Instant asOf, OfficeRates total, List<OfficeRates> offices,
                               PendingWork.Tally pendingTotal, List<OfficePending> pending) implements Tabular {

    /** One row per office, then the company's: what it owes and its main rates. */
    @Override
    public Table table() {
        Table.Builder table = Table.with("office", "name", "open", "overdue", "callbackRate", "firstReplyOnTime",
                                         "complaintRate", "monthlyVisitQuota");
        for (OfficeRates office : offices) {
            OfficePending owed = pending.stream().filter(p -> p.officeId().equals(office.officeId())).findFirst()
                                        .orElse(null);
            row(table, office, owed == null ? null : owed.name(), owed == null ? null : owed.tally());
        }
        row(table, total, null, pendingTotal);
        return table.build();
    }

    private static void row(Table.Builder table, OfficeRates rates, String name, PendingWork.Tally tally) {
        table.row(rates.officeId(), name, tally == null ? null : tally.open(), tally == null ? null : tally.overdue(),
                  percent(rates.callbackRate()), percent(rates.firstReplyOnTime()), percent(rates.complaintRate()),
                  percent(rates.monthlyVisitQuota()));
    }

    private static Object percent(Rate rate) {
        return rate == null ? null : rate.percent();
    }

    public record OfficePending(String officeId, String name, PendingWork.Tally tally) {
    }
}
