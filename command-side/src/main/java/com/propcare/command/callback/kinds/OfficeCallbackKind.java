package com.propcare.command.callback.kinds;

import com.propcare.command.registry.References;
import com.propcare.command.support.DomainRefusal;
import com.propcare.events.OfficeId;
import com.propcare.events.callback.CallbackKindDefined;
import com.propcare.events.callback.KindCode;
import com.propcare.events.policy.CallbackKind;
import com.propcare.events.policy.Due;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A callback kind an office defined itself (identified {@code <office>:<code>}), so that every follow-up the
 * regulations name works by configuration: which recorded matters trigger it, when, by whom, how and how long its
 * records are kept.
 */
@Aggregate
class OfficeCallbackKind {

    static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

    @AggregateIdentifier
    private String id;
    private int revision;

    protected OfficeCallbackKind() {
    }

    static String idOf(OfficeId office, KindCode code) {
        return office.value() + ":" + code.value();
    }

    @CommandHandler
    OfficeCallbackKind(DefineCallbackKind command, References references) {
        references.office(command.officeId(), "officeId");
        validate(command.kindId(), command.officeId(), command.code(), command.definition());
        apply(defined(command.officeId(), command.code(), command.definition(), 1, command.at()));
    }

    @CommandHandler
    void handle(RedefineCallbackKind command) {
        validate(command.kindId(), command.officeId(), command.code(), command.definition());
        apply(defined(command.officeId(), command.code(), command.definition(), revision + 1, command.at()));
    }

    @EventSourcingHandler
    void on(CallbackKindDefined event) {
        id = idOf(event.officeId(), event.code());
        revision = event.revision();
    }

    private static CallbackKindDefined defined(OfficeId office, KindCode code, CallbackKindDefinition definition,
                                               int revision, Instant at) {
        return new CallbackKindDefined(office, code, definition.name().strip(), definition.matterType(),
                                       definition.dueOffsets(), definition.performerRoles(), definition.ratePercent(),
                                       definition.conflictOfInterestAvoided(),
                                       definition.allowedMethods() == null ? Set.of() : definition.allowedMethods(),
                                       definition.recordingRequired(), definition.retentionYears(), revision, at,
                                       definition.by());
    }

    /** Every rule named with its field, so the client can point at what to fix. */
    private static void validate(String kindId, OfficeId office, KindCode code, CallbackKindDefinition definition) {
        if (!CODE.matcher(code.value()).matches()) {
            throw refused("code", "2–40 capitals, digits or _, starting with a capital: " + CODE.pattern());
        }
        if (Arrays.stream(CallbackKind.values()).anyMatch(kind -> kind.name().equals(code.value()))) {
            throw refused("code", "must not be the name of a built-in kind");
        }
        if (!kindId.equals(idOf(office, code))) {
            throw refused("code", "the kind's id is <office>:<code>");
        }
        if (definition.name() == null || definition.name().isBlank()) {
            throw refused("name", "must not be blank");
        }
        if (definition.matterType() == null || !CODE.matcher(definition.matterType()).matches()) {
            throw refused("matterType", "2–40 capitals, digits or _, starting with a capital: " + CODE.pattern());
        }
        if (definition.dueOffsets() == null || definition.dueOffsets().isEmpty()) {
            throw refused("dueOffsets", "at least one due offset");
        }
        for (Due offset : definition.dueOffsets()) {
            if (offset == null || offset.unit() == null || offset.amount() <= 0) {
                throw refused("dueOffsets", "each offset has a unit and a positive amount");
            }
        }
        if (definition.performerRoles() == null || definition.performerRoles().isEmpty()) {
            throw refused("performerRoles", "at least one role");
        }
        if (definition.ratePercent() < 1 || definition.ratePercent() > 100) {
            throw refused("ratePercent", "1 to 100");
        }
        if (definition.retentionYears() < 1) {
            throw refused("retentionYears", "at least 1");
        }
        if (definition.by() == null) {
            throw refused("by", "who defines the kind must be named");
        }
    }

    private static DomainRefusal refused(String field, String rule) {
        return DomainRefusal.unprocessable("CALLBACK_KIND_INVALID", field + ": " + rule,
                                           Map.of("field", field, "rule", rule));
    }
}
