package com.propcare.query.registry;

import com.propcare.events.DepartmentId;
import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;
import com.propcare.events.SealedValue;
import com.propcare.events.StaffId;
import com.propcare.events.registry.BuildingAdded;
import com.propcare.events.registry.BuildingId;
import com.propcare.events.registry.ContactChannel;
import com.propcare.events.registry.DepartmentAdded;
import com.propcare.events.registry.HouseholdImportId;
import com.propcare.events.registry.HouseholdRegistered;
import com.propcare.events.registry.HouseholdsImported;
import com.propcare.events.registry.ImportedHousehold;
import com.propcare.events.registry.KeyResidentFlag;
import com.propcare.events.registry.OfficeRegistered;
import com.propcare.events.registry.Resident;
import com.propcare.events.registry.ResidentRole;
import com.propcare.eventstore.personal.PersonalDataVault.Sealed;
import com.propcare.eventstore.personal.PersonalDataVault;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static com.propcare.query.registry.InMemoryRegistryQuerySide.NOW;

/** Registry events as the command side writes them, residents sealed with the real vault. */
final class RegistryEvents {

    static final OfficeId OFFICE = new OfficeId("office-1");
    static final StaffId CLERK = new StaffId("clerk-1");
    static final BuildingId BUILDING_3 = new BuildingId("3");
    static final LocalDate MOVED_IN = LocalDate.of(2024, 5, 1);
    static final HouseholdImportId IMPORT = new HouseholdImportId("import-1");

    private RegistryEvents() {
    }

    static OfficeRegistered officeRegistered() {
        return new OfficeRegistered(OFFICE, "Evergreen Property", "Garden Court", "cn-mainland",
                                    ZoneId.of("Asia/Shanghai"), NOW, CLERK);
    }

    static DepartmentAdded departmentAdded(String id) {
        return new DepartmentAdded(OFFICE, new DepartmentId(id), "Department " + id, NOW, CLERK);
    }

    static BuildingAdded buildingAdded(BuildingId building) {
        return new BuildingAdded(OFFICE, building, "Building " + building, NOW, CLERK);
    }

    static Resident resident(PersonalDataVault vault, String household, String name, String phone) {
        return new Resident(ResidentRole.OWNER, sealed(vault.encrypt(household, name)),
                            phone == null ? null : sealed(vault.encrypt(household, phone)));
    }

    static HouseholdRegistered householdRegistered(PersonalDataVault vault, String id, String unit) {
        return new HouseholdRegistered(new HouseholdId(id), OFFICE, BUILDING_3, unit, 12, true, MOVED_IN,
                                       Set.of(KeyResidentFlag.DISABLED), ContactChannel.SMS,
                                       Set.of(ContactChannel.VISIT),
                                       List.of(resident(vault, id, "Wang Jianguo", "13800000000")), NOW, CLERK);
    }

    /** {@code count} households on building 3, units 100 onwards; every third one vacant, every fifth flagged. */
    static HouseholdsImported imported(PersonalDataVault vault, int count) {
        return new HouseholdsImported(IMPORT, OFFICE, IntStream.range(0, count).mapToObj(i -> {
            String id = "h-" + i;
            boolean occupied = i % 3 != 0;
            return new ImportedHousehold(new HouseholdId(id), BUILDING_3, String.valueOf(100 + i), 1 + i / 10,
                                         occupied, occupied ? MOVED_IN : null,
                                         i % 5 == 0 ? Set.of(KeyResidentFlag.AGED_LIVING_WITHOUT_CHILDREN) : Set.of(),
                                         null, Set.of(),
                                         occupied ? List.of(resident(vault, id, "Resident " + i, null)) : List.of());
        }).toList(), NOW, CLERK);
    }

    private static SealedValue sealed(Sealed sealed) {
        return new SealedValue(sealed.keyId(), sealed.ciphertext());
    }
}
