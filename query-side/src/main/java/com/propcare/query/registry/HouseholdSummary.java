package com.propcare.query.registry;

import org.bson.Document;

import java.time.LocalDate;
import java.util.List;

import static com.propcare.query.registry.RegistryDocuments.integer;
import static com.propcare.query.registry.RegistryDocuments.localDate;
import static com.propcare.query.registry.RegistryDocuments.strings;
import static com.propcare.query.registry.RegistryDocuments.text;

/**
 * A household in its office's list. It carries no personal data (a list is for finding households; residents are
 * shown, decrypted, when one household is opened), only how many residents it has.
 */
public record HouseholdSummary(String id, String building, String unit, Integer floor, boolean occupied,
                               LocalDate moveInDate, List<String> keyResidentFlags, String preferredChannel,
                               List<String> declinedChannels, int residents) {

    Document toDocument() {
        return new Document("id", id)
                .append("building", building)
                .append("unit", unit)
                .append("floor", floor)
                .append("occupied", occupied)
                .append("moveInDate", text(moveInDate))
                .append("keyResidentFlags", keyResidentFlags)
                .append("preferredChannel", preferredChannel)
                .append("declinedChannels", declinedChannels)
                .append("residents", residents);
    }

    static HouseholdSummary fromDocument(Document d) {
        return new HouseholdSummary(d.getString("id"), d.getString("building"), d.getString("unit"),
                                    integer(d, "floor"), d.getBoolean("occupied", false), localDate(d, "moveInDate"),
                                    strings(d, "keyResidentFlags"), d.getString("preferredChannel"),
                                    strings(d, "declinedChannels"), integer(d, "residents"));
    }
}
