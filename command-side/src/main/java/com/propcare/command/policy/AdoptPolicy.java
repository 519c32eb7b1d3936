package com.propcare.command.policy;

import com.propcare.events.OfficeId;
import com.propcare.events.StaffId;
import com.propcare.events.policy.PolicyDocument;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Adopt a policy document as the office's next version, in force from {@code effectiveFrom}. */
public record AdoptPolicy(OfficeId officeId, Instant effectiveFrom, PolicyDocument document, Instant at,
                          StaffId by) {

    @TargetAggregateIdentifier
    public OfficePolicyId policy() {
        return new OfficePolicyId(officeId);
    }
}
