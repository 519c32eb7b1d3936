package com.propcare.command.policy;

import com.propcare.events.OfficeId;
import com.propcare.events.PolicyVersion;
import com.propcare.events.StaffId;
import com.propcare.events.policy.PolicyDocument;

import java.time.Instant;
import java.util.Objects;

/**
 * One version of an office's policy. The defaults of an office that adopted nothing are version
 * {@code <office>:default} with number 0, in force since ever: {@code effectiveFrom}, {@code adoptedAt} and
 * {@code adoptedBy} are null.
 */
public record AdoptedPolicy(OfficeId office, PolicyVersion version, int number, Instant effectiveFrom,
                            PolicyDocument document, Instant adoptedAt, StaffId adoptedBy) {

    public AdoptedPolicy {
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(document, "document");
    }

    static AdoptedPolicy defaults(OfficeId office) {
        return new AdoptedPolicy(office, new PolicyVersion(office.value() + ":default"), 0, null,
                                 PolicyDefaults.document(), null, null);
    }
}
