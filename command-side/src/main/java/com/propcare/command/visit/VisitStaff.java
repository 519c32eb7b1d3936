package com.propcare.command.visit;

import com.propcare.events.OfficeId;
import com.propcare.events.StaffId;
import com.propcare.events.registry.StaffRole;

import java.util.Optional;
import java.util.Set;

/** Who may perform a visit: each staff member's office, roles and whether they left. */
public interface VisitStaff {

    Optional<Member> find(StaffId staff);

    /** One staff member as visits need them. */
    record Member(StaffId staffId, OfficeId office, Set<StaffRole> roles, boolean left) {
    }
}
