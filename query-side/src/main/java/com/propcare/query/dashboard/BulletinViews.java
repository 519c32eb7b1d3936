package com.propcare.query.dashboard;

import com.propcare.query.dashboard.DashboardQueries.FindMonthlyBulletin;
import com.propcare.query.dashboard.DashboardQueries.FindOfficeRates;
import com.propcare.query.dashboard.DashboardQueries.FindRecurringProblems;
import com.propcare.query.dashboard.MonthlyBulletin.CategoryLine;
import com.propcare.query.dashboard.MonthlyBulletin.Unresolved;
import com.propcare.query.dashboard.RecurringProblems.CategoryTrend;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

/** The monthly complaint bulletin and the half-year analysis, from the live dashboard generation's month documents. */
@Component
class BulletinViews {

    private static final int HALF_YEAR = 6;

    private final DashboardGenerations generations;
    private final DashboardViews views;
    private final Clock clock;

    BulletinViews(DashboardGenerations generations, DashboardViews views, Clock clock) {
        this.generations = generations;
        this.views = views;
        this.clock = clock;
    }

    /** Null (no answer) for an office the registry never announced. */
    @QueryHandler
    MonthlyBulletin handle(FindMonthlyBulletin query) {
        DashboardStore store = generations.live();
        String office = query.officeId();
        if (!store.knows(office)) {
            return null;
        }
        ZoneId zone = store.zone(office);
        YearMonth month = query.month();
        OfficeRates rates = views.handle(new FindOfficeRates(office, month));
        List<Month.Complaint> complaints = List.copyOf(store.month(office, month).complaints().values());
        Map<String, long[]> byCategory = new TreeMap<>();
        List<Unresolved> unresolved = new ArrayList<>();
        long invalid = 0;
        long closed = 0;
        long satisfied = 0;
        long repeats = 0;
        LocalDate today = LocalDate.now(clock.withZone(zone));
        for (Month.Complaint complaint : complaints) {
            if (!complaint.received()) {
                invalid++;
                continue;
            }
            boolean isClosed = complaint.closed();
            long[] line = byCategory.computeIfAbsent(complaint.category(), category -> new long[4]);
            line[0]++;
            line[isClosed ? 1 : 2]++;
            line[3] += complaint.repeat() ? 1 : 0;
            closed += isClosed ? 1 : 0;
            repeats += complaint.repeat() ? 1 : 0;
            satisfied += complaint.satisfiedWhenClosed() ? 1 : 0;
            if (!isClosed) {
                LocalDate receivedOn = LocalDate.ofInstant(complaint.receivedAt(), zone);
                unresolved.add(new Unresolved(complaint.number(), complaint.category(), receivedOn,
                                              ChronoUnit.DAYS.between(receivedOn, today)));
            }
        }
        unresolved.sort(Comparator.comparing(Unresolved::receivedOn).thenComparing(Unresolved::number,
                                                                                   Comparator.nullsLast(
                                                                                           Comparator.naturalOrder())));
        long received = complaints.size() - invalid;
        DashboardViews.Targets targets = views.targets(store, office, month);
        String name = store.offices().getOrDefault(office, new Document()).getString("name");
        return new MonthlyBulletin(office, name, month.toString(), zone.getId(), clock.instant(),
                                   !today.isBefore(month.plusMonths(1).atDay(1)),
                                   month.plusMonths(1).atDay(targets.monthlyBulletinDay()), targets.source(),
                                   received, invalid, closed, received - closed, satisfied, repeats,
                                   rates.complaintRate(), rates.firstReplyOnTime(), rates.remedyOnTime(),
                                   byCategory.entrySet().stream().map(entry -> new CategoryLine(
                                           entry.getKey(), entry.getValue()[0], entry.getValue()[1],
                                           entry.getValue()[2], entry.getValue()[3])).toList(),
                                   unresolved);
    }

    /** Null (no answer) for an office the registry never announced. */
    @QueryHandler
    RecurringProblems handle(FindRecurringProblems query) {
        DashboardStore store = generations.live();
        String office = query.officeId();
        if (!store.knows(office)) {
            return null;
        }
        List<YearMonth> months = IntStream.range(0, HALF_YEAR).mapToObj(query.from()::plusMonths).toList();
        Map<YearMonth, Month> byMonth = new HashMap<>();
        store.months(months.stream().map(month -> DashboardStore.monthKey(office, month)).toList())
             .forEach(counted -> byMonth.put(counted.month(), counted));
        Map<String, long[]> perMonth = new TreeMap<>();
        Map<String, Long> repeats = new TreeMap<>();
        Map<String, Map<String, Integer>> householdCounts = new TreeMap<>();
        for (int i = 0; i < months.size(); i++) {
            Month counted = byMonth.getOrDefault(months.get(i), Month.empty(office, months.get(i)));
            for (Month.Complaint complaint : counted.complaints().values()) {
                if (!complaint.received()) {
                    continue;
                }
                String category = complaint.category();
                perMonth.computeIfAbsent(category, c -> new long[HALF_YEAR])[i]++;
                repeats.merge(category, complaint.repeat() ? 1L : 0L, Long::sum);
                if (complaint.household() != null) {
                    householdCounts.computeIfAbsent(category, c -> new HashMap<>())
                                   .merge(complaint.household(), 1, Integer::sum);
                }
            }
        }
        List<CategoryTrend> categories = perMonth.entrySet().stream().map(entry -> {
            String category = entry.getKey();
            List<Long> counts = Arrays.stream(entry.getValue()).boxed().toList();
            long total = counts.stream().mapToLong(Long::longValue).sum();
            long monthsWith = counts.stream().filter(count -> count > 0).count();
            long repeated = repeats.getOrDefault(category, 0L);
            long householdsMoreThanOnce = householdCounts.getOrDefault(category, Map.of()).values().stream()
                                                         .filter(count -> count > 1).count();
            return new CategoryTrend(category, total, counts, repeated, householdsMoreThanOnce,
                                     monthsWith * 2 >= HALF_YEAR || repeated > 0);
        }).sorted(Comparator.comparing(CategoryTrend::complaints).reversed()
                            .thenComparing(CategoryTrend::category)).toList();
        String period = query.from().getYear() + (query.from().getMonthValue() == 1 ? "-H1" : "-H2");
        return new RecurringProblems(office, period, months.stream().map(YearMonth::toString).toList(),
                                     Instant.now(clock), categories);
    }
}
