package com.propcare.command.policy;

import com.propcare.events.OfficeId;

import java.util.Objects;

/**
 * Identifies the stream of one office's policy versions, e.g. {@code policy:office-1}. The prefix keeps it apart
 * from the office's own stream, which has the bare office id.
 */
public record OfficePolicyId(OfficeId office) {

    public OfficePolicyId {
        Objects.requireNonNull(office, "office");
    }

    @Override
    public String toString() {
        return "policy:" + office.value();
    }
}
