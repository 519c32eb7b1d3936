package com.propcare.query.dashboard;

import com.propcare.events.policy.PolicyDocument;
import com.propcare.events.policy.RegulationDefaults;
import com.propcare.events.policy.VisitRules.QuotaBand;
import com.propcare.eventstore.deadletter.FailedReactions;
import com.propcare.query.dashboard.DashboardQueries.FindCompanyDashboard;
import com.propcare.query.dashboard.DashboardQueries.FindOfficeRates;
import com.propcare.query.dashboard.DashboardQueries.FindPendingWork;
import com.propcare.query.dashboard.DashboardStore.HouseholdCount;
import com.propcare.query.dashboard.OfficeRates.KindRate;
import com.propcare.query.dashboard.PendingWork.Group;
import com.propcare.query.dashboard.PendingWork.Item;
import com.propcare.query.dashboard.PendingWork.Tally;
import com.propcare.query.dashboard.Rate.Target;
import com.propcare.query.registry.OfficeZones;
import com.propcare.query.support.QuotaArithmetic;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Answers the dashboard queries from the live generation: a few documents read by key, counted in memory. The
 * company view reads the month documents of the offices that changed since it last counted them in one
 * {@code _id $in} and reuses the other offices' counts.
 */
@Component
class DashboardViews {

    static final String COMPANY = "*";

    /** How long the company view may reuse an office's month tally that no batch here has changed. */
    static final Duration TALLY_FRESH_FOR = Duration.ofSeconds(5);

    private final DashboardGenerations generations;
    private final FailedReactions failedReactions;
    private final Clock clock;
    /** Per office, its month tallies by generation and month, with when they were counted. */
    private final Map<String, Map<String, CachedTally>> tallies = new ConcurrentHashMap<>();

    DashboardViews(DashboardGenerations generations, FailedReactions failedReactions, Clock clock) {
        this.generations = generations;
        this.failedReactions = failedReactions;
        this.clock = clock;
    }

    /** Null (no answer) for an office the registry never announced. */
    @QueryHandler
    PendingWork handle(FindPendingWork query) {
        DashboardStore store = generations.live();
        if (!store.knows(query.officeId())) {
            return null;
        }
        return pending(store, query.officeId(), query.comingDueWithinDays(), query.limit());
    }

    /** Null (no answer) for an office the registry never announced. */
    @QueryHandler
    OfficeRates handle(FindOfficeRates query) {
        DashboardStore store = generations.live();
        if (!store.knows(query.officeId())) {
            return null;
        }
        ZoneId zone = store.zone(query.officeId());
        YearMonth month = query.month() == null ? YearMonth.now(clock.withZone(zone)) : query.month();
        MonthTally tally = tally(store, query.officeId(), month);
        return rates(query.officeId(), month, zone.getId(), targets(store, query.officeId(), month), tally);
    }

    @QueryHandler
    CompanyDashboard handle(FindCompanyDashboard query) {
        DashboardStore store = generations.live();
        Map<String, Document> offices = new TreeMap<>(store.offices());
        YearMonth month = query.month() == null ? YearMonth.now(clock.withZone(OfficeZones.DEFAULT_ZONE))
                : query.month();
        String cacheKey = store.generation() + "|" + month;
        long now = System.nanoTime();
        Map<String, MonthTally> known = new LinkedHashMap<>();
        offices.keySet().forEach(office -> {
            CachedTally cached = tallies.getOrDefault(office, Map.of()).get(cacheKey);
            if (cached != null && now - cached.countedAt() < TALLY_FRESH_FOR.toNanos()) {
                known.put(office, cached.tally());
            }
        });
        Map<String, Month> recorded = new LinkedHashMap<>();
        store.months(offices.keySet().stream().filter(office -> !known.containsKey(office))
                            .map(office -> DashboardStore.monthKey(office, month)).toList())
             .forEach(counted -> recorded.put(counted.office(), counted));
        List<OfficeRates> rates = new ArrayList<>();
        List<CompanyDashboard.OfficePending> pending = new ArrayList<>();
        MonthTally total = new MonthTally();
        for (String office : offices.keySet()) {
            MonthTally tally = known.get(office);
            if (tally == null) {
                tally = tally(store, office, month, recorded.getOrDefault(office, Month.empty(office, month)));
                tallies.computeIfAbsent(office, key -> new ConcurrentHashMap<>())
                       .put(cacheKey, new CachedTally(tally, now));
            }
            total.add(tally);
            rates.add(rates(office, month, store.zone(office).getId(), targets(store, office, month), tally));
            Tally owed = pending(store, office, 0, 0).total();
            pending.add(new CompanyDashboard.OfficePending(office, offices.get(office).getString("name"), owed));
        }
        Tally pendingTotal = new Tally(pending.stream().mapToLong(one -> one.tally().open()).sum(),
                                       pending.stream().mapToLong(one -> one.tally().dueToday()).sum(),
                                       pending.stream().mapToLong(one -> one.tally().overdue()).sum());
        Targets defaults = Targets.of(COMPANY + ":default", RegulationDefaults.document());
        return new CompanyDashboard(month.toString(), clock.instant(),
                                    rates(COMPANY, month, null, defaults, total), rates, pendingTotal, pending);
    }

    /**
     * Forgets the offices' month tallies kept for the company view: called after every batch that changed them
     * here. Changes projected by another instance are seen once a tally is {@link #TALLY_FRESH_FOR} old.
     */
    void forget(Collection<String> offices) {
        offices.forEach(tallies::remove);
    }

    // ---- pending work

    private static Item item(OpenItem open, Instant now) {
        return new Item(open.type(), open.ref(), open.kind(), open.due(), open.performer(), open.performerName(),
                        open.number(), open.room(),
                        open.due() == null ? null : Duration.between(now, open.due()).toMinutes());
    }

    private PendingWork pending(DashboardStore store, String office, int comingDueWithinDays, int limit) {
        ZoneId zone = store.zone(office);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        Instant endOfToday = today.plusDays(1).atStartOfDay(zone).toInstant();
        Instant comingDueBy = now.plus(Duration.ofDays(comingDueWithinDays));
        List<Item> items = store.openItems(office).values().stream()
                .map(open -> item(open, now))
                .toList();
        List<Item> overdue = new ArrayList<>();
        List<Item> dueToday = new ArrayList<>();
        List<Item> promised = new ArrayList<>();
        Map<String, long[]> byKind = new TreeMap<>();
        Map<String, long[]> byType = new TreeMap<>();
        Map<String, long[]> byPerformer = new TreeMap<>();
        long[] total = new long[3];
        for (Item item : items) {
            boolean isOverdue = item.due() != null && item.due().isBefore(now);
            boolean isDueToday = !isOverdue && item.due() != null && item.due().isBefore(endOfToday);
            if (isOverdue) {
                overdue.add(item);
            } else if (isDueToday) {
                dueToday.add(item);
            }
            if ("PROMISED_REPLY".equals(item.type()) && !isOverdue && item.due() != null
                    && !item.due().isAfter(comingDueBy)) {
                promised.add(item);
            }
            count(total, isDueToday, isOverdue);
            count(byKind.computeIfAbsent(Optional.ofNullable(item.kind()).orElse("-"), k -> new long[3]),
                  isDueToday, isOverdue);
            count(byType.computeIfAbsent(item.type(), k -> new long[3]), isDueToday, isOverdue);
            count(byPerformer.computeIfAbsent(Optional.ofNullable(item.performer()).orElse("-"), k -> new long[3]),
                  isDueToday, isOverdue);
        }
        Comparator<Item> byDue = Comparator.comparing(Item::due).thenComparing(Item::type).thenComparing(Item::ref);
        return new PendingWork(office, zone.getId(), now, today, new Tally(total[0], total[1], total[2]),
                               groups(byKind), groups(byType), groups(byPerformer),
                               overdue.stream().sorted(byDue).limit(limit).toList(),
                               dueToday.stream().sorted(byDue).limit(limit).toList(), comingDueWithinDays,
                               promised.stream().sorted(byDue).limit(limit).toList(), failedFollowUps(office));
    }

    private List<PendingWork.FailedFollowUp> failedFollowUps(String office) {
        return failedReactions.ofOffice(office).stream()
                              .map(failed -> new PendingWork.FailedFollowUp(failed.processingGroup(),
                                                                            failed.sequence(), failed.eventType(),
                                                                            failed.cause(), failed.failedAt(),
                                                                            failed.attempts()))
                              .toList();
    }

    private static void count(long[] counts, boolean dueToday, boolean overdue) {
        counts[0]++;
        counts[1] += dueToday ? 1 : 0;
        counts[2] += overdue ? 1 : 0;
    }

    private static List<Group> groups(Map<String, long[]> counts) {
        return counts.entrySet().stream()
                     .map(entry -> new Group(entry.getKey(), entry.getValue()[0], entry.getValue()[1],
                                             entry.getValue()[2]))
                     .toList();
    }

    // ---- rates

    MonthTally tally(DashboardStore store, String office, YearMonth month) {
        return tally(store, office, month, store.month(office, month));
    }

    private MonthTally tally(DashboardStore store, String office, YearMonth month, Month counted) {
        MonthTally tally = new MonthTally();
        HouseholdCount households = store.households(office);
        tally.households = households.registered();
        tally.occupied = households.occupied();
        tally.visitedThisYear = store.visited(office, Year.of(month.getYear())).stream()
                                     .filter(households.occupiedIds()::contains).count();
        counted.complaints().values().stream().filter(Month.Complaint::received).forEach(complaint -> {
            tally.complaints++;
            tally.repeats += complaint.repeat() ? 1 : 0;
            tally.firstRepliesOnTime += complaint.repliedOnTime() ? 1 : 0;
            if (complaint.owesRemedy()) {
                tally.remediesDue++;
                tally.remediesOnTime += complaint.remediedOnTime() ? 1 : 0;
            }
        });
        counted.callbacks().values().stream().filter(Month.Callback::scheduled).forEach(callback -> {
            long[] kind = tally.callbacks.computeIfAbsent(callback.kind(), k -> new long[3]);
            kind[0]++;
            kind[1] += callback.performed() ? 1 : 0;
            kind[2] += callback.performedOnTime() ? 1 : 0;
        });
        counted.followUps().values().forEach(followUp -> {
            tally.followUpsDue++;
            tally.followUpsDone += followUp.done() ? 1 : 0;
        });
        tally.routineVisited = counted.visits().values().stream().filter(Month.Visit::routine)
                                      .map(Month.Visit::household).distinct().count();
        return tally;
    }

    private OfficeRates rates(String office, YearMonth month, String zone, Targets targets, MonthTally tally) {
        String period = month.toString();
        List<KindRate> kinds = new ArrayList<>();
        long scheduled = 0;
        long performed = 0;
        long onTime = 0;
        for (Map.Entry<String, long[]> kind : tally.callbacks.entrySet()) {
            long[] counts = kind.getValue();
            scheduled += counts[0];
            performed += counts[1];
            onTime += counts[2];
            Integer target = targets.callbackTargets().get(kind.getKey());
            kinds.add(new KindRate(kind.getKey(),
                                   Rate.of(period, "performed", counts[1], "scheduled", counts[0],
                                           target == null ? null
                                                   : Target.atLeast(BigDecimal.valueOf(target), targets.source())),
                                   Rate.of(period, "performed on time", counts[2], "scheduled", counts[0], null)));
        }
        String yearToDate = month.getMonthValue() == 1 ? period : month.withMonth(1) + ".." + period;
        Optional<QuotaBand> band = QuotaArithmetic.bandFor(targets.quotaBands(), (int) tally.occupied);
        Integer quota = band.map(found -> QuotaArithmetic.quota(found.percent(), (int) tally.occupied)).orElse(null);
        return new OfficeRates(
                office, period, zone, clock.instant(), targets.source(), kinds,
                Rate.of(period, "performed", performed, "scheduled", scheduled, null),
                Rate.of(period, "performed on time", onTime, "scheduled", scheduled, null),
                Rate.of(period, "followed up", tally.followUpsDone, "raised in callbacks (due this month)",
                        tally.followUpsDue, Target.atLeast(BigDecimal.valueOf(100), "domain §5")),
                Rate.of(period, "first replies on time", tally.firstRepliesOnTime, "complaints received",
                        tally.complaints, null),
                Rate.of(period, "remedial answers on time", tally.remediesDue == 0 ? 0 : tally.remediesOnTime,
                        "complaints with a remedial answer due", tally.remediesDue, null),
                Rate.of(period, "complaints received", tally.complaints, "registered households", tally.households,
                        Target.below(targets.complaintRateTargetPercent(), targets.source())),
                Rate.of(period, "repeat complaints", tally.repeats, "complaints received", tally.complaints, null),
                quota == null ? null
                        : Rate.of(period, "households given a routine visit", tally.routineVisited,
                                  "quota (" + band.get().percent() + " % of " + tally.occupied + " occupied)", quota,
                                  Target.atLeast(BigDecimal.valueOf(100), targets.source())),
                Rate.of(yearToDate, "occupied households visited", tally.visitedThisYear, "occupied households",
                        tally.occupied, Target.atLeast(BigDecimal.valueOf(targets.annualCoveragePercent()),
                                                       targets.source())));
    }

    /** The targets of the policy version in force at the end of the month, or the regulations' defaults. */
    Targets targets(DashboardStore store, String office, YearMonth month) {
        Instant endOfMonth = month.plusMonths(1).atDay(1).atStartOfDay(store.zone(office)).toInstant();
        return store.policies(office).stream()
                    .filter(version -> !version.getDate("effectiveFrom").toInstant().isAfter(endOfMonth))
                    .max(Comparator.comparing(version -> version.getDate("effectiveFrom")))
                    .map(Targets::of)
                    .orElseGet(() -> Targets.of(office + ":default", RegulationDefaults.document()));
    }

    private record CachedTally(MonthTally tally, long countedAt) {
    }

    /** The counts behind one month's rates; a company's month adds up its offices'. */
    static final class MonthTally {
        final Map<String, long[]> callbacks = new TreeMap<>();
        long followUpsDue;
        long followUpsDone;
        long complaints;
        long repeats;
        long firstRepliesOnTime;
        long remediesDue;
        long remediesOnTime;
        long households;
        long occupied;
        long visitedThisYear;
        long routineVisited;

        void add(MonthTally other) {
            other.callbacks.forEach((kind, counts) -> {
                long[] sum = callbacks.computeIfAbsent(kind, k -> new long[3]);
                for (int i = 0; i < sum.length; i++) {
                    sum[i] += counts[i];
                }
            });
            followUpsDue += other.followUpsDue;
            followUpsDone += other.followUpsDone;
            complaints += other.complaints;
            repeats += other.repeats;
            firstRepliesOnTime += other.firstRepliesOnTime;
            remediesDue += other.remediesDue;
            remediesOnTime += other.remediesOnTime;
            households += other.households;
            occupied += other.occupied;
            visitedThisYear += other.visitedThisYear;
            routineVisited += other.routineVisited;
        }
    }

    /** The targets a month is held against. */
    record Targets(String source, BigDecimal complaintRateTargetPercent, Map<String, Integer> callbackTargets,
                   int annualCoveragePercent, List<QuotaBand> quotaBands, int monthlyBulletinDay) {

        static Targets of(String source, PolicyDocument document) {
            Map<String, Integer> callbackTargets = new TreeMap<>();
            document.callbacks().kinds().forEach((kind, rule) -> {
                if (rule.targetRatePercent() != null) {
                    callbackTargets.put(kind.name(), rule.targetRatePercent());
                }
            });
            return new Targets(source, document.complaints().complaintRateTargetPercent(), callbackTargets,
                               document.visits().annualCoveragePercent(), document.visits().supervisorMonthlyShare(),
                               document.complaints().monthlyBulletinDay());
        }

        static Targets of(Document version) {
            Map<String, Integer> callbackTargets = new TreeMap<>();
            Document stored = version.get("callbackTargets", Document.class);
            if (stored != null) {
                stored.forEach((kind, percent) -> callbackTargets.put(kind, ((Number) percent).intValue()));
            }
            Function<Document, QuotaBand> band = document -> new QuotaBand(document.getInteger("from"),
                                                                           document.getInteger("to"),
                                                                           document.getInteger("percent"));
            return new Targets(version.getString("version"),
                               new BigDecimal(version.getString("complaintRateTargetPercent")), callbackTargets,
                               version.getInteger("annualCoveragePercent"),
                               version.getList("quotaBands", Document.class).stream().map(band).toList(),
                               version.getInteger("monthlyBulletinDay"));
        }
    }
}
