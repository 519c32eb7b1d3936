package com.propcare.events.registry;

import com.propcare.events.OfficeId;
import com.propcare.events.StaffId;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/**
 * A file of households was imported into an office, all rows or none: one event, stored as one document, so the
 * import is atomic without transactions. Each row registers a household exactly as {@link HouseholdRegistered}
 * does; readers treat them alike. The household's own stream starts later, with {@link ImportedHouseholdTakenOver},
 * if it ever changes. At most 10,000 rows, which keeps the stored document far below MongoDB's 16 MB limit.
 */
@Revision("1")
public record HouseholdsImported(HouseholdImportId importId, OfficeId officeId, List<ImportedHousehold> households,
                                 Instant importedAt, StaffId importedBy) {
}
