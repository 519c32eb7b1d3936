package com.propcare.query.dashboard;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.propcare.query.registry.OfficeZones;
import com.propcare.query.support.FieldNames;
import com.propcare.query.support.KnownZones;
import com.propcare.query.support.ProcessorBatch;
import org.bson.Document;

import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One generation ("blue" or "green") of the dashboard read model. Every document is read and written by its exact
 * {@code _id}, the only lookup the embedded server answers from an index, so a dashboard costs a handful of key
 * reads however long the log is:
 * <ul>
 *     <li>{@code months}: per office and month ({@code office|2026-11}), an entry per complaint received, callback
 *     and follow-up due, and visit made in that month;</li>
 *     <li>{@code open}: per office, an entry per obligation still open (reply, remedy, department result,
 *     callback, follow-up, visit, opinion answer), removed when it is met;</li>
 *     <li>{@code refs}: per complaint, callback and follow-up, where its entry lives (the later events of a
 *     complaint do not name its office);</li>
 *     <li>{@code offices}, {@code households}, {@code policies}: the offices with their zones, each office's
 *     households with occupancy, and the targets of each adopted policy version.</li>
 * </ul>
 * Each write sets what one event says, field by field, so a redelivered event changes nothing and a replay in
 * order ends in the same documents. Ids used as field names are escaped ({@link FieldNames}).
 */
final class DashboardStore {

    private static final String ALL_OFFICES = "all";
    private static final int CACHED_REFS = 20_000;
    private static final Duration HOUSEHOLDS_FRESH_FOR = Duration.ofSeconds(30);

    private final String generation;
    private final List<MongoCollection<Document>> collections;
    private final MongoCollection<Document> months;
    private final MongoCollection<Document> open;
    private final MongoCollection<Document> refs;
    private final MongoCollection<Document> offices;
    private final MongoCollection<Document> households;
    private final MongoCollection<Document> policies;
    private final KnownZones zones = new KnownZones(OfficeZones.DEFAULT_ZONE, this::storedZone);
    private final Map<String, CachedCount> householdCounts = new ConcurrentHashMap<>();
    private final Map<String, Document> cachedRefs = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Document> eldest) {
            return size() > CACHED_REFS;
        }
    });

    DashboardStore(MongoDatabase database, String generation) {
        this.generation = generation;
        String prefix = "dashboard_" + generation + "_";
        this.months = database.getCollection(prefix + "months");
        this.open = database.getCollection(prefix + "open");
        this.refs = database.getCollection(prefix + "refs");
        this.offices = database.getCollection(prefix + "offices");
        this.households = database.getCollection(prefix + "households");
        this.policies = database.getCollection(prefix + "policies");
        this.collections = List.of(months, open, refs, offices, households, policies);
    }

    String generation() {
        return generation;
    }

    static String monthKey(String office, YearMonth month) {
        return office + "|" + month;
    }

    // ---- writes

    void office(String office, String name, ZoneId zone) {
        write(offices, ALL_OFFICES, Map.of("offices." + FieldNames.escape(office),
                                           new Document("name", name).append("zone", zone.getId())));
        zones.registered(office, zone);
    }

    void ref(String key, Document values) {
        write(refs, key, values);
        cachedRefs.remove(key);
    }

    /** Sets fields of one entry of a month document: {@code section.<id>.<field>}. */
    void entry(String office, YearMonth month, String section, String id, Document fields) {
        String path = section + "." + FieldNames.escape(id) + ".";
        Map<String, Object> sets = new LinkedHashMap<>();
        sets.put("office", office);
        sets.put("month", month.toString());
        fields.forEach((name, value) -> sets.put(path + name, value));
        write(months, monthKey(office, month), sets);
    }

    /** Marks a household as visited in the year: {@code office|2026}, kept beside the month documents. */
    void visited(String office, Year year, String household) {
        write(months, office + "|" + year, Map.of("households." + FieldNames.escape(household), true));
    }

    void openItem(String office, String key, OpenItem item) {
        write(open, office, Map.of("items." + FieldNames.escape(key), DashboardDocuments.toDocument(item)));
    }

    void closeItems(String office, Collection<String> keys) {
        ProcessorBatch.unsetFields(open, office, keys.stream().map(key -> "items." + FieldNames.escape(key)).toList());
    }

    void households(String office, Map<String, Boolean> occupied) {
        Map<String, Object> sets = new LinkedHashMap<>();
        occupied.forEach((household, isOccupied) -> sets.put("households." + FieldNames.escape(household),
                                                             isOccupied));
        write(households, office, sets);
        householdCounts.remove(office);
    }

    void policy(String office, int number, Document version) {
        write(policies, office, Map.of("versions." + number, version));
    }

    /** Inside a processor's batch, writes wait for its last event ({@link ProcessorBatch}); outside one, none. */
    private void write(MongoCollection<Document> collection, String id, Map<String, Object> fields) {
        ProcessorBatch.setFields(collection, id, fields);
    }

    void clear() {
        collections.forEach(collection -> collection.deleteMany(new Document()));
        zones.clear();
        cachedRefs.clear();
        householdCounts.clear();
    }

    // ---- reads

    /**
     * Where a complaint, callback or follow-up lives. What this batch wrote comes first; refs never change once
     * written, so those read from the store are kept in a bounded cache, which spares a replay most lookups.
     */
    Optional<Document> ref(String key) {
        Optional<Document> pending = ProcessorBatch.pendingFields(refs, key);
        if (pending.isPresent()) {
            return pending;
        }
        Document cached = cachedRefs.get(key);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Document> stored = Optional.ofNullable(refs.find(Filters.eq("_id", key)).first());
        stored.ifPresent(document -> cachedRefs.put(key, document));
        return stored;
    }

    /** The office's month as counted so far; empty when nothing of it was recorded yet. */
    Month month(String office, YearMonth month) {
        return DashboardDocuments.month(office, month, months.find(Filters.eq("_id", monthKey(office, month))).first());
    }

    /** The months of the given keys that have anything recorded, in no particular order. */
    List<Month> months(Collection<String> keys) {
        return months.find(Filters.in("_id", keys)).into(new ArrayList<>()).stream()
                     .map(DashboardDocuments::month).toList();
    }

    /** The households visited in the year. */
    Set<String> visited(String office, Year year) {
        Document document = months.find(Filters.eq("_id", office + "|" + year)).first();
        Document households = document == null ? null : document.get("households", Document.class);
        Set<String> visited = new HashSet<>();
        if (households != null) {
            households.keySet().forEach(household -> visited.add(FieldNames.unescape(household)));
        }
        return visited;
    }

    /** Open items of an office by key. */
    Map<String, OpenItem> openItems(String office) {
        Document document = open.find(Filters.eq("_id", office)).first();
        Map<String, OpenItem> items = new LinkedHashMap<>();
        entries(document == null ? null : document.get("items", Document.class))
                .forEach((key, item) -> items.put(key, DashboardDocuments.openItem(item)));
        return items;
    }

    /** Every known office with its name and zone, by id. */
    Map<String, Document> offices() {
        Document document = offices.find(Filters.eq("_id", ALL_OFFICES)).first();
        return entries(document == null ? null : document.get("offices", Document.class));
    }

    boolean knows(String office) {
        return zones.knows(office) || offices().containsKey(office);
    }

    /** The office's zone; an office the registry has not announced (yet) counts in the default zone. */
    ZoneId zone(String office) {
        return zones.of(office);
    }

    private Optional<ZoneId> storedZone(String office) {
        return Optional.ofNullable(offices().get(office)).map(entry -> ZoneId.of(entry.getString("zone")));
    }

    YearMonth monthOf(String office, Instant at) {
        return YearMonth.from(at.atZone(zone(office)));
    }

    /**
     * Households of the office: how many there are, and how many are occupied. Counting an office's households reads
     * a large document, and they change rarely, so the count is kept for {@link #HOUSEHOLDS_FRESH_FOR}; a change this
     * instance projects replaces it at once.
     */
    HouseholdCount households(String office) {
        CachedCount cached = householdCounts.get(office);
        long now = System.nanoTime();
        if (cached != null && now - cached.countedAt() < HOUSEHOLDS_FRESH_FOR.toNanos()) {
            return cached.count();
        }
        HouseholdCount count = countHouseholds(office);
        householdCounts.put(office, new CachedCount(count, now));
        return count;
    }

    private HouseholdCount countHouseholds(String office) {
        Document document = households.find(Filters.eq("_id", office)).first();
        Document all = document == null ? null : document.get("households", Document.class);
        if (all == null) {
            return new HouseholdCount(0, 0, List.of());
        }
        List<String> occupied = new ArrayList<>();
        all.forEach((household, isOccupied) -> {
            if (Boolean.TRUE.equals(isOccupied)) {
                occupied.add(FieldNames.unescape(household));
            }
        });
        return new HouseholdCount(all.size(), occupied.size(), occupied);
    }

    /** The office's adopted versions, each with its number, in no particular order. */
    List<Document> policies(String office) {
        Document document = policies.find(Filters.eq("_id", office)).first();
        Document versions = document == null ? null : document.get("versions", Document.class);
        return versions == null ? List.of() : versions.values().stream().map(Document.class::cast).toList();
    }

    private static Map<String, Document> entries(Document entries) {
        Map<String, Document> byKey = new LinkedHashMap<>();
        if (entries != null) {
            entries.forEach((key, value) -> byKey.put(FieldNames.unescape(key), (Document) value));
        }
        return byKey;
    }

    record HouseholdCount(int registered, int occupied, List<String> occupiedIds) {
    }

    private record CachedCount(HouseholdCount count, long countedAt) {
    }
}
