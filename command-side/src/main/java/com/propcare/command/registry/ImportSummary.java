package com.propcare.command.registry;

import java.time.Instant;

/**
 * What an import registered; the answer to the import and, unchanged, to every later import of the same file.
 *
 * @param households how many households the file registered
 * @param occupied   how many of them are occupied
 */
public record ImportSummary(String importId, String officeId, int households, int occupied, Instant importedAt,
                            String importedBy) {
}
