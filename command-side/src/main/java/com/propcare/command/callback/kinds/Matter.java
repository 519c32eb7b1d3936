package com.propcare.command.callback.kinds;

import com.propcare.command.registry.References;
import com.propcare.command.support.DomainRefusal;
import com.propcare.events.callback.CallbackKindTerms;
import com.propcare.events.callback.MatterId;
import com.propcare.events.callback.MatterRecorded;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.List;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A recorded matter (an accident, an activity, a service, a delivery, a staff appointment …): the fact callbacks of
 * its type hang on. It concerns households, or one member of staff.
 */
@Aggregate
class Matter {

    static final String TYPE_UNKNOWN = "MATTER_TYPE_UNKNOWN";

    @AggregateIdentifier
    private MatterId id;

    protected Matter() {
    }

    @CommandHandler
    Matter(RecordMatter command, References references, CallbackKindsInForce kinds) {
        if (command.matterType() == null || !OfficeCallbackKind.CODE.matcher(command.matterType()).matches()) {
            throw refused("matterType", "2–40 capitals, digits or _, starting with a capital");
        }
        List<?> households = command.householdIds() == null ? List.of() : command.householdIds();
        if (households.isEmpty() == (command.staffMember() == null)) {
            throw refused("householdIds", "name the households or else the staff member it concerns, not both");
        }
        if (command.occurredAt() == null || command.occurredAt().isAfter(command.at())) {
            throw refused("occurredAt", "must not lie in the future");
        }
        if (command.by() == null) {
            throw refused("by", "who records the matter must be named");
        }
        references.office(command.officeId(), "officeId");
        List<CallbackKindTerms> callbackKinds = kinds.forMatterType(command.officeId(), command.matterType());
        if (BuiltInMatters.kindOf(command.matterType()).isEmpty() && callbackKinds.isEmpty()) {
            throw DomainRefusal.unprocessable(TYPE_UNKNOWN, "No callback kind of office " + command.officeId()
                    + " is defined for matters of type " + command.matterType(),
                    Map.of("field", "matterType", "matterType", command.matterType()));
        }
        for (int i = 0; i < households.size(); i++) {
            references.household(command.officeId(), command.householdIds().get(i), "householdIds[" + i + "]");
        }
        if (command.staffMember() != null) {
            references.staff(command.officeId(), command.staffMember(), "staffMember");
        }
        if (command.handledBy() != null) {
            references.staff(command.officeId(), command.handledBy(), "handledBy");
        }
        if (command.handlingDepartment() != null) {
            references.department(command.officeId(), command.handlingDepartment(), "handlingDepartment");
        }
        apply(new MatterRecorded(command.matterId(), command.officeId(), command.matterType(),
                                 command.householdIds() == null ? List.of() : command.householdIds(),
                                 command.staffMember(), command.description(), command.handledBy(),
                                 command.handlingDepartment(), command.occurredAt(), command.at(), command.by(),
                                 callbackKinds));
    }

    @EventSourcingHandler
    void on(MatterRecorded event) {
        id = event.matterId();
    }

    private static DomainRefusal refused(String field, String rule) {
        return DomainRefusal.unprocessable("MATTER_INVALID", field + ": " + rule,
                                           Map.of("field", field, "rule", rule));
    }
}
