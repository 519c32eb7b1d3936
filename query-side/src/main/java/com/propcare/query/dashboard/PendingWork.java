package com.propcare.query.dashboard;

import com.propcare.query.support.Table;
import com.propcare.query.support.Tabular;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What an office still owes, as of {@code asOf}: complaint replies, remedial answers and department results,
 * callbacks, their follow-ups, visits and opinion answers. "Due today" and "overdue" use the office's day.
 *
 * @param comingDueWithinDays the window of {@code promisedRepliesComingDue}, from now
 * @param overdue             the longest overdue first, at most the requested number
 * @param dueToday            by due time, at most the requested number
 * @param failedReactions     automatic follow-ups of this office's records that failed and wait for a retry
 */
public record PendingWork(String officeId, String timeZone, Instant asOf, LocalDate today, Tally total,
                          List<Group> byKind, List<Group> byType, List<Group> byPerformer, List<Item> overdue,
                          List<Item> dueToday, int comingDueWithinDays, List<Item> promisedRepliesComingDue,
                          List<FailedFollowUp> failedReactions) implements Tabular {

    /** The items listed: overdue, due today, promised replies coming due; one row each. */
    @Override
    public Table table() {
        Table.Builder table = Table.with("list", "type", "kind", "number", "room", "performer", "performerName", "due",
                                         "minutesUntilDue", "ref");
        for (Map.Entry<String, List<Item>> list : List.of(Map.entry("overdue", overdue), Map.entry("dueToday", dueToday),
                                                          Map.entry("comingDue", promisedRepliesComingDue))) {
            list.getValue().forEach(item -> table.row(list.getKey(), item.type(), item.kind(), item.number(),
                                                      item.room(), item.performer(), item.performerName(), item.due(),
                                                      item.minutesUntilDue(), item.ref()));
        }
        return table.build();
    }

    public record Tally(long open, long dueToday, long overdue) {
    }

    /** @param name a kind, an item type, or a performer ({@code role:…}, {@code staff:…}, {@code department:…}) */
    public record Group(String name, long open, long dueToday, long overdue) {
    }

    /**
     * @param type            FIRST_REPLY, REMEDY_ANSWER, DEPARTMENT_RESULT, CALLBACK, PROMISED_REPLY, PROBLEM_NOTICE,
     *                        VISIT, OPINION_ANSWER
     * @param ref             the complaint, callback, visit or opinion it belongs to
     * @param performer       who owes it: {@code staff:<id>}, {@code role:<ROLE>|<ROLE>} or {@code department:<id>}
     * @param performerName   the staff member's name, where one person owes it
     * @param number          the complaint's number (TS-2026-000009), for items of a complaint or its callbacks
     * @param room            the household's building and room (3-1202), where the item concerns one
     * @param minutesUntilDue minutes from now to the due time: negative once it is overdue
     */
    public record Item(String type, String ref, String kind, Instant due, String performer, String performerName,
                       String number, String room, Long minutesUntilDue) {
    }

    /**
     * An automatic follow-up that failed: what it reacted to, why it failed, and since when. An administrator
     * retries it at {@code POST /api/admin/dead-letters/{processingGroup}/{ref}/retry}; it is also retried on its
     * own every few minutes.
     *
     * @param ref the record (complaint, callback, work order …) whose event it failed on
     */
    public record FailedFollowUp(String processingGroup, String ref, String eventType, String cause,
                                 Instant failedAt, int attempts) {
    }
}
