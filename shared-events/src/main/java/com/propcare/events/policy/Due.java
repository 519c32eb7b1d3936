package com.propcare.events.policy;

/**
 * How long after its trigger something is due, e.g. 1 working day for the first reply to a complainant. The seeds
 * count in hours, days, working days and months, so the unit is part of the policy value.
 */
public record Due(int amount, DueUnit unit) {
}
