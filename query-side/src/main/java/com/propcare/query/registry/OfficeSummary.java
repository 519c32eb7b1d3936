package com.propcare.query.registry;

/** An office in the list of offices: who it is and how big its structure is. */
public record OfficeSummary(String id, String company, String name, String region, String timeZone,
                            int departments, int buildings) {
}
