package com.propcare.query.dashboard;

import com.propcare.query.support.Table;
import com.propcare.query.support.Tabular;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An office's complaint statistics for one month, for the owners and the company: no names, no room numbers, no
 * households (domain §5). It is computed from the log's read model, so any past month can be produced again; it is
 * {@code complete} once the month is over, and due by {@code publishBy} (the policy's day of the next month).
 *
 * @param unresolved complaints of the month still open, by number and category, for the explanation the
 *                   regulations ask for (the explanation itself is the director's, added on publishing)
 */
public record MonthlyBulletin(String officeId, String officeName, String month, String timeZone, Instant asOf,
                              boolean complete, LocalDate publishBy, String policyVersion, long received,
                              long invalid, long closed, long open, long satisfied, long repeats,
                              Rate complaintRate, Rate firstReplyOnTime, Rate remedyOnTime,
                              List<CategoryLine> byCategory, List<Unresolved> unresolved) implements Tabular {

    /** The month by category, with the totals last. */
    @Override
    public Table table() {
        Table.Builder table = Table.with("month", "category", "received", "closed", "open", "repeats");
        byCategory.forEach(line -> table.row(month, line.category(), line.received(), line.closed(), line.open(),
                                             line.repeats()));
        table.row(month, null, received, closed, open, repeats);
        return table.build();
    }

    public record CategoryLine(String category, long received, long closed, long open, long repeats) {
    }

    public record Unresolved(String number, String category, LocalDate receivedOn, long daysOpen) {
    }
}
