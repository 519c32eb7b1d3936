package com.propcare.command.registry;

import com.propcare.events.HouseholdId;
import com.propcare.events.StaffId;

import java.time.Instant;

/**
 * A command that changes a registered household. {@code expectedVersion} is checked by the household itself, not by
 * Axon: a household registered by an import has no stream of its own until its first change, so these commands
 * are handled with "create if missing", which Axon runs without a version check. The import counts as version 0.
 */
public interface HouseholdChange {
    HouseholdId householdId();

    Long expectedVersion();

    Instant at();

    StaffId by();
}
