package com.propcare.command.visit;

import com.propcare.command.registry.References;
import com.propcare.command.support.DomainRefusal;
import com.propcare.events.visit.MassMoveInDeclared;
import com.propcare.events.visit.MassMoveInId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A declared mass move-in window (集中入伙); new owners moving in then are visited by sample [001 A]. */
@Aggregate
class MassMoveIn {

    @AggregateIdentifier
    private MassMoveInId id;

    protected MassMoveIn() {
    }

    @CommandHandler
    MassMoveIn(DeclareMassMoveIn command, References references) {
        references.office(command.officeId(), "officeId");
        if (command.to().isBefore(command.from())) {
            throw DomainRefusal.unprocessable(VisitRefusalCodes.MASS_MOVE_IN_ENDS_BEFORE_IT_STARTS,
                                              "The window ends before it starts", Map.of("field", "to"));
        }
        apply(new MassMoveInDeclared(command.massMoveInId(), command.officeId(), command.from(), command.to(),
                                     command.at(), command.by()));
    }

    @EventSourcingHandler
    void on(MassMoveInDeclared event) {
        id = event.massMoveInId();
    }
}
