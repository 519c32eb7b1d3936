package com.propcare.events.registry;

import com.propcare.events.OfficeId;
import com.propcare.events.StaffId;

/** Every fact in one staff member's stream. */
public sealed interface StaffEvent permits StaffHired, StaffRolesChanged, StaffDepartmentChanged, StaffLeft {
    StaffId staffId();

    OfficeId officeId();
}
