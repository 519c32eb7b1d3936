package com.propcare.command.policy;

import com.propcare.events.OfficeId;
import com.propcare.events.PolicyVersion;
import com.propcare.events.policy.PolicyDocument;

import java.time.ZoneId;
import java.util.Objects;

/**
 * The whole policy document of the version in force at a moment, named by that version, with the office's time
 * zone. Callbacks, visits and their triggers read their sections from it and record {@code version} with every
 * due time they set.
 */
public record PolicyInForce(OfficeId office, PolicyVersion version, ZoneId zone, PolicyDocument document) {
    public PolicyInForce {
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(document, "document");
    }
}
