package com.propcare.query.registry;

import com.propcare.events.SealedValue;
import com.propcare.events.registry.HouseholdImportId;
import com.propcare.events.registry.HouseholdRegistered;
import com.propcare.events.registry.ImportedHousehold;
import com.propcare.events.registry.Resident;
import org.bson.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static com.propcare.query.registry.RegistryDocuments.date;
import static com.propcare.query.registry.RegistryDocuments.documents;
import static com.propcare.query.registry.RegistryDocuments.instant;
import static com.propcare.query.registry.RegistryDocuments.integer;
import static com.propcare.query.registry.RegistryDocuments.localDate;
import static com.propcare.query.registry.RegistryDocuments.names;
import static com.propcare.query.registry.RegistryDocuments.strings;
import static com.propcare.query.registry.RegistryDocuments.text;
import static com.propcare.query.registry.RegistryDocuments.versionOf;

/**
 * A household as stored on the read side. Residents stay sealed here as in the log, so that destroying the
 * household's key erases them from the read model too; they are opened only when one household is shown.
 * {@code version} is the last applied sequence number of the household's own stream; a household an import
 * registered counts the import as version 0 ({@code importId} names it), which is where its own stream continues.
 */
record HouseholdView(String id, String office, String building, String unit, Integer floor, boolean occupied,
                     LocalDate moveInDate, LocalDate movedOutOn, List<String> keyResidentFlags,
                     String preferredChannel, List<String> declinedChannels, List<SealedResident> residents,
                     String importId, Instant registeredAt, Instant lastChangedAt, long version) {

    /** A resident with name and phone sealed; {@code phone} may be null. */
    record SealedResident(String role, SealedValue name, SealedValue phone) {

        static List<SealedResident> of(List<Resident> residents) {
            return residents.stream().map(r -> new SealedResident(r.role().name(), r.name(), r.phone())).toList();
        }
    }

    HouseholdView {
        keyResidentFlags = List.copyOf(keyResidentFlags);
        declinedChannels = List.copyOf(declinedChannels);
        residents = List.copyOf(residents);
    }

    static HouseholdView registered(HouseholdRegistered event, long sequence) {
        return new HouseholdView(event.householdId().value(), event.officeId().value(), event.building().value(),
                                 event.unit(), event.floor(), event.occupied(), event.moveInDate(), null,
                                 names(event.keyResidentFlags()), name(event.preferredChannel()),
                                 names(event.declinedChannels()), SealedResident.of(event.residents()), null,
                                 event.registeredAt(), event.registeredAt(), sequence);
    }

    static HouseholdView imported(HouseholdImportId importId, String office, ImportedHousehold row, Instant at) {
        return new HouseholdView(row.householdId().value(), office, row.building().value(), row.unit(), row.floor(),
                                 row.occupied(), row.moveInDate(), null, names(row.keyResidentFlags()),
                                 name(row.preferredChannel()), names(row.declinedChannels()),
                                 SealedResident.of(row.residents()), importId.value(), at, at, 0);
    }

    HouseholdView movedIn(LocalDate date, List<Resident> newResidents, Instant at, long sequence) {
        return new HouseholdView(id, office, building, unit, floor, true, date, movedOutOn, keyResidentFlags,
                                 preferredChannel, declinedChannels, SealedResident.of(newResidents), importId,
                                 registeredAt, at, sequence);
    }

    /** The residents are no longer shown: they moved out. */
    HouseholdView vacated(LocalDate date, Instant at, long sequence) {
        return new HouseholdView(id, office, building, unit, floor, false, moveInDate, date, keyResidentFlags,
                                 preferredChannel, declinedChannels, List.of(), importId, registeredAt, at, sequence);
    }

    HouseholdView flagged(List<String> flags, Instant at, long sequence) {
        return new HouseholdView(id, office, building, unit, floor, occupied, moveInDate, movedOutOn, flags,
                                 preferredChannel, declinedChannels, residents, importId, registeredAt, at, sequence);
    }

    HouseholdView prefers(String preferred, List<String> declined, Instant at, long sequence) {
        return new HouseholdView(id, office, building, unit, floor, occupied, moveInDate, movedOutOn,
                                 keyResidentFlags, preferred, declined, residents, importId, registeredAt, at,
                                 sequence);
    }

    HouseholdView residentsChanged(List<Resident> newResidents, Instant at, long sequence) {
        return new HouseholdView(id, office, building, unit, floor, occupied, moveInDate, movedOutOn,
                                 keyResidentFlags, preferredChannel, declinedChannels,
                                 SealedResident.of(newResidents), importId, registeredAt, at, sequence);
    }

    /** Its entry in the office's list: everything the list shows and filters on, no personal data. */
    HouseholdSummary summary() {
        return new HouseholdSummary(id, building, unit, floor, occupied, moveInDate, keyResidentFlags,
                                    preferredChannel, declinedChannels, residents.size());
    }

    Document toDocument() {
        return new Document("_id", id)
                .append("office", office)
                .append("building", building)
                .append("unit", unit)
                .append("floor", floor)
                .append("occupied", occupied)
                .append("moveInDate", text(moveInDate))
                .append("movedOutOn", text(movedOutOn))
                .append("keyResidentFlags", keyResidentFlags)
                .append("preferredChannel", preferredChannel)
                .append("declinedChannels", declinedChannels)
                .append("residents", residents.stream().map(r -> new Document("role", r.role())
                        .append("name", sealed(r.name()))
                        .append("phone", sealed(r.phone()))).toList())
                .append("importId", importId)
                .append("registeredAt", date(registeredAt))
                .append("lastChangedAt", date(lastChangedAt))
                .append("version", version);
    }

    static HouseholdView fromDocument(Document d) {
        return new HouseholdView(
                d.getString("_id"), d.getString("office"), d.getString("building"), d.getString("unit"),
                integer(d, "floor"), d.getBoolean("occupied", false), localDate(d, "moveInDate"),
                localDate(d, "movedOutOn"), strings(d, "keyResidentFlags"), d.getString("preferredChannel"),
                strings(d, "declinedChannels"),
                documents(d, "residents").stream().map(r -> new SealedResident(
                        r.getString("role"), sealed(r.get("name", Document.class)),
                        sealed(r.get("phone", Document.class)))).toList(),
                d.getString("importId"), instant(d, "registeredAt"), instant(d, "lastChangedAt"), versionOf(d));
    }

    private static Document sealed(SealedValue value) {
        return value == null ? null : new Document("keyId", value.keyId()).append("ciphertext", value.ciphertext());
    }

    private static SealedValue sealed(Document value) {
        return value == null ? null : new SealedValue(value.getString("keyId"), value.getString("ciphertext"));
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
