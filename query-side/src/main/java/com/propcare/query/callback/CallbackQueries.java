package com.propcare.query.callback;

import com.propcare.query.callback.CallbackIndexes.CallbackEntry;
import com.propcare.query.callback.CallbackIndexes.FollowUpEntry;
import com.propcare.query.callback.CallbackSummary.FollowUpFigures;
import com.propcare.query.callback.CallbackSummary.KindFigures;
import com.propcare.query.callback.CallbackSummary.Rate;
import com.propcare.query.callback.StaffObligations.Obligation;
import com.propcare.query.callback.StaffObligations.ObligationType;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Answers the callback queries from the views and the exact-key index documents. */
@Component
class CallbackQueries {

    private static final Comparator<CallbackEntry> SOONEST_DUE = Comparator.comparing(CallbackEntry::due)
                                                                           .thenComparing(CallbackEntry::callback);
    private static final Comparator<Obligation> OBLIGATIONS_BY_DUE = Comparator
            .comparing(Obligation::due)
            .thenComparing(Obligation::callbackId)
            .thenComparing(obligation -> Objects.toString(obligation.itemId(), ""));

    private final CallbackViews views;
    private final CallbackIndexes indexes;
    private final Clock clock;

    CallbackQueries(CallbackViews views, CallbackIndexes indexes, Clock clock) {
        this.views = views;
        this.indexes = indexes;
        this.clock = clock;
    }

    @QueryHandler
    CallbackView handle(FindCallback query) {
        return views.find(query.callbackId()).map(view -> view.asOf(clock.instant())).orElse(null);
    }

    @QueryHandler
    CallbackPage handle(FindCallbacks query) {
        List<CallbackEntry> candidates = query.role() == null ? indexes.ofOffice(query.officeId())
                : indexes.ofRole(query.officeId(), query.role());
        List<CallbackEntry> matching = candidates.stream()
                                                 .filter(entry -> matches(query, entry))
                                                 .sorted(SOONEST_DUE)
                                                 .toList();
        List<String> onPage = matching.stream()
                                      .skip((long) query.page() * query.size())
                                      .limit(query.size())
                                      .map(CallbackEntry::callback)
                                      .toList();
        Instant now = clock.instant();
        List<CallbackView> items = views.findAll(onPage).stream().map(view -> view.asOf(now)).toList();
        return new CallbackPage(items, matching.size(), query.page(), query.size());
    }

    @QueryHandler
    StaffObligations handle(FindStaffObligations query) {
        Instant now = clock.instant();
        Map<String, CallbackEntry> callbacks = new LinkedHashMap<>();
        query.roles().forEach(role -> indexes.ofRole(query.officeId(), role)
                                             .forEach(entry -> callbacks.putIfAbsent(entry.callback(), entry)));
        Stream<Obligation> owedCallbacks = callbacks.values().stream()
                .filter(entry -> entry.status().isOpen())
                .filter(entry -> !keptFromByConflictOfInterest(entry, query))
                .map(entry -> new Obligation(ObligationType.CALLBACK, entry.callback(), null, entry.kind(), null,
                                             null, entry.household(), entry.due(), entry.status().name(),
                                             entry.status() == CallbackStatus.OVERDUE || now.isAfter(entry.due())));
        Stream<FollowUpEntry> assigned = query.departmentId() == null
                ? indexes.assignedTo(query.officeId(), query.staffId()).stream()
                : Stream.concat(indexes.assignedTo(query.officeId(), query.staffId()).stream(),
                                indexes.assignedTo(query.officeId(), query.departmentId()).stream());
        Stream<Obligation> owedFollowUps = assigned
                .filter(entry -> entry.status().isOpen())
                .map(entry -> new Obligation(ObligationType.FOLLOW_UP, entry.callback(), entry.itemId(), entry.kind(),
                                             entry.type(), entry.description(), entry.household(), entry.due(),
                                             entry.status().name(),
                                             entry.status() == FollowUpStatus.OVERDUE || now.isAfter(entry.due())));
        List<Obligation> items = Stream.concat(owedCallbacks, owedFollowUps).sorted(OBLIGATIONS_BY_DUE).toList();
        return new StaffObligations(query.staffId(), query.officeId(), now, items);
    }

    @QueryHandler
    CallbackSummary handle(FindCallbackSummary query) {
        Instant now = clock.instant();
        Instant from = query.month().atDay(1).atStartOfDay(query.zone()).toInstant();
        Instant to = query.month().plusMonths(1).atDay(1).atStartOfDay(query.zone()).toInstant();
        Predicate<Instant> inMonth = at -> at != null && !at.isBefore(from) && at.isBefore(to);
        Map<String, List<CallbackEntry>> byKind = new TreeMap<>();
        indexes.ofOffice(query.officeId())
               .forEach(entry -> byKind.computeIfAbsent(entry.kind(), kind -> new ArrayList<>()).add(entry));
        List<KindFigures> kinds = new ArrayList<>();
        for (Map.Entry<String, List<CallbackEntry>> kind : byKind.entrySet()) {
            KindFigures figures = figures(kind.getKey(), kind.getValue(), inMonth, now);
            if (figures.scheduled() + figures.cancelled() + figures.followUps().due() + figures.spotChecks() > 0) {
                kinds.add(figures);
            }
        }
        KindFigures total = figures(CallbackSummary.ALL_KINDS,
                                    byKind.values().stream().flatMap(List::stream).toList(), inMonth, now);
        return new CallbackSummary(query.officeId(), query.month().toString(), query.zone().getId(), now, kinds,
                                   total);
    }

    private static KindFigures figures(String kind, List<CallbackEntry> entries, Predicate<Instant> inMonth,
                                       Instant now) {
        List<CallbackEntry> dueInMonth = entries.stream().filter(entry -> inMonth.test(entry.due())).toList();
        long cancelled = dueInMonth.stream().filter(entry -> entry.status() == CallbackStatus.CANCELLED).count();
        List<CallbackEntry> scheduled = dueInMonth.stream()
                                                  .filter(entry -> entry.status() != CallbackStatus.CANCELLED)
                                                  .toList();
        long performed = scheduled.stream().filter(entry -> entry.status() == CallbackStatus.PERFORMED).count();
        long performedOnTime = scheduled.stream()
                                        .filter(entry -> entry.status() == CallbackStatus.PERFORMED)
                                        .filter(entry -> Boolean.TRUE.equals(entry.onTime()))
                                        .count();
        long open = scheduled.stream().filter(entry -> entry.status().isOpen()).count();
        long overdue = scheduled.stream().filter(entry -> missedDue(entry, now)).count();
        List<FollowUpEntry> followUpsDue = entries.stream()
                                                  .flatMap(entry -> entry.followUps().stream())
                                                  .filter(item -> inMonth.test(item.due()))
                                                  .toList();
        long followUpsDone = followUpsDue.stream().filter(item -> item.status() == FollowUpStatus.DONE).count();
        long followUpsDoneOnTime = followUpsDue.stream()
                                               .filter(item -> item.status() == FollowUpStatus.DONE)
                                               .filter(item -> Boolean.TRUE.equals(item.onTime()))
                                               .count();
        long followUpsOverdue = followUpsDue.stream().filter(item -> missedDue(item, now)).count();
        long spotChecks = entries.stream().flatMap(entry -> entry.spotChecksAt().stream()).filter(inMonth).count();
        return new KindFigures(kind, scheduled.size(), cancelled, performed, performedOnTime, overdue, open,
                               Rate.of("performed", performed, "scheduled", scheduled.size()),
                               Rate.of("performedOnTime", performedOnTime, "scheduled", scheduled.size()),
                               new FollowUpFigures(followUpsDue.size(), followUpsDone, followUpsDoneOnTime,
                                                   followUpsOverdue, followUpsDue.size() - followUpsDone),
                               spotChecks);
    }

    /** Performed late, recorded overdue, or still open past its due time even if the scheduler has not said so. */
    private static boolean missedDue(CallbackEntry entry, Instant now) {
        return switch (entry.status()) {
            case PERFORMED -> !Boolean.TRUE.equals(entry.onTime());
            case PENDING, OVERDUE -> entry.overdueRecorded() || now.isAfter(entry.due());
            case CANCELLED -> false;
        };
    }

    private static boolean missedDue(FollowUpEntry item, Instant now) {
        return item.status() == FollowUpStatus.DONE ? !Boolean.TRUE.equals(item.onTime())
                : item.overdueRecorded() || now.isAfter(item.due());
    }

    /** When the kind avoids conflicts of interest, who handled the matter, or their department, may not call back. */
    private static boolean keptFromByConflictOfInterest(CallbackEntry entry, FindStaffObligations query) {
        return entry.conflictOfInterestAvoided()
                && (query.staffId().equals(entry.handledBy())
                    || (query.departmentId() != null && query.departmentId().equals(entry.handlingDepartment())));
    }

    private static boolean matches(FindCallbacks query, CallbackEntry entry) {
        return (query.kind() == null || query.kind().equals(entry.kind()))
                && (query.statuses().isEmpty() || query.statuses().contains(entry.status()))
                && (query.dueBefore() == null || entry.due().isBefore(query.dueBefore()));
    }
}
