package com.propcare.events.registry;

/** How a person belongs to a household: its owner (业主), or someone who lives there without owning it (住户). */
public enum ResidentRole {
    OWNER, RESIDENT
}
