package com.propcare.events.callback;

import com.propcare.events.registry.StaffRole;

/** A completed work order chosen for a callback, with the role that is to perform it. */
public record SampledRepair(RepairCompletion repair, StaffRole performerRole) {
}
