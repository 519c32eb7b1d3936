package com.propcare.command.policy;

import com.propcare.events.policy.PolicyDocument;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/** The bodies and answers of the policy endpoints. Who acts is the signed-in user, never a field of the body. */
final class PolicyRequests {

    static final int ID_MAX = 100;

    private PolicyRequests() {
    }

    /**
     * An adoption. {@code effectiveFrom} may be omitted: from now. {@code document} holds what differs from the
     * product defaults: a section, a field or a callback kind left out keeps its default; a list given (bands,
     * performers, categories) replaces the default list as a whole.
     */
    record Adopt(OffsetDateTime effectiveFrom, JsonNode document) {
    }

    /** The answer to an adoption: the new version's name, number and start. */
    record Adopted(String officeId, String version, int number, Instant effectiveFrom, long aggregateVersion) {
    }

    /** One version; the defaults have number 0 and no dates. */
    record VersionView(String officeId, String version, int number, boolean defaults, Instant effectiveFrom,
                       Instant adoptedAt, String adoptedBy, PolicyDocument document) {

        static VersionView of(AdoptedPolicy policy) {
            return new VersionView(policy.office().value(), policy.version().value(), policy.number(),
                                   policy.number() == 0, policy.effectiveFrom(), policy.adoptedAt(),
                                   policy.adoptedBy() == null ? null : policy.adoptedBy().value(), policy.document());
        }
    }

    /** Every version an office adopted, oldest first. */
    record Versions(String officeId, List<VersionView> versions) {
    }
}
