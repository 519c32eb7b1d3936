package com.propcare.command.visit;

import com.propcare.command.policy.OfficeCalendars;
import com.propcare.command.policy.OfficePolicies;
import com.propcare.command.policy.PolicyInForce;
import com.propcare.command.support.DomainRefusal;
import com.propcare.events.OfficeId;
import com.propcare.events.complaint.ComplaintId;
import com.propcare.events.visit.OpinionAnswered;
import com.propcare.events.visit.OpinionFiledAsComplaint;
import com.propcare.events.visit.OpinionId;
import com.propcare.events.visit.OpinionOverdue;
import com.propcare.events.visit.OpinionRaised;
import com.propcare.events.visit.OpinionType;
import com.propcare.events.visit.RaisedOpinion;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.util.Map;

import static com.propcare.command.visit.VisitRefusalCodes.OPINION_ALREADY_ANSWERED;
import static com.propcare.command.visit.VisitRefusalCodes.OPINION_COMPLAINT_NEEDS_HOUSEHOLD;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One resident's opinion (意见) from a visit, the reception desk or a meeting: answered within the policy's
 * {@code complaints.opinionAnswer} [001][004], marked overdue once when it is not. A complaint is also entered on the
 * complaint register, and the opinion records under which id.
 */
@Aggregate
class Opinion {

    @AggregateIdentifier
    private OpinionId id;
    private OfficeId office;
    private Instant answerDue;
    private ComplaintId complaint;
    private boolean answered;
    private boolean overdue;

    protected Opinion() {
    }

    @CommandHandler
    Opinion(RaiseOpinion command, OfficePolicies policies, OfficeCalendars calendars) {
        RaisedOpinion opinion = command.opinion();
        if (opinion.type() == OpinionType.COMPLAINT && opinion.householdId() == null) {
            throw DomainRefusal.unprocessable(OPINION_COMPLAINT_NEEDS_HOUSEHOLD,
                                              "A complaint enters the register under a household; name it",
                                              Map.of("field", "householdId"));
        }
        PolicyInForce policy = policies.inForce(command.officeId(), command.raisedAt());
        Instant due = calendars.add(command.officeId(), command.raisedAt(),
                                    policy.document().complaints().opinionAnswer());
        apply(new OpinionRaised(command.opinionId(), command.source(), command.sourceId(), command.officeId(),
                                opinion.householdId(), opinion.type(), opinion.category(), opinion.text(), due,
                                policy.version(), command.raisedAt(), command.raisedBy()));
    }

    /** A redelivery names the same complaint again and changes nothing. */
    @CommandHandler
    void handle(FileOpinionAsComplaint command) {
        if (complaint != null) {
            return;
        }
        apply(new OpinionFiledAsComplaint(id, office, command.complaintId(), command.filedAt()));
    }

    @CommandHandler
    void handle(AnswerOpinion command) {
        if (answered) {
            throw new DomainRefusal(OPINION_ALREADY_ANSWERED, "The opinion was answered already",
                                    Map.of("opinionId", id.value()));
        }
        apply(new OpinionAnswered(id, office, command.answer(), command.adopted(), command.answeredAt(),
                                  command.answeredBy(), !command.answeredAt().isAfter(answerDue)));
    }

    @CommandHandler
    void handle(MarkOpinionOverdue command) {
        if (answered || overdue || command.detectedAt().isBefore(answerDue)) {
            return;
        }
        apply(new OpinionOverdue(id, office, answerDue, command.detectedAt()));
    }

    @EventSourcingHandler
    void on(OpinionRaised event) {
        id = event.opinionId();
        office = event.officeId();
        answerDue = event.answerDue();
    }

    @EventSourcingHandler
    void on(OpinionFiledAsComplaint event) {
        complaint = event.complaintId();
    }

    @EventSourcingHandler
    void on(OpinionAnswered event) {
        answered = true;
    }

    @EventSourcingHandler
    void on(OpinionOverdue event) {
        overdue = true;
    }
}
