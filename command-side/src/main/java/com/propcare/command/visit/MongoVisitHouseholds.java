package com.propcare.command.visit;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;
import com.propcare.events.registry.ContactPreferencesChanged;
import com.propcare.events.registry.HouseholdEvent;
import com.propcare.events.registry.HouseholdMovedIn;
import com.propcare.events.registry.HouseholdPersonalDataErased;
import com.propcare.events.registry.HouseholdRegistered;
import com.propcare.events.registry.HouseholdVacated;
import com.propcare.events.registry.HouseholdsImported;
import com.propcare.events.registry.ImportedHousehold;
import com.propcare.events.registry.ImportedHouseholdTakenOver;
import com.propcare.events.registry.KeyResidentFlagsChanged;
import com.propcare.events.registry.ResidentsChanged;
import com.propcare.eventstore.ReadsEvents;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@value #COLLECTION} collection: one document per office ({@code _id} = office id) holding, per household,
 * whether it is occupied and has key residents, so that planning holiday visits reads one document by key. Household
 * ids become field names, escaped so that {@code .} and {@code $} cannot break the path. Every update is a
 * {@code $set}, so a redelivered event changes nothing.
 */
@ReadsEvents(value = HouseholdEvent.class,
             ignores = {ContactPreferencesChanged.class, HouseholdPersonalDataErased.class,
                        ImportedHouseholdTakenOver.class, ResidentsChanged.class})
@Component
@ProcessingGroup(VisitLookups.PROCESSING_GROUP)
class MongoVisitHouseholds implements VisitHouseholds {

    static final String COLLECTION = "visit_household_lookup";
    private static final String HOUSEHOLDS = "households";

    private final MongoCollection<Document> offices;

    MongoVisitHouseholds(MongoDatabase database) {
        this.offices = database.getCollection(COLLECTION);
    }

    @Override
    public List<HouseholdId> occupiedKeyResidents(OfficeId office) {
        return households(office, household -> household.getBoolean("occupied", false)
                && household.getBoolean("key", false));
    }

    @Override
    public List<HouseholdId> occupied(OfficeId office) {
        return households(office, household -> household.getBoolean("occupied", false));
    }

    /**
     * One occupied household per building and floor, the one with the lowest SHA-256 of its id: a representative
     * sample that is the same whoever draws it. Households without a floor stand for their building.
     */
    @Override
    public List<HouseholdId> occupiedOnePerFloor(OfficeId office) {
        Document document = offices.find(Filters.eq("_id", office.value())).first();
        Document households = document == null ? null : document.get(HOUSEHOLDS, Document.class);
        if (households == null) {
            return List.of();
        }
        java.util.Map<String, HouseholdId> chosen = new java.util.TreeMap<>();
        households.forEach((field, value) -> {
            Document household = (Document) value;
            if (household.getBoolean("occupied", false)) {
                HouseholdId id = new HouseholdId(URLDecoder.decode(field, StandardCharsets.UTF_8));
                chosen.merge(String.valueOf(household.getString("floor")), id,
                             (kept, other) -> hash(other).compareTo(hash(kept)) < 0 ? other : kept);
            }
        });
        return chosen.values().stream().sorted(java.util.Comparator.comparing(HouseholdId::value)).toList();
    }

    private static String floorOf(String building, Integer floor) {
        return building + "/" + (floor == null ? "-" : floor);
    }

    private static String hash(HouseholdId household) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(household.value().getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    @Override
    public List<HouseholdId> all(OfficeId office) {
        return households(office, household -> true);
    }

    private List<HouseholdId> households(OfficeId office, java.util.function.Predicate<Document> wanted) {
        Document document = offices.find(Filters.eq("_id", office.value())).first();
        Document households = document == null ? null : document.get(HOUSEHOLDS, Document.class);
        if (households == null) {
            return List.of();
        }
        List<HouseholdId> found = new ArrayList<>();
        households.forEach((field, value) -> {
            if (wanted.test((Document) value)) {
                found.add(new HouseholdId(URLDecoder.decode(field, StandardCharsets.UTF_8)));
            }
        });
        found.sort(java.util.Comparator.comparing(HouseholdId::value));
        return found;
    }

    @EventHandler
    void on(HouseholdRegistered event) {
        update(event.officeId(), Updates.combine(
                Updates.set(path(event.householdId(), "occupied"), event.occupied()),
                Updates.set(path(event.householdId(), "key"), !event.keyResidentFlags().isEmpty()),
                Updates.set(path(event.householdId(), "floor"), floorOf(event.building().value(), event.floor()))));
    }

    @EventHandler
    void on(HouseholdsImported event) {
        List<Bson> changes = new ArrayList<>();
        for (ImportedHousehold household : event.households()) {
            changes.add(Updates.set(path(household.householdId(), "occupied"), household.occupied()));
            changes.add(Updates.set(path(household.householdId(), "key"),
                                    household.keyResidentFlags() != null && !household.keyResidentFlags().isEmpty()));
            changes.add(Updates.set(path(household.householdId(), "floor"),
                                    floorOf(household.building().value(), household.floor())));
        }
        if (!changes.isEmpty()) {
            update(event.officeId(), Updates.combine(changes));
        }
    }

    @EventHandler
    void on(HouseholdMovedIn event) {
        update(event.officeId(), Updates.set(path(event.householdId(), "occupied"), true));
    }

    @EventHandler
    void on(HouseholdVacated event) {
        update(event.officeId(), Updates.set(path(event.householdId(), "occupied"), false));
    }

    @EventHandler
    void on(KeyResidentFlagsChanged event) {
        update(event.officeId(), Updates.set(path(event.householdId(), "key"), !event.keyResidentFlags().isEmpty()));
    }

    private void update(OfficeId office, Bson change) {
        offices.updateOne(Filters.eq("_id", office.value()), change, new UpdateOptions().upsert(true));
    }

    private static String path(HouseholdId household, String field) {
        String escaped = URLEncoder.encode(household.value(), StandardCharsets.UTF_8).replace(".", "%2E");
        return HOUSEHOLDS + "." + escaped + "." + field;
    }
}
