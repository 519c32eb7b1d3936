package com.propcare.query.registry;

import com.propcare.query.support.PersonalDataMask;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One household as staff see it, with its residents' names and phones decrypted. A resident whose data was
 * erased (the household's key destroyed) is shown with {@code erased} and no name or phone. {@code version} is the
 * household's version for {@code If-Match} on its commands.
 */
public record HouseholdDetails(String id, String officeId, String building, String unit, Integer floor,
                               boolean occupied, LocalDate moveInDate, LocalDate movedOutOn,
                               List<String> keyResidentFlags, String preferredChannel, List<String> declinedChannels,
                               List<ShownResident> residents, String importId, Instant registeredAt,
                               Instant lastChangedAt, long version) {

    /** A resident in clear text, or {@code erased}. */
    public record ShownResident(String role, String name, String phone, boolean erased) {
    }

    public HouseholdDetails {
        residents = List.copyOf(residents);
    }

    static HouseholdDetails of(HouseholdView view, List<ShownResident> residents) {
        return new HouseholdDetails(view.id(), view.office(), view.building(), view.unit(), view.floor(),
                                    view.occupied(), view.moveInDate(), view.movedOutOn(), view.keyResidentFlags(),
                                    view.preferredChannel(), view.declinedChannels(), residents, view.importId(),
                                    view.registeredAt(), view.lastChangedAt(), view.version());
    }

    /** As shown to a user without the right to personal data: names and phones masked. */
    HouseholdDetails masked() {
        return new HouseholdDetails(id, officeId, building, unit, floor, occupied, moveInDate, movedOutOn,
                                    keyResidentFlags, preferredChannel, declinedChannels, residents.stream().map(
                resident -> resident.erased() ? resident
                        : new ShownResident(resident.role(), PersonalDataMask.MASK,
                                            resident.phone() == null ? null : PersonalDataMask.MASK, false)).toList(),
                                    importId, registeredAt, lastChangedAt, version);
    }

    boolean anyErased() {
        return residents.stream().anyMatch(ShownResident::erased);
    }
}
