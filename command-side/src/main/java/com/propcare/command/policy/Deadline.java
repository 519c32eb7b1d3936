package com.propcare.command.policy;

import com.propcare.events.PolicyVersion;

import java.time.Instant;
import java.util.Objects;

/** A due time together with the policy version that set it, so an event can explain its deadline later. */
public record Deadline(Instant due, PolicyVersion policy) {
    public Deadline {
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(policy, "policy");
    }
}
