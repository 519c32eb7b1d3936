package com.propcare.query.dashboard;

import java.time.Instant;
import java.util.List;

/** Every office's rates for a month and what it still owes, with the company's totals (office {@code *}). */
public record CompanyDashboard(String month, Instant asOf, OfficeRates total, List<OfficeRates> offices,
                               PendingWork.Tally pendingTotal, List<OfficePending> pending) {

    public record OfficePending(String officeId, String name, PendingWork.Tally tally) {
    }
}
