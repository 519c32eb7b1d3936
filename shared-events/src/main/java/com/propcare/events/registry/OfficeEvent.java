package com.propcare.events.registry;

import com.propcare.events.OfficeId;

/** Every fact in an office's stream: its registration and its structure of departments, buildings and units. */
public sealed interface OfficeEvent permits OfficeRegistered, DepartmentAdded, BuildingAdded, UnitsAdded {
    OfficeId officeId();
}
