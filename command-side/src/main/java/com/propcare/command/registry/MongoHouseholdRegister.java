package com.propcare.command.registry;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;
import com.propcare.events.registry.BuildingId;
import com.propcare.events.registry.ContactPreferencesChanged;
import com.propcare.events.registry.HouseholdEvent;
import com.propcare.events.registry.HouseholdImportId;
import com.propcare.events.registry.HouseholdMovedIn;
import com.propcare.events.registry.HouseholdPersonalDataErased;
import com.propcare.events.registry.HouseholdRegistered;
import com.propcare.events.registry.HouseholdVacated;
import com.propcare.events.registry.HouseholdsImported;
import com.propcare.events.registry.ImportedHouseholdTakenOver;
import com.propcare.events.registry.KeyResidentFlagsChanged;
import com.propcare.events.registry.ResidentsChanged;
import com.propcare.eventstore.ReadsEvents;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.bson.Document;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The household register as two command-side lookup collections, each read only by exact {@code _id} (the one kind
 * of lookup the embedded server answers from an index): {@value #UNITS} keyed by {@code office:building:unit} and
 * {@value #HOUSEHOLDS} keyed by household id. Each entry names its {@code holder}: the aggregate whose first event
 * registers it (the household, or the import).
 * <p>
 * Our store writes a command's events before the subscribing handlers of {@value Registry#LOOKUP_PROCESSING_GROUP}
 * run, so a check made there would come too late to refuse anything. Instead the deciding command reserves its
 * entries first (an insert, settled by the unique {@code _id} between two commands racing for one unit), and the
 * event handler here confirms them in the same unit of work. A reservation is released if that unit of work rolls
 * back before the holder's events are stored; one whose command died with its process is taken over after
 * {@link #RESERVATION_TIMEOUT} if its holder never stored an event.
 */
@ReadsEvents(value = HouseholdEvent.class,
             ignores = {ContactPreferencesChanged.class, HouseholdMovedIn.class, HouseholdPersonalDataErased.class,
                        HouseholdVacated.class, ImportedHouseholdTakenOver.class, KeyResidentFlagsChanged.class,
                        ResidentsChanged.class})
@Component
@ProcessingGroup(Registry.LOOKUP_PROCESSING_GROUP)
public class MongoHouseholdRegister implements HouseholdRegister {

    static final String UNITS = "registry_unit_lookup";
    static final String HOUSEHOLDS = "registry_household_lookup";
    /** Far longer than any command takes, imports of 10,000 rows included. */
    static final Duration RESERVATION_TIMEOUT = Duration.ofMinutes(1);

    private static final int DUPLICATE_KEY = 11000;
    private static final String HOLDER = "holder";
    private static final String CONFIRMED = "confirmed";
    private static final String RESERVED_AT = "reservedAt";
    private static final InsertManyOptions UNORDERED = new InsertManyOptions().ordered(false);
    /**
     * Keys per {@code $in}: the embedded server compares each document with the whole list, so one list of 10,000
     * keys costs seconds where batches of this size cost milliseconds; a real MongoDB does not mind either way.
     */
    private static final int IN_BATCH = 200;

    private final MongoCollection<Document> units;
    private final MongoCollection<Document> households;
    private final Clock clock;
    private final Predicate<String> holderStoredEvents;

    @Autowired
    MongoHouseholdRegister(MongoDatabase database, Clock clock, ObjectProvider<EventStore> eventStore) {
        this(database, clock, holder -> eventStore.getObject().lastSequenceNumberFor(holder).isPresent());
    }

    /** @param holderStoredEvents whether the aggregate with this id has stored any event */
    MongoHouseholdRegister(MongoDatabase database, Clock clock, Predicate<String> holderStoredEvents) {
        this.units = database.getCollection(UNITS);
        this.households = database.getCollection(HOUSEHOLDS);
        this.clock = clock;
        this.holderStoredEvents = holderStoredEvents;
    }

    @Override
    public Taken taken(OfficeId office, Collection<UnitAddress> unitAddresses, Collection<HouseholdId> ids) {
        Instant now = clock.instant();
        Map<String, UnitAddress> unitKeys = new HashMap<>();
        unitAddresses.forEach(unit -> unitKeys.put(unitKey(office, unit), unit));
        return new Taken(live(units, unitKeys.keySet(), now).stream().map(unitKeys::get).collect(Collectors.toSet()),
                         live(households, ids.stream().map(HouseholdId::value).toList(), now).stream()
                                 .map(HouseholdId::new).collect(Collectors.toSet()));
    }

    @Override
    public Taken reserve(OfficeId office, String holder, List<Entry> entries) {
        Instant now = clock.instant();
        Map<String, UnitAddress> unitKeys = new LinkedHashMap<>();
        List<Document> unitReservations = new ArrayList<>();
        List<Document> householdReservations = new ArrayList<>();
        for (Entry entry : entries) {
            unitKeys.put(unitKey(office, entry.unit()), entry.unit());
            unitReservations.add(unitEntry(office, entry, holder, now));
            householdReservations.add(householdEntry(office, entry, holder, now));
        }
        List<String> unitIds = List.copyOf(unitKeys.keySet());
        List<String> householdIds = entries.stream().map(entry -> entry.household().value()).toList();
        Set<String> takenUnits = reserveIn(units, unitReservations, holder, now);
        Set<String> takenHouseholds = reserveIn(households, householdReservations, holder, now);
        if (!takenUnits.isEmpty() || !takenHouseholds.isEmpty()) {
            release(units, holder, unitIds);
            release(households, holder, householdIds);
            return new Taken(takenUnits.stream().map(unitKeys::get).collect(Collectors.toSet()),
                             takenHouseholds.stream().map(HouseholdId::new).collect(Collectors.toSet()));
        }
        CurrentUnitOfWork.ifStarted(unitOfWork -> unitOfWork.onRollback(rolledBack -> {
            if (!holderStoredEvents.test(holder)) {
                release(units, holder, unitIds);
                release(households, holder, householdIds);
            }
        }));
        return Taken.NOTHING;
    }

    @Override
    public Optional<OfficeId> officeOf(HouseholdId household) {
        Document entry = households.find(Filters.eq("_id", household.value())).first();
        return entry == null || !entry.getBoolean(CONFIRMED, false) && !holderStoredEvents.test(entry.getString(HOLDER))
               ? Optional.empty() : Optional.of(new OfficeId(entry.getString("office")));
    }

    @Override
    public Optional<ImportedEntry> imported(HouseholdId household) {
        Document entry = households.find(Filters.eq("_id", household.value())).first();
        if (entry == null || entry.getString("importId") == null || !isLive(entry, clock.instant())) {
            return Optional.empty();
        }
        String moveInDate = entry.getString("moveInDate");
        return Optional.of(new ImportedEntry(
                household, new OfficeId(entry.getString("office")), new HouseholdImportId(entry.getString("importId")),
                new UnitAddress(new BuildingId(entry.getString("building")), entry.getString("unit")),
                entry.getBoolean("occupied", false), moveInDate == null ? null : LocalDate.parse(moveInDate)));
    }

    @EventHandler
    void on(HouseholdRegistered event) {
        confirm(event.officeId(), event.householdId().value(), List.of(new Entry(
                event.householdId(), new UnitAddress(event.building(), event.unit()), event.occupied(),
                event.moveInDate(), null)));
    }

    @EventHandler
    void on(HouseholdsImported event) {
        confirm(event.officeId(), event.importId().value(), event.households().stream().map(row -> new Entry(
                row.householdId(), new UnitAddress(row.building(), row.unit()), row.occupied(), row.moveInDate(),
                event.importId())).toList());
    }

    /**
     * Marks the holder's reservations as registered. Entries that are missing (a reservation that timed out while
     * its command was still running) are written from the event, so the register always ends up knowing every
     * household in the log. Idempotent, so a redelivered event changes nothing.
     */
    private void confirm(OfficeId office, String holder, List<Entry> entries) {
        Instant now = clock.instant();
        confirm(units, entries.stream().map(entry -> unitEntry(office, entry, holder, now).append(CONFIRMED, true))
                              .toList());
        confirm(households, entries.stream()
                                   .map(entry -> householdEntry(office, entry, holder, now).append(CONFIRMED, true))
                                   .toList());
    }

    private static void confirm(MongoCollection<Document> collection, List<Document> confirmed) {
        List<Object> keys = confirmed.stream().map(entry -> entry.get("_id")).toList();
        long matched = 0;
        for (List<Object> batch : batches(keys)) {
            matched += collection.updateMany(Filters.in("_id", batch), Updates.set(CONFIRMED, true))
                                 .getMatchedCount();
        }
        if (matched == keys.size()) {
            return;
        }
        Set<Object> present = new HashSet<>();
        for (List<Object> batch : batches(keys)) {
            collection.find(Filters.in("_id", batch)).projection(Projections.include("_id"))
                      .forEach(entry -> present.add(entry.get("_id")));
        }
        insertIgnoringDuplicates(collection, confirmed.stream().filter(entry -> !present.contains(entry.get("_id")))
                                                      .toList());
    }

    /** Inserts the reservations; answers the keys someone else holds. */
    private Set<String> reserveIn(MongoCollection<Document> collection, List<Document> reservations, String holder,
                                  Instant now) {
        List<Document> refused = insertIgnoringDuplicates(collection, reservations);
        if (refused.isEmpty()) {
            return Set.of();
        }
        Map<String, Document> holders = new HashMap<>();
        findAll(collection, refused.stream().map(entry -> entry.getString("_id")).toList())
                .forEach(entry -> holders.put(entry.getString("_id"), entry));
        Set<String> taken = new HashSet<>();
        for (Document reservation : refused) {
            String key = reservation.getString("_id");
            Document current = holders.get(key);
            boolean ours = current == null ? insert(collection, reservation)
                    : holder.equals(current.getString(HOLDER))
                            || !isLive(current, now) && takeOver(collection, current, reservation);
            if (!ours) {
                taken.add(key);
            }
        }
        return taken;
    }

    /**
     * Replaces a reservation whose command never stored its events. The delete names the abandoned reservation
     * exactly, so of two commands taking it over at once only one deletes it, and the unique {@code _id} lets only
     * one insert. (The filter is more than {@code _id}, which the embedded server scans for; this happens only
     * after a process died in the middle of a command.)
     */
    private static boolean takeOver(MongoCollection<Document> collection, Document abandoned, Document reservation) {
        long deleted = collection.deleteOne(Filters.and(Filters.eq("_id", abandoned.get("_id")),
                                                        Filters.eq(HOLDER, abandoned.getString(HOLDER)),
                                                        Filters.eq(RESERVED_AT, abandoned.getDate(RESERVED_AT)),
                                                        Filters.eq(CONFIRMED, false)))
                                 .getDeletedCount();
        return deleted == 1 && insert(collection, reservation);
    }

    /** Removes the holder's reservations that were not confirmed by its events. */
    private static void release(MongoCollection<Document> collection, String holder, List<String> keys) {
        List<Object> ours = findAll(collection, keys).stream()
                                                     .filter(entry -> holder.equals(entry.getString(HOLDER))
                                                             && !entry.getBoolean(CONFIRMED, false))
                                                     .map(entry -> entry.get("_id"))
                                                     .toList();
        for (List<Object> batch : batches(ours)) {
            collection.deleteMany(Filters.in("_id", batch));
        }
    }

    /** An entry counts unless it is a reservation that timed out and whose holder never stored an event. */
    private boolean isLive(Document entry, Instant now) {
        return entry.getBoolean(CONFIRMED, false)
                || entry.getDate(RESERVED_AT).toInstant().plus(RESERVATION_TIMEOUT).isAfter(now)
                || holderStoredEvents.test(entry.getString(HOLDER));
    }

    private Set<String> live(MongoCollection<Document> collection, Collection<String> keys, Instant now) {
        return findAll(collection, List.copyOf(keys)).stream().filter(entry -> isLive(entry, now))
                                                     .map(entry -> entry.getString("_id"))
                                                     .collect(Collectors.toSet());
    }

    private static List<Document> findAll(MongoCollection<Document> collection, List<String> keys) {
        List<Document> found = new ArrayList<>();
        for (List<String> batch : batches(keys)) {
            collection.find(Filters.in("_id", batch)).into(found);
        }
        return found;
    }

    private static <T> List<List<T>> batches(List<T> keys) {
        List<List<T>> batches = new ArrayList<>();
        for (int from = 0; from < keys.size(); from += IN_BATCH) {
            batches.add(keys.subList(from, Math.min(keys.size(), from + IN_BATCH)));
        }
        return batches;
    }

    /** Inserts what it can; answers the entries whose {@code _id} was there already. */
    private static List<Document> insertIgnoringDuplicates(MongoCollection<Document> collection,
                                                           List<Document> entries) {
        if (entries.isEmpty()) {
            return List.of();
        }
        try {
            collection.insertMany(entries, UNORDERED);
            return List.of();
        } catch (MongoBulkWriteException e) {
            List<Document> duplicates = new ArrayList<>();
            e.getWriteErrors().forEach(error -> {
                if (error.getCode() != DUPLICATE_KEY) {
                    throw e;
                }
                duplicates.add(entries.get(error.getIndex()));
            });
            return duplicates;
        }
    }

    private static boolean insert(MongoCollection<Document> collection, Document entry) {
        try {
            collection.insertOne(entry);
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCode() != DUPLICATE_KEY) {
                throw e;
            }
            return false;
        }
    }

    private static Document unitEntry(OfficeId office, Entry entry, String holder, Instant now) {
        return new Document("_id", unitKey(office, entry.unit()))
                .append("household", entry.household().value())
                .append(HOLDER, holder)
                .append(CONFIRMED, false)
                .append(RESERVED_AT, Date.from(now));
    }

    private static Document householdEntry(OfficeId office, Entry entry, String holder, Instant now) {
        return new Document("_id", entry.household().value())
                .append("office", office.value())
                .append("building", entry.unit().building().value())
                .append("unit", entry.unit().unit())
                .append("importId", entry.importId() == null ? null : entry.importId().value())
                .append("occupied", entry.occupied())
                .append("moveInDate", entry.moveInDate() == null ? null : entry.moveInDate().toString())
                .append(HOLDER, holder)
                .append(CONFIRMED, false)
                .append(RESERVED_AT, Date.from(now));
    }

    /** {@code office:building:unit}, each part escaped so that a ':' inside one cannot make two units collide. */
    static String unitKey(OfficeId office, UnitAddress unit) {
        return escape(office.value()) + ":" + escape(unit.building().value()) + ":" + escape(unit.unit());
    }

    private static String escape(String part) {
        return part.replace("%", "%25").replace(":", "%3A");
    }
}
