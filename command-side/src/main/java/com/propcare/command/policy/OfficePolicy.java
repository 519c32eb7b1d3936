package com.propcare.command.policy;

import com.propcare.command.registry.OfficeDirectory;
import com.propcare.command.registry.RegistryRefusalCodes;
import com.propcare.command.support.DomainRefusal;
import com.propcare.events.PolicyVersion;
import com.propcare.events.policy.PolicyAdopted;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static com.propcare.command.policy.PolicyRefusalCodes.EFFECTIVE_BEFORE_LATEST;
import static com.propcare.command.policy.PolicyRefusalCodes.FIELD_REQUIRED;
import static com.propcare.command.policy.PolicyRefusalCodes.INVALID;
import static com.propcare.command.policy.PolicyRefusalCodes.RETROACTIVE;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The versions of one office's policy. A change is a new version, never an edit, and versions take effect in the
 * order they are adopted: a version cannot take effect before the latest one does, nor before it is adopted, because
 * decisions already taken name the version that was in force when their fact happened and must stay explained by
 * it. A version adopted for a later date may be followed by one for the same date, which then wins.
 */
@Aggregate
class OfficePolicy {

    private static final String DOCUMENT = "document";

    @AggregateIdentifier
    private OfficePolicyId id;
    private int versions;
    private PolicyVersion latestVersion;
    private Instant latestEffectiveFrom;

    protected OfficePolicy() {
    }

    /** Handled as "create if missing": an office's first adoption starts its stream. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(AdoptPolicy command, OfficeDirectory offices) {
        requirePresent("officeId", command.officeId());
        requirePresent("effectiveFrom", command.effectiveFrom());
        requirePresent(DOCUMENT, command.document());
        requirePresent("at", command.at());
        requirePresent("by", command.by());
        if (offices.find(command.officeId()).isEmpty()) {
            throw DomainRefusal.notFound(RegistryRefusalCodes.OFFICE_NOT_FOUND, "No office " + command.officeId()
                    + " is registered", Map.of("officeId", command.officeId().value()));
        }
        if (command.effectiveFrom().isBefore(command.at())) {
            throw DomainRefusal.unprocessable(RETROACTIVE, "effectiveFrom " + command.effectiveFrom()
                    + " lies before the adoption at " + command.at() + "; a policy cannot change the past",
                    Map.of("field", "effectiveFrom", "effectiveFrom", command.effectiveFrom().toString(),
                           "adoptedAt", command.at().toString()));
        }
        if (latestEffectiveFrom != null && command.effectiveFrom().isBefore(latestEffectiveFrom)) {
            throw new DomainRefusal(EFFECTIVE_BEFORE_LATEST, "effectiveFrom " + command.effectiveFrom()
                    + " lies before " + latestEffectiveFrom + ", when the latest version " + latestVersion
                    + " takes effect", Map.of("effectiveFrom", command.effectiveFrom().toString(),
                                              "latestVersion", latestVersion.value(),
                                              "latestEffectiveFrom", latestEffectiveFrom.toString()));
        }
        List<PolicyRules.Violation> violations = PolicyRules.violations(command.document(), DOCUMENT);
        if (!violations.isEmpty()) {
            PolicyRules.Violation first = violations.get(0);
            throw DomainRefusal.unprocessable(INVALID, "The policy document breaks " + violations.size()
                    + " rule(s), first " + first.field() + " (" + first.rule() + "): " + first.message(),
                    Map.of("field", first.field(),
                           "errors", violations.stream().map(PolicyRules.Violation::asMap).toList()));
        }
        int number = versions + 1;
        apply(new PolicyAdopted(command.officeId(), new PolicyVersion(command.officeId().value() + ":v" + number),
                                number, command.effectiveFrom(), command.document(), command.at(), command.by()));
    }

    @EventSourcingHandler
    void on(PolicyAdopted event) {
        id = new OfficePolicyId(event.officeId());
        versions = event.number();
        latestVersion = event.version();
        latestEffectiveFrom = event.effectiveFrom();
    }

    private static void requirePresent(String field, Object value) {
        if (value == null) {
            throw DomainRefusal.unprocessable(FIELD_REQUIRED, field + " is required", Map.of("field", field));
        }
    }
}
