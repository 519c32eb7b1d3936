package com.propcare.query.dashboard;

import com.propcare.query.dashboard.DashboardQueries.FindOfficeRates;
import com.propcare.query.dashboard.DashboardQueries.FindRateItems;
import com.propcare.query.dashboard.RateItems.RateItem;
import com.propcare.query.support.InvalidParameters;
import com.propcare.query.support.InvalidParameters.Violation;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Year;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The items behind a rate of the office's month: read from the month's entries by the rules the rate is counted
 * by (those of {@link Month}'s entries), named by complaint number and room, with the rate's own numerator and
 * denominator.
 */
@Component
class RateDrillDown {

    /** The rates that can be opened, as {@link OfficeRates} names them. */
    static final List<String> RATES = List.of("callbackRate", "callbacksOnTime", "handlingRate", "firstReplyOnTime",
                                              "remedyOnTime", "complaintRate", "repeatComplaints",
                                              "monthlyVisitQuota", "annualVisitCoverage");
    private static final Set<String> BY_KIND = Set.of("callbackRate", "callbacksOnTime");

    private final DashboardGenerations generations;
    private final DashboardViews views;
    private final Clock clock;

    RateDrillDown(DashboardGenerations generations, DashboardViews views, Clock clock) {
        this.generations = generations;
        this.views = views;
        this.clock = clock;
    }

    /** The query for a rate's items, refused before it is asked if the rate cannot be opened so. */
    static FindRateItems query(String office, YearMonth month, String rate, String kind) {
        if (!RATES.contains(rate)) {
            throw new InvalidParameters(List.of(new Violation("rate", "one of " + String.join(", ", RATES))));
        }
        if (kind != null && !BY_KIND.contains(rate)) {
            throw new InvalidParameters(List.of(new Violation("kind", "only with callbackRate or callbacksOnTime")));
        }
        return new FindRateItems(office, month, rate, kind);
    }

    /** Null (no answer) for an office the registry never announced. */
    @QueryHandler
    RateItems handle(FindRateItems query) {
        DashboardStore store = generations.live();
        String office = query.officeId();
        if (!store.knows(office)) {
            return null;
        }
        YearMonth month = query.month() == null ? YearMonth.now(clock.withZone(store.zone(office))) : query.month();
        OfficeRates rates = views.handle(new FindOfficeRates(office, month));
        Rate rate = rate(rates, query.rate(), query.kind());
        Month counted = store.month(office, month);
        Names names = new Names(store);
        List<RateItem> items = switch (query.rate()) {
            case "callbackRate" -> callbacks(counted, query.kind(), Month.Callback::performed, names);
            case "callbacksOnTime" -> callbacks(counted, query.kind(), Month.Callback::performedOnTime, names);
            case "handlingRate" -> followUps(counted, names);
            case "firstReplyOnTime" -> complaints(counted, Month.Complaint::received, Month.Complaint::repliedOnTime,
                                                  names);
            case "remedyOnTime" -> complaints(counted, complaint -> complaint.received() && complaint.owesRemedy(),
                                              Month.Complaint::remediedOnTime, names);
            case "complaintRate" -> complaints(counted, Month.Complaint::received, complaint -> true, names);
            case "repeatComplaints" -> complaints(counted, Month.Complaint::received, Month.Complaint::repeat, names);
            case "monthlyVisitQuota" -> routineVisits(counted, names);
            default -> households(store, office, Year.of(month.getYear()), names);
        };
        return new RateItems(office, month.toString(), query.rate(), query.kind(),
                             rate == null ? null : rate.numerator(), rate == null ? null : rate.denominator(), items);
    }

    private static Rate rate(OfficeRates rates, String name, String kind) {
        if (kind != null) {
            return rates.callbackRates().stream().filter(rate -> rate.kind().equals(kind)).findFirst()
                        .map(rate -> "callbackRate".equals(name) ? rate.rate() : rate.onTime())
                        .orElse(Rate.of(rates.month(), "performed", 0, "scheduled", 0, null));
        }
        return rates.named().get(name);
    }

    private static List<RateItem> complaints(Month counted, Predicate<Month.Complaint> inDenominator,
                                             Predicate<Month.Complaint> isCounted, Names names) {
        return sorted(counted.complaints().entrySet().stream()
                .filter(entry -> inDenominator.test(entry.getValue()))
                .map(entry -> {
                    Month.Complaint complaint = entry.getValue();
                    Optional<Document> ref = names.ref(DashboardProjection.complaintRef(entry.getKey()));
                    return new RateItem("COMPLAINT", entry.getKey(), complaint.number(), text(ref, "room"), null,
                                        complaint.category(), complaint.department(), complaint.remedyDue(),
                                        complaint.receivedAt(), isCounted.test(complaint));
                }).toList());
    }

    private static List<RateItem> callbacks(Month counted, String kind, Predicate<Month.Callback> isCounted,
                                            Names names) {
        return sorted(counted.callbacks().entrySet().stream()
                .filter(entry -> entry.getValue().scheduled())
                .filter(entry -> kind == null || kind.equals(entry.getValue().kind()))
                .map(entry -> {
                    Month.Callback callback = entry.getValue();
                    Optional<Document> ref = names.ref(DashboardProjection.callbackRef(entry.getKey()));
                    return new RateItem("CALLBACK", entry.getKey(), text(ref, "number"), text(ref, "room"),
                                        callback.kind(), null, null, callback.due(), callback.performedAt(),
                                        isCounted.test(callback));
                }).toList());
    }

    private static List<RateItem> followUps(Month counted, Names names) {
        return sorted(counted.followUps().entrySet().stream()
                .map(entry -> {
                    Month.FollowUp followUp = entry.getValue();
                    String callback = entry.getKey().substring(0, Math.max(0, entry.getKey().indexOf('/')));
                    Optional<Document> ref = names.ref(DashboardProjection.callbackRef(callback));
                    return new RateItem("FOLLOW_UP", entry.getKey(), text(ref, "number"), text(ref, "room"),
                                        followUp.type(), null, null, followUp.due(), null, followUp.done());
                }).toList());
    }

    /** The households given a routine visit in the month, each once, at its first visit. */
    private static List<RateItem> routineVisits(Month counted, Names names) {
        Map<String, RateItem> firstVisit = new LinkedHashMap<>();
        counted.visits().entrySet().stream()
                .filter(entry -> entry.getValue().routine())
                .sorted(Comparator.comparing(entry -> entry.getValue().visitedAt(),
                                             Comparator.nullsLast(Comparator.naturalOrder())))
                .forEach(entry -> firstVisit.putIfAbsent(entry.getValue().household(), new RateItem(
                        "VISIT", entry.getKey(), null, names.room(entry.getValue().household()),
                        entry.getValue().kind(), null, null, null, entry.getValue().visitedAt(), true)));
        return sorted(firstVisit.values().stream().toList());
    }

    private static List<RateItem> households(DashboardStore store, String office, Year year, Names names) {
        Set<String> visited = store.visited(office, year);
        return store.households(office).occupiedIds().stream().sorted()
                    .map(household -> new RateItem("HOUSEHOLD", household, null, names.room(household), null, null,
                                                   null, null, null, visited.contains(household)))
                    .toList();
    }

    /** Those not counted first (what a reader looks for), then by due time and time. */
    private static List<RateItem> sorted(List<RateItem> items) {
        return items.stream().sorted(Comparator.comparing(RateItem::counted)
                .thenComparing(RateItem::due, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(RateItem::at, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(RateItem::id)).toList();
    }

    private static String text(Optional<Document> ref, String field) {
        return ref.map(found -> found.getString(field)).orElse(null);
    }

    /** Rooms and numbers looked up by exact key, each once per answer. */
    private static final class Names {
        private final DashboardStore store;
        private final Map<String, Optional<Document>> seen = new LinkedHashMap<>();

        Names(DashboardStore store) {
            this.store = store;
        }

        Optional<Document> ref(String key) {
            return seen.computeIfAbsent(key, store::ref);
        }

        String room(String household) {
            return household == null ? null
                    : text(ref(DashboardProjection.householdRef(household)), "room");
        }
    }
}
