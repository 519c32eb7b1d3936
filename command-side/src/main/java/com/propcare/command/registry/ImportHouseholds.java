package com.propcare.command.registry;

import com.propcare.events.OfficeId;
import com.propcare.events.StaffId;
import com.propcare.events.registry.HouseholdImportId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

/**
 * Register every household of a file in one step: all rows or none. The id is derived from the office and the
 * file's bytes, so sending the same file again finds the import already done.
 */
public record ImportHouseholds(@TargetAggregateIdentifier HouseholdImportId importId, OfficeId officeId,
                               List<ImportRow> rows, Instant at, StaffId by) {

    /** The most rows one file may hold: keeps the one stored event far below MongoDB's 16 MB document limit. */
    public static final int MAX_ROWS = 10_000;
}
