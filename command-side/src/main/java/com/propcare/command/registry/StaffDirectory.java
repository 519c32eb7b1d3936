package com.propcare.command.registry;

import com.propcare.events.DepartmentId;
import com.propcare.events.OfficeId;
import com.propcare.events.StaffId;
import com.propcare.events.registry.StaffRole;

import java.util.Optional;
import java.util.Set;

/**
 * What other aggregates need to know about a member of staff they cannot see in their own streams: the office, the
 * roles that decide which callbacks, visits and checks they may perform, the department (for the
 * conflict-of-interest rule) and whether they still work there.
 */
public interface StaffDirectory {

    Optional<StaffEntry> find(StaffId staff);

    /** One member of staff as the command side knows them; {@code active} is false once they left. */
    record StaffEntry(StaffId staffId, OfficeId officeId, Set<StaffRole> roles, DepartmentId department,
                      boolean active) {

        public StaffEntry {
            roles = Set.copyOf(roles);
        }

        /** Still working at {@code office}: only such staff may perform or check anything there. */
        public boolean worksAt(OfficeId office) {
            return active && officeId.equals(office);
        }
    }
}
