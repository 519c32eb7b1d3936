package com.propcare.command.reception;

import com.propcare.command.registry.References;
import com.propcare.command.support.DomainRefusal;
import com.propcare.command.visit.OpinionInput;
import com.propcare.events.SealedValue;
import com.propcare.events.reception.ReceptionId;
import com.propcare.events.reception.ReceptionOutcome;
import com.propcare.events.reception.VisitorReceived;
import com.propcare.events.visit.RaisedOpinion;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.List;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** One entry of the reception log (来访登记): who came, why, who received them and what came of it. */
@Aggregate
class Reception {

    @AggregateIdentifier
    private ReceptionId id;

    protected Reception() {
    }

    @CommandHandler
    Reception(RecordReception command, VisitorNames names, References references) {
        references.office(command.officeId(), "officeId");
        if (command.householdId() != null) {
            references.household(command.officeId(), command.householdId(), "householdId");
        }
        if (command.receivedBy() != null) {
            references.staff(command.officeId(), command.receivedBy(), "receivedBy");
        }
        if (command.receivedAt().isAfter(command.at())) {
            throw DomainRefusal.unprocessable(ReceptionRefusalCodes.RECEIVED_IN_FUTURE,
                                              "A visitor cannot be received later than now",
                                              Map.of("field", "receivedAt"));
        }
        if (command.outcome() == ReceptionOutcome.REFERRED
                && (command.referredTo() == null || command.referredTo().isBlank())) {
            throw DomainRefusal.unprocessable(ReceptionRefusalCodes.REFERRED_TO_REQUIRED,
                                              "Name whom the visitor was referred to", Map.of("field", "referredTo"));
        }
        List<RaisedOpinion> opinions = OpinionInput.raise(command.receptionId().value(), command.householdId(),
                                                          command.opinions(), "opinions");
        if (command.outcome() == ReceptionOutcome.TURNED_INTO_OPINION && opinions.isEmpty()) {
            throw DomainRefusal.unprocessable(ReceptionRefusalCodes.OPINION_REQUIRED,
                                              "The visit turned into an opinion: record it", Map.of("field", "opinions"));
        }
        SealedValue name = command.visitorName() == null ? null
                                                         : names.seal(command.receptionId(), command.visitorName());
        apply(new VisitorReceived(command.receptionId(), command.officeId(), command.householdId(), name,
                                  command.purpose(), command.receivedAt(), command.receivedBy(), command.outcome(),
                                  command.referredTo(), command.notes(), opinions));
    }

    @EventSourcingHandler
    void on(VisitorReceived event) {
        id = event.receptionId();
    }
}
