package com.propcare.command.complaint;

import com.propcare.command.policy.ComplaintDeadlines;
import com.propcare.command.policy.ComplaintPolicies;
import com.propcare.command.policy.ComplaintPolicy;
import com.propcare.command.policy.Deadline;
import com.propcare.command.registry.References;
import com.propcare.command.support.DomainRefusal;
import com.propcare.command.support.Required;
import com.propcare.events.DepartmentId;
import com.propcare.events.OfficeId;
import com.propcare.events.StaffId;
import com.propcare.events.callback.CallbackId;
import com.propcare.events.complaint.ClosingReason;
import com.propcare.events.complaint.Complainant;
import com.propcare.events.complaint.ComplainantConfirmed;
import com.propcare.events.complaint.ComplaintAction;
import com.propcare.events.complaint.ComplaintClassified;
import com.propcare.events.complaint.ComplaintClosed;
import com.propcare.events.complaint.ComplaintDeclaredInvalid;
import com.propcare.events.complaint.ComplaintDispatched;
import com.propcare.events.complaint.ComplaintEscalated;
import com.propcare.events.complaint.ComplaintFlaggedAsRepeat;
import com.propcare.events.complaint.ComplaintId;
import com.propcare.events.complaint.ComplaintNumber;
import com.propcare.events.complaint.ComplaintRegistered;
import com.propcare.events.complaint.ComplaintReopened;
import com.propcare.events.complaint.ComplaintReviewRequested;
import com.propcare.events.complaint.ComplaintVerified;
import com.propcare.events.complaint.CorrectiveActionCompleted;
import com.propcare.events.complaint.CorrectiveActionPlanned;
import com.propcare.events.complaint.DispatchReceived;
import com.propcare.events.complaint.FirstReplyGiven;
import com.propcare.events.complaint.HandlingDecided;
import com.propcare.events.complaint.HandlingResultReported;
import com.propcare.events.complaint.RemedialActionRecorded;
import com.propcare.events.registry.StaffRole;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.time.Year;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static com.propcare.command.complaint.ComplaintRefusalCodes.ALREADY_FLAGGED_AS_REPEAT;
import static com.propcare.command.complaint.ComplaintRefusalCodes.CALLBACK_PENDING;
import static com.propcare.command.complaint.ComplaintRefusalCodes.CANNOT_REPEAT_ITSELF;
import static com.propcare.command.complaint.ComplaintRefusalCodes.CONFIRMATION_BASIS_REQUIRED;
import static com.propcare.command.complaint.ComplaintRefusalCodes.CORRECTIVE_ACTION_ALREADY_COMPLETED;
import static com.propcare.command.complaint.ComplaintRefusalCodes.CORRECTIVE_ACTION_ALREADY_PLANNED;
import static com.propcare.command.complaint.ComplaintRefusalCodes.CORRECTIVE_ACTION_UNKNOWN;
import static com.propcare.command.complaint.ComplaintRefusalCodes.DECISION_NOT_BY_DIRECTOR;
import static com.propcare.command.complaint.ComplaintRefusalCodes.DUE_IN_THE_PAST;
import static com.propcare.command.complaint.ComplaintRefusalCodes.FIELD_REQUIRED;
import static com.propcare.command.complaint.ComplaintRefusalCodes.FIRST_REPLY_ALREADY_GIVEN;
import static com.propcare.command.complaint.ComplaintRefusalCodes.SUMMARY_TOO_LONG;
import static com.propcare.command.complaint.ComplaintStatus.CLASSIFIED;
import static com.propcare.command.complaint.ComplaintStatus.CLOSED;
import static com.propcare.command.complaint.ComplaintStatus.DISPATCHED;
import static com.propcare.command.complaint.ComplaintStatus.HANDLING_DECIDED;
import static com.propcare.command.complaint.ComplaintStatus.IN_PROGRESS;
import static com.propcare.command.complaint.ComplaintStatus.REGISTERED;
import static com.propcare.command.complaint.ComplaintStatus.REOPENED;
import static com.propcare.command.complaint.ComplaintStatus.RESULT_REPORTED;
import static com.propcare.command.complaint.ComplaintStatus.UNDER_REVIEW;
import static com.propcare.command.complaint.ComplaintStatus.VERIFIED;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One complaint from intake to closing (domain §1). Command handlers decide: they check the state, compute due
 * times with the injected policy services and apply events. Sourcing handlers only keep what later decisions
 * need (state, due times, open corrective actions) and never check anything.
 */
@Aggregate(snapshotTriggerDefinition = "snapshotTrigger")
class Complaint {

    private static final Required REQUIRED = new Required(FIELD_REQUIRED);
    private static final String NOT_SATISFIED = "complainant not satisfied";

    @AggregateIdentifier
    private ComplaintId id;
    private OfficeId office;
    private ComplaintStatus status;
    private ClosingReason closingReason;
    private Instant firstReplyDue;
    private Instant remedyDue;
    private boolean firstReplyGiven;
    private boolean flaggedAsRepeat;
    private DepartmentId dispatchedTo;
    /** The callback the last reported result calls for, until its verdict (or a director's decision) arrives. */
    private CallbackId pendingCallback;
    /** Callbacks whose verdict was recorded: a reaction delivered again records it once. */
    private final Set<CallbackId> confirmingCallbacks = new HashSet<>();
    private final Map<String, Instant> openCorrectiveActions = new HashMap<>();
    private final Set<String> completedCorrectiveActions = new HashSet<>();

    protected Complaint() {
    }

    /**
     * Validates before allocating a number, so a refused registration wastes none. A household's earlier complaint
     * of the same category within the policy's window flags this one as a repeat at once.
     */
    @CommandHandler
    Complaint(RegisterComplaint command, ComplaintNumbers numbers, ComplaintPolicies policies,
              ComplaintDeadlines deadlines, RepeatComplaints repeats, References references,
              ComplainantSealer complainants) {
        REQUIRED.present("complaintId", command.complaintId());
        REQUIRED.present("officeId", command.officeId());
        REQUIRED.present("channel", command.channel());
        REQUIRED.present("householdId", command.householdId());
        REQUIRED.present("category", command.category());
        REQUIRED.present("receivedAt", command.receivedAt());
        REQUIRED.present("receivedBy", command.receivedBy());
        references.office(command.officeId(), "officeId");
        references.household(command.officeId(), command.householdId(), "householdId");
        references.staff(command.officeId(), command.receivedBy(), "receivedBy");
        ComplaintPolicy policy = policies.forOffice(command.officeId(), command.receivedAt());
        requireSummaryFits(command.summary(), policy);

        Optional<ComplaintId> earlier = repeats.previousWithin(command.officeId(), command.householdId(),
                                                               command.category(), command.receivedAt(),
                                                               policy.repeatWindow());
        ComplaintNumber number = numbers.next(command.officeId(),
                                              Year.from(command.receivedAt().atZone(policy.zone())));
        Deadline firstReply = deadlines.firstReplyDue(policy, command.receivedAt());
        Deadline remedy = deadlines.remedyDue(policy, command.receivedAt());
        Complainant complainant = complainants.seal(command.householdId(), command.complainantName(),
                                                    command.complainantPhone());
        apply(new ComplaintRegistered(command.complaintId(), command.officeId(), number, command.channel(),
                                      command.householdId(), command.category(), command.summary(),
                                      command.receivedAt(), command.receivedBy(), command.originalDocumentRef(),
                                      firstReply.due(), remedy.due(), policy.version(), complainant));
        earlier.ifPresent(previous -> {
            Deadline specialMeasures = deadlines.specialMeasuresDue(policy, command.receivedAt());
            apply(new ComplaintFlaggedAsRepeat(command.complaintId(), previous, true, command.receivedAt(), null,
                                               specialMeasures.due(), specialMeasures.policy()));
        });
    }

    @CommandHandler
    void handle(VerifyComplaint command) {
        status.require(command, ComplaintAction.VERIFY);
        REQUIRED.text("findings", command.findings());
        REQUIRED.stamp(command.at(), command.by());
        apply(new ComplaintVerified(id, command.findings(), command.proposedHandling(), command.at(),
                                    command.by()));
    }

    @CommandHandler
    void handle(ClassifyComplaint command) {
        status.require(command, ComplaintAction.CLASSIFY);
        REQUIRED.present("severity", command.severity());
        REQUIRED.present("responsibility", command.responsibility());
        REQUIRED.stamp(command.at(), command.by());
        apply(new ComplaintClassified(id, command.severity(), command.responsibility(), command.at(),
                                      command.by()));
    }

    /** Invalid or malicious complaints are answered and closed, never dropped [003][004]. */
    @CommandHandler
    void handle(DeclareComplaintInvalid command) {
        status.require(command, ComplaintAction.DECLARE_INVALID);
        REQUIRED.text("explanation", command.explanation());
        REQUIRED.stamp(command.at(), command.by());
        apply(new ComplaintDeclaredInvalid(id, command.explanation(), command.at(), command.by()));
        apply(new ComplaintClosed(id, ClosingReason.INVALID, command.at(), command.by()));
    }

    /** Decided once classified, and again whenever the complaint comes back (not satisfied, review). */
    @CommandHandler
    void handle(DecideHandling command, References references) {
        status.require(command, ComplaintAction.DECIDE_HANDLING);
        REQUIRED.present("department", command.department());
        REQUIRED.text("handlingMethod", command.handlingMethod());
        REQUIRED.stamp(command.at(), command.by());
        references.department(office, command.department(), "department");
        requireDirector(references, command.by(), "The office director decides the handling method and the "
                + "responsible department [002]");
        apply(new HandlingDecided(id, command.department(), command.handlingMethod(), command.at(),
                                  command.by()));
    }

    @CommandHandler
    void handle(DispatchComplaint command, ComplaintPolicies policies, ComplaintDeadlines deadlines,
                References references) {
        status.require(command, ComplaintAction.DISPATCH);
        REQUIRED.present("department", command.department());
        REQUIRED.stamp(command.at(), command.by());
        references.department(office, command.department(), "department");
        if (command.due() != null) {
            requireAfter("due", command.due(), command.at());
        }
        Deadline due = deadlines.dispatchDue(policies.forOffice(office, command.at()), command.at(),
                                             command.due());
        apply(new ComplaintDispatched(id, command.department(), command.at(), command.by(), due.due(),
                                      due.policy()));
    }

    @CommandHandler
    void handle(AcknowledgeDispatch command) {
        status.require(command, ComplaintAction.ACKNOWLEDGE_DISPATCH);
        REQUIRED.stamp(command.at(), command.by());
        apply(new DispatchReceived(id, dispatchedTo, command.at(), command.by()));
    }

    /** The first reply is due whether or not the problem is solved, so it is allowed in any open state. */
    @CommandHandler
    void handle(GiveFirstReply command) {
        status.require(command, ComplaintAction.FIRST_REPLY);
        if (firstReplyGiven) {
            throw new DomainRefusal(FIRST_REPLY_ALREADY_GIVEN, "The complainant already got the first reply");
        }
        REQUIRED.text("content", command.content());
        REQUIRED.stamp(command.at(), command.by());
        apply(new FirstReplyGiven(id, command.content(), command.at(), command.by(),
                                  onTime(command.at(), firstReplyDue)));
    }

    @CommandHandler
    void handle(RecordRemedialAction command) {
        status.require(command, ComplaintAction.REMEDIAL_ACTION);
        REQUIRED.text("description", command.description());
        REQUIRED.stamp(command.at(), command.by());
        apply(new RemedialActionRecorded(id, command.description(), command.at(), command.by(),
                                         onTime(command.at(), remedyDue)));
    }

    @CommandHandler
    void handle(PlanCorrectiveAction command) {
        status.requireOneOf(command, DISPATCHED, IN_PROGRESS);
        REQUIRED.text("actionId", command.actionId());
        REQUIRED.text("description", command.description());
        REQUIRED.present("due", command.due());
        REQUIRED.stamp(command.at(), command.by());
        requireAfter("due", command.due(), command.at());
        if (openCorrectiveActions.containsKey(command.actionId())
                || completedCorrectiveActions.contains(command.actionId())) {
            throw new DomainRefusal(CORRECTIVE_ACTION_ALREADY_PLANNED,
                                    "A corrective action " + command.actionId() + " was planned before",
                                    Map.of("actionId", command.actionId()));
        }
        apply(new CorrectiveActionPlanned(id, command.actionId(), command.description(), command.due(),
                                          command.at(), command.by()));
    }

    @CommandHandler
    void handle(CompleteCorrectiveAction command) {
        status.requireOneOf(command, DISPATCHED, IN_PROGRESS);
        REQUIRED.text("actionId", command.actionId());
        REQUIRED.text("outcome", command.outcome());
        REQUIRED.stamp(command.at(), command.by());
        if (completedCorrectiveActions.contains(command.actionId())) {
            throw new DomainRefusal(CORRECTIVE_ACTION_ALREADY_COMPLETED,
                                    "The corrective action " + command.actionId() + " is already completed",
                                    Map.of("actionId", command.actionId()));
        }
        Instant due = openCorrectiveActions.get(command.actionId());
        if (due == null) {
            throw new DomainRefusal(CORRECTIVE_ACTION_UNKNOWN,
                                    "No corrective action " + command.actionId() + " was planned",
                                    Map.of("actionId", command.actionId()));
        }
        apply(new CorrectiveActionCompleted(id, command.actionId(), command.outcome(), command.at(), command.by(),
                                            onTime(command.at(), due)));
    }

    @CommandHandler
    void handle(EscalateComplaint command) {
        status.requireOpen(command);
        REQUIRED.present("level", command.level());
        REQUIRED.text("reason", command.reason());
        REQUIRED.stamp(command.at(), command.by());
        apply(new ComplaintEscalated(id, command.level(), command.reason(), command.at(), command.by()));
    }

    @CommandHandler
    void handle(ReportHandlingResult command) {
        status.require(command, ComplaintAction.REPORT_RESULT);
        REQUIRED.text("result", command.result());
        REQUIRED.stamp(command.at(), command.by());
        apply(new HandlingResultReported(id, command.result(), command.at(), command.by()));
    }

    /**
     * Handled "until the customer is satisfied" [002]: not satisfied reopens the complaint. A complaint closes only
     * on its callback's result or on a director's recorded decision, never on a bare "satisfied"; and closing needs
     * the callback [004]: a director decides only where the callback cannot settle it, once it was cancelled with
     * its reason. A callback's verdict is never dropped: one that arrives after the complaint closed is recorded,
     * and "not satisfied" reopens it.
     */
    @CommandHandler
    void handle(ConfirmWithComplainant command, References references, ComplaintCallbacks callbacks) {
        if (command.callback() != null && confirmingCallbacks.contains(command.callback())) {
            return;
        }
        boolean decided = command.directorDecision() != null && !command.directorDecision().isBlank();
        if (decided || command.callback() == null) {
            status.requireOneOf(command, RESULT_REPORTED);
        } else {
            status.requireOneOf(command, RESULT_REPORTED, CLOSED);
        }
        REQUIRED.stamp(command.at(), command.by());
        if ((command.callback() == null) == !decided) {
            throw DomainRefusal.unprocessable(CONFIRMATION_BASIS_REQUIRED,
                    "The verdict rests on the complaint callback (callback) or on a director's recorded decision "
                            + "(directorDecision), exactly one of them", Map.of("field", "directorDecision"));
        }
        if (decided) {
            requireDirector(references, command.by(), "Only a director's decision replaces the callback");
            requireNoCallbackPending(callbacks);
        }
        boolean closed = status == CLOSED;
        apply(new ComplainantConfirmed(id, command.satisfied(), command.comment(), command.at(), command.by(),
                                       command.callback(), decided ? command.directorDecision() : null));
        if (!command.satisfied()) {
            apply(new ComplaintReopened(id, NOT_SATISFIED, command.at(), command.by()));
        } else if (!closed) {
            apply(new ComplaintClosed(id, ClosingReason.COMPLAINANT_SATISFIED, command.at(), command.by()));
        }
    }

    /** The callback the last result calls for is still to be made (or about to be scheduled): it settles the result. */
    private void requireNoCallbackPending(ComplaintCallbacks callbacks) {
        if (pendingCallback != null
                && callbacks.stageOf(pendingCallback).filter(ComplaintCallbacks.Stage.CANCELLED::equals).isEmpty()) {
            throw DomainRefusal.unprocessable(CALLBACK_PENDING, "Callback " + pendingCallback + " settles this result; "
                    + "a director decides only once it was cancelled with its reason",
                    Map.of("field", "directorDecision", "callbackId", pendingCallback.value()));
        }
    }

    /**
     * A review (复核) may follow a reported result or a closing after satisfaction [004 第十四条]; a closed
     * complaint is reopened first, so the last event leaves it under review.
     */
    @CommandHandler
    void handle(RequestReview command) {
        status.requireOneOf(command, RESULT_REPORTED, CLOSED);
        if (closingReason == ClosingReason.INVALID) {
            throw status.refusal(command);
        }
        REQUIRED.text("reason", command.reason());
        REQUIRED.stamp(command.at(), command.by());
        if (status == CLOSED) {
            apply(new ComplaintReopened(id, command.reason(), command.at(), command.by()));
        }
        apply(new ComplaintReviewRequested(id, command.reason(), command.at(), command.by()));
    }

    @CommandHandler
    void handle(FlagAsRepeat command, ComplaintPolicies policies, ComplaintDeadlines deadlines,
                References references) {
        status.requireOpen(command);
        REQUIRED.present("previousComplaint", command.previousComplaint());
        REQUIRED.stamp(command.at(), command.by());
        if (command.previousComplaint().equals(id)) {
            throw DomainRefusal.unprocessable(CANNOT_REPEAT_ITSELF, "A complaint cannot repeat itself", Map.of());
        }
        references.record(office, "Complaint", command.previousComplaint().value(), "previousComplaintId");
        if (flaggedAsRepeat) {
            throw new DomainRefusal(ALREADY_FLAGGED_AS_REPEAT, "The complaint is already flagged as a repeat");
        }
        Deadline specialMeasures = deadlines.specialMeasuresDue(policies.forOffice(office, command.at()),
                                                                command.at());
        apply(new ComplaintFlaggedAsRepeat(id, command.previousComplaint(), false, command.at(), command.by(),
                                           specialMeasures.due(), specialMeasures.policy()));
    }

    @EventSourcingHandler
    void on(ComplaintRegistered event) {
        id = event.complaintId();
        office = event.officeId();
        status = REGISTERED;
        firstReplyDue = event.firstReplyDue();
        remedyDue = event.remedyDue();
    }

    @EventSourcingHandler
    void on(ComplaintVerified event) {
        status = VERIFIED;
    }

    @EventSourcingHandler
    void on(ComplaintClassified event) {
        status = CLASSIFIED;
    }

    @EventSourcingHandler
    void on(HandlingDecided event) {
        status = HANDLING_DECIDED;
    }

    @EventSourcingHandler
    void on(ComplaintDispatched event) {
        status = DISPATCHED;
        dispatchedTo = event.department();
    }

    @EventSourcingHandler
    void on(DispatchReceived event) {
        status = IN_PROGRESS;
    }

    @EventSourcingHandler
    void on(FirstReplyGiven event) {
        firstReplyGiven = true;
    }

    @EventSourcingHandler
    void on(CorrectiveActionPlanned event) {
        openCorrectiveActions.put(event.actionId(), event.due());
    }

    @EventSourcingHandler
    void on(CorrectiveActionCompleted event) {
        openCorrectiveActions.remove(event.actionId());
        completedCorrectiveActions.add(event.actionId());
    }

    @EventSourcingHandler
    void on(HandlingResultReported event, @SequenceNumber long sequence) {
        status = RESULT_REPORTED;
        pendingCallback = ComplaintCallbacks.callbackFor(event.complaintId(), sequence);
    }

    @EventSourcingHandler
    void on(ComplainantConfirmed event) {
        pendingCallback = null;
        if (event.callbackId() != null) {
            confirmingCallbacks.add(event.callbackId());
        }
    }

    @EventSourcingHandler
    void on(ComplaintReopened event) {
        status = REOPENED;
        closingReason = null;
    }

    @EventSourcingHandler
    void on(ComplaintReviewRequested event) {
        status = UNDER_REVIEW;
    }

    @EventSourcingHandler
    void on(ComplaintClosed event) {
        status = CLOSED;
        closingReason = event.reason();
    }

    @EventSourcingHandler
    void on(ComplaintFlaggedAsRepeat event) {
        flaggedAsRepeat = true;
    }

    private static boolean onTime(Instant at, Instant due) {
        return !at.isAfter(due);
    }

    private static void requireSummaryFits(String summary, ComplaintPolicy policy) {
        REQUIRED.text("summary", summary);
        int length = summary.codePointCount(0, summary.length());
        if (length > policy.maxSummaryLength()) {
            throw DomainRefusal.unprocessable(SUMMARY_TOO_LONG, "The summary has " + length + " characters, at most "
                    + policy.maxSummaryLength() + " are allowed",
                                    Map.of("length", length, "maxLength", policy.maxSummaryLength()));
        }
    }

    private static void requireAfter(String field, Instant due, Instant at) {
        if (!due.isAfter(at)) {
            throw DomainRefusal.unprocessable(DUE_IN_THE_PAST, field + " " + due + " is not after " + at,
                                    Map.of("field", field, "due", due.toString(), "at", at.toString()));
        }
    }

    /** The signed-in user must be a director of this office: the regulations leave these decisions to the director. */
    private void requireDirector(References references, StaffId actor, String rule) {
        if (!references.staffMember(actor).filter(entry -> entry.worksAt(office))
                       .filter(entry -> entry.roles().contains(StaffRole.DIRECTOR)).isPresent()) {
            throw DomainRefusal.unprocessable(DECISION_NOT_BY_DIRECTOR, actor + " is not a director of " + office
                    + ". " + rule, Map.of("field", "actor", "staffId", actor.value(),
                                          "requiredRole", StaffRole.DIRECTOR.name()));
        }
    }

}
