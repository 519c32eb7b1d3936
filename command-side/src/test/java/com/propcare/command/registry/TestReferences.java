package com.propcare.command.registry;

import com.propcare.access.AggregateOffices.Owner;
import com.propcare.command.registry.OfficeDirectory.OfficeEntry;
import com.propcare.events.DepartmentId;
import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;
import com.propcare.events.registry.StaffRole;

import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The registry as aggregate tests need it for reference checks: one office in Asia/Shanghai with the given
 * departments and staff, where every household and record is registered except those whose id starts with
 * {@value #UNKNOWN}.
 */
public final class TestReferences {

    /** Households whose id starts with this are not registered anywhere. */
    public static final String UNKNOWN = "unknown";

    private TestReferences() {
    }

    /** Every id works at the office with these roles, except ids starting with {@value #UNKNOWN}. */
    public static StaffDirectory everyoneAt(OfficeId office, StaffRole... roles) {
        return staff -> staff.value().startsWith(UNKNOWN) ? Optional.empty()
                : Optional.of(new StaffDirectory.StaffEntry(staff, office, Set.of(roles), null, true));
    }

    /** Every office is registered (none with a department, a member of staff or a household). */
    public static References anyOffice() {
        OfficeDirectory offices = id -> id.value().startsWith(UNKNOWN) ? Optional.empty()
                : Optional.of(new OfficeEntry(id, ZoneId.of("Asia/Shanghai"), Set.of(), Set.of()));
        return new References(offices, staff -> Optional.empty(), new RegisteredHouseholds(null), id -> Optional.empty());
    }

    public static References of(OfficeId office, Set<DepartmentId> departments, StaffDirectory staff) {
        OfficeDirectory offices = id -> id.equals(office)
                                        ? Optional.of(new OfficeEntry(office, ZoneId.of("Asia/Shanghai"), departments,
                                                                      Set.of()))
                                        : Optional.empty();
        return new References(offices, staff, new RegisteredHouseholds(office), id -> id.startsWith(UNKNOWN)
                ? Optional.empty() : Optional.of(new Owner(kindOf(id), office.value())));
    }

    /** Records of the office are known by their ids: {@code cb-…} a callback, {@code visit-…} a visit, else a complaint. */
    private static String kindOf(String id) {
        return id.startsWith("cb-") ? "Callback" : id.startsWith("visit") ? "Visit" : "Complaint";
    }

    /** Answers which office a household is in; the register's reservations are not part of these tests. */
    private record RegisteredHouseholds(OfficeId office) implements HouseholdRegister {

        @Override
        public Optional<OfficeId> officeOf(HouseholdId household) {
            return household.value().startsWith(UNKNOWN) ? Optional.empty() : Optional.ofNullable(office);
        }

        @Override
        public Taken taken(OfficeId office, Collection<UnitAddress> units, Collection<HouseholdId> households) {
            throw new UnsupportedOperationException("not a registry test");
        }

        @Override
        public Taken reserve(OfficeId office, String holder, List<Entry> entries) {
            throw new UnsupportedOperationException("not a registry test");
        }

        @Override
        public Optional<ImportedEntry> imported(HouseholdId household) {
            return Optional.empty();
        }
    }
}
