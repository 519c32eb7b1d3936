package com.propcare.query.visit;

import com.propcare.events.policy.RegulationDefaults;
import com.propcare.events.policy.VisitRules.QuotaBand;
import com.propcare.events.policy.VisitRules;
import com.propcare.query.support.QuotaArithmetic;
import com.propcare.query.support.ResourceNotFound;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static com.propcare.query.visit.VisitReadModel.instant;
import static com.propcare.query.visit.VisitReadModel.keys;
import static com.propcare.query.visit.VisitReadModel.monthKey;
import static com.propcare.query.visit.VisitReadModel.unfield;

/** Answers the visit questions from the read models, reading each document by its key. */
@Component
class VisitQueries {

    private final VisitReadModel model;

    VisitQueries(VisitReadModel model) {
        this.model = model;
    }

    VisitDetails visit(String id) {
        Document document = model.find(model.visits, id)
                                 .orElseThrow(() -> new ResourceNotFound("VISIT_NOT_FOUND", "No visit " + id));
        return new VisitDetails(summary(document), document.getList("performerRoles", String.class),
                                document.getString("reason"), document.getString("policy"),
                                document.getString("skippedBecause"), document.getString("method"),
                                document.getString("summary"), document.getString("signature"),
                                document.getBoolean("feedbackRequired"), document.getList("opinions", String.class),
                                ((Number) document.get("version")).longValue());
    }

    /** Filters are optional; {@code performer} matches whom the visit is appointed with or who performed it. */
    List<VisitSummary> visits(String office, String performer, String kind, String status) {
        List<String> ids = keys(model.find(model.offices, office).orElse(null), "visits");
        return model.findAll(model.visits, ids).stream().map(VisitQueries::summary)
                    .filter(visit -> kind == null || kind.equals(visit.kind()))
                    .filter(visit -> status == null || status.equalsIgnoreCase(visit.status()))
                    .filter(visit -> performer == null || performer.equals(visit.appointedWith())
                            || performer.equals(visit.visitedBy()))
                    .sorted(Comparator.comparing(VisitSummary::due, Comparator.nullsLast(Comparator.naturalOrder()))
                                      .thenComparing(VisitSummary::id))
                    .toList();
    }

    List<OpinionSummary> opinions(String office, String status) {
        List<String> ids = keys(model.find(model.offices, office).orElse(null), "opinions");
        return model.findAll(model.opinions, ids).stream().map(document -> new OpinionSummary(
                        document.getString("_id"), document.getString("office"), document.getString("source"),
                        document.getString("sourceId"), document.getString("household"), document.getString("type"),
                        document.getString("text"), instant(document, "answerDue"), document.getString("status"),
                        document.getString("complaint"), instant(document, "answeredAt"),
                        document.getBoolean("onTime")))
                    .filter(opinion -> status == null || status.equalsIgnoreCase(opinion.status()))
                    .sorted(Comparator.comparing(OpinionSummary::answerDue).thenComparing(OpinionSummary::id))
                    .toList();
    }

    List<ReceptionSummary> receptions(String office, YearMonth month) {
        Document document = model.find(model.months, monthKey(office, month.toString())).orElse(null);
        Document entries = document == null ? null : document.get("receptions", Document.class);
        if (entries == null) {
            return List.of();
        }
        List<ReceptionSummary> receptions = new ArrayList<>();
        entries.forEach((field, value) -> {
            Document entry = (Document) value;
            receptions.add(new ReceptionSummary(unfield(field), entry.getString("officeId"),
                                                entry.getString("householdId"), entry.getString("purpose"),
                                                instant(entry, "receivedAt"), entry.getString("receivedBy"),
                                                entry.getString("outcome"), entry.getString("referredTo"),
                                                entry.getInteger("opinions", 0)));
        });
        receptions.sort(Comparator.comparing(ReceptionSummary::receivedAt).thenComparing(ReceptionSummary::id));
        return receptions;
    }

    /**
     * The quota uses the policy version in force at the end of the month (the latest adopted version effective by
     * then), so a change adopted mid-month applies to that month's count; an office that adopted none works with
     * the regulations' defaults ({@code <office>:default}). The month is the office's, in its time zone.
     */
    VisitQuota quota(String office, YearMonth month, ZoneId zone) {
        Document officeDocument = model.find(model.offices, office).orElse(new Document());
        Document households = Optional.ofNullable(officeDocument.get("households", Document.class))
                                      .orElse(new Document());
        Map<String, String> lastRoutine = new java.util.HashMap<>();
        List<String> occupied = new ArrayList<>();
        households.forEach((field, value) -> {
            Document household = (Document) value;
            if (household.getBoolean("occupied", false)) {
                String id = unfield(field);
                occupied.add(id);
                lastRoutine.put(id, household.getString("lastRoutine"));
            }
        });
        Document monthDocument = model.find(model.months, monthKey(office, month.toString())).orElse(new Document());
        Set<String> excluded = new HashSet<>(list(monthDocument, "excluded"));
        Set<String> routine = new HashSet<>(list(monthDocument, "routine"));
        routine.removeAll(excluded);
        Set<String> director = new HashSet<>(list(monthDocument, "director"));
        director.removeAll(excluded);

        Instant monthEnd = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        Optional<Document> policy = model.find(model.policies, office)
                .flatMap(document -> document.getList("versions", Document.class).stream()
                        .filter(version -> instant(version, "effectiveFrom").isBefore(monthEnd))
                        .max(Comparator.comparing((Document version) -> instant(version, "effectiveFrom"))
                                       .thenComparing(version -> version.getInteger("number"))));
        VisitRules defaults = RegulationDefaults.document().visits();
        String version = policy.map(document -> document.getString("version")).orElse(office + ":default");
        List<QuotaBand> bands = policy.map(VisitQueries::bands).orElse(defaults.supervisorMonthlyShare());
        Optional<QuotaBand> band = QuotaArithmetic.bandFor(bands, occupied.size());
        Integer quota = band.map(found -> QuotaArithmetic.quota(found.percent(), occupied.size())).orElse(null);
        String bandText = band.map(found -> found.from() + "–" + (found.to() == null ? "" : found.to())
                + " occupied households: " + found.percent() + " %").orElse(null);
        int directorMin = policy.map(document -> document.getInteger("min"))
                                .orElse(defaults.directorVisitsPerMonthMin());
        int directorMax = policy.map(document -> document.getInteger("max"))
                                .orElse(defaults.directorVisitsPerMonthMax());

        int stillNeeded = quota == null ? 0 : Math.max(0, quota - routine.size());
        List<String> suggested = occupied.stream()
                .filter(household -> !routine.contains(household) && !excluded.contains(household))
                .sorted(Comparator.comparing((String household) -> lastRoutine.get(household),
                                             Comparator.nullsFirst(Comparator.naturalOrder()))
                                  .thenComparing(Comparator.naturalOrder()))
                .limit(stillNeeded)
                .toList();
        return new VisitQuota(office, month.toString(), occupied.size(), version, bandText, quota,
                new VisitQuota.Figure(routine.size(), quota,
                        "distinct households with a routine visit this month, excluding those with a complaint or a "
                                + "repair callback this month; callbacks never count",
                        "the supervisors' monthly quota: ceil(percent × occupied / 100)"),
                new VisitQuota.Figure(director.size(), directorMin,
                        "distinct households visited by the director or a department head this month",
                        "at least " + directorMin + ", at most " + directorMax + " a month"),
                excluded.stream().sorted().toList(), suggested);
    }

    private static List<QuotaBand> bands(Document policy) {
        return policy.getList("bands", Document.class).stream()
                     .map(band -> new QuotaBand(band.getInteger("from"), band.getInteger("to"),
                                                band.getInteger("percent")))
                     .toList();
    }

    private static List<String> list(Document document, String field) {
        List<String> values = document.getList(field, String.class);
        return values == null ? List.of() : values;
    }

    private static VisitSummary summary(Document document) {
        return new VisitSummary(document.getString("_id"), document.getString("office"), document.getString("kind"),
                                document.getString("household"), document.getString("status"),
                                instant(document, "due"), instant(document, "dueAtMost"),
                                document.getString("appointedWith"), instant(document, "appointedFor"),
                                document.getString("visitedBy"), instant(document, "visitedAt"),
                                document.getBoolean("onTime"));
    }
}
