package com.propcare.command.callback.trigger;

import com.propcare.command.callback.kinds.CallbackKindsInForce;
import com.propcare.command.callback.sampling.RepairQueue;
import com.propcare.command.complaint.ComplaintCallbacks;
import com.propcare.command.policy.OfficeCalendars;
import com.propcare.command.policy.OfficePolicies;
import com.propcare.command.support.Reactions;
import com.propcare.events.OfficeId;
import com.propcare.events.callback.CallbackCancelled;
import com.propcare.events.callback.CallbackEvent;
import com.propcare.events.callback.CallbackId;
import com.propcare.events.callback.CallbackOverdue;
import com.propcare.events.callback.CallbackPerformed;
import com.propcare.events.callback.CallbackScheduled;
import com.propcare.events.callback.CallbackSpotChecked;
import com.propcare.events.callback.FollowUpDone;
import com.propcare.events.callback.FollowUpOverdue;
import com.propcare.events.callback.FollowUpScheduled;
import com.propcare.events.callback.MatterRecorded;
import com.propcare.events.callback.RepairCallbacksSampled;
import com.propcare.events.complaint.ComplainantConfirmed;
import com.propcare.events.complaint.ComplaintClassified;
import com.propcare.events.complaint.ComplaintClosed;
import com.propcare.events.complaint.ComplaintDeclaredInvalid;
import com.propcare.events.complaint.ComplaintDispatched;
import com.propcare.events.complaint.ComplaintEscalated;
import com.propcare.events.complaint.ComplaintEvent;
import com.propcare.events.complaint.ComplaintFlaggedAsRepeat;
import com.propcare.events.complaint.ComplaintId;
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
import com.propcare.events.survey.RectificationCompleted;
import com.propcare.events.survey.RectificationPlanned;
import com.propcare.events.survey.RectificationVerified;
import com.propcare.events.survey.SurveyCampaignClosed;
import com.propcare.events.survey.SurveyCampaignOpened;
import com.propcare.events.survey.SurveyDeliverableDone;
import com.propcare.events.survey.SurveyEvent;
import com.propcare.events.survey.SurveyObligationOverdue;
import com.propcare.events.survey.SurveyReturnCorrected;
import com.propcare.events.survey.SurveyReturnRecorded;
import com.propcare.events.workorder.WorkOrderAssigned;
import com.propcare.events.workorder.WorkOrderCancelled;
import com.propcare.events.workorder.WorkOrderCompleted;
import com.propcare.events.workorder.WorkOrderEvent;
import com.propcare.events.workorder.WorkOrderId;
import com.propcare.events.workorder.WorkOrderOpened;
import com.propcare.events.workorder.WorkOrderReworkRequested;
import com.propcare.eventstore.ReadsEvents;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

import java.util.function.UnaryOperator;

/**
 * Runs the callback policies (domain §2) on the events that trigger them, as the tracking processor
 * {@value #PROCESSING_GROUP}: it keeps the facts of each stream the policies need ({@link ReactionMemory}), asks the
 * policy, and sends what it decided ({@link Reactions}). Axon's sequencing per aggregate keeps a stream's events in
 * order, so a complaint's facts are there when its result is. A replay (after a reset) only rebuilds the facts:
 * what the events set off was done the first time, under the same derived ids.
 */
@ReadsEvents(value = {CallbackEvent.class, ComplaintEvent.class, SurveyEvent.class, WorkOrderEvent.class},
             ignores = {CallbackCancelled.class, CallbackOverdue.class, CallbackSpotChecked.class,
                        ComplainantConfirmed.class, ComplaintClosed.class, ComplaintDeclaredInvalid.class,
                        ComplaintEscalated.class, ComplaintFlaggedAsRepeat.class, ComplaintReopened.class,
                        ComplaintReviewRequested.class, ComplaintVerified.class, CorrectiveActionCompleted.class,
                        CorrectiveActionPlanned.class, DispatchReceived.class, FirstReplyGiven.class,
                        FollowUpDone.class, FollowUpOverdue.class, FollowUpScheduled.class, HandlingDecided.class,
                        RectificationCompleted.class, RectificationPlanned.class, RemedialActionRecorded.class,
                        SurveyCampaignClosed.class, SurveyCampaignOpened.class, SurveyDeliverableDone.class,
                        SurveyObligationOverdue.class, SurveyReturnCorrected.class, SurveyReturnRecorded.class,
                        WorkOrderCancelled.class})
@Component
@ProcessingGroup(CallbackReactions.PROCESSING_GROUP)
class CallbackReactions {

    static final String PROCESSING_GROUP = "callback-triggers";

    private final ReactionMemory memory;
    private final RepairQueue repairs;
    private final OfficePolicies policies;
    private final OfficeCalendars calendars;
    private final CallbackKindsInForce kinds;
    private final Reactions reactions;

    CallbackReactions(ReactionMemory memory, RepairQueue repairs, OfficePolicies policies,
                      OfficeCalendars calendars, CallbackKindsInForce kinds, Reactions reactions) {
        this.memory = memory;
        this.repairs = repairs;
        this.policies = policies;
        this.calendars = calendars;
        this.kinds = kinds;
        this.reactions = reactions;
    }

    @ResetHandler
    void reset() {
        memory.clear();
    }

    // complaints

    @EventHandler
    void on(ComplaintRegistered event) {
        memory.put(event.complaintId(), ComplaintFacts.of(event));
    }

    @EventHandler
    void on(ComplaintClassified event) {
        changeComplaint(event.complaintId(), facts -> facts.classified(event.severity()));
    }

    @EventHandler
    void on(ComplaintDispatched event) {
        changeComplaint(event.complaintId(), facts -> facts.dispatched(event.department()));
    }

    @EventHandler
    void on(HandlingResultReported event, @SequenceNumber long sequence, ReplayStatus replay) {
        ComplaintFacts complaint = complaintFacts(event.complaintId());
        if (!replay.isReplay()) {
            reactions.send(ComplaintResultPolicy.decide(complaint, event, sequence, rulesOf(complaint.office())));
        }
        memory.put(event.complaintId(),
                   complaint.calledBack(ComplaintCallbacks.callbackFor(event.complaintId(), sequence)));
    }

    // callbacks

    @EventHandler
    void on(CallbackScheduled event) {
        memory.put(event.callbackId(), CallbackFacts.of(event));
    }

    @EventHandler
    void on(CallbackPerformed event, @SequenceNumber long sequence, ReplayStatus replay) {
        if (replay.isReplay()) {
            return;
        }
        CallbackFacts callback = memory.callback(event.callbackId()).orElseThrow(
                () -> new IllegalStateException("No scheduling seen for callback " + event.callbackId()));
        reactions.send(CallbackResultPolicy.decide(callback, event, sequence, rulesOf(callback.office())));
    }

    // work orders

    @EventHandler
    void on(WorkOrderOpened event) {
        memory.put(event.workOrderId(), WorkOrderFacts.of(event));
    }

    @EventHandler
    void on(WorkOrderAssigned event) {
        changeWorkOrder(event.workOrderId(), facts -> facts.assigned(event.department()));
    }

    @EventHandler
    void on(WorkOrderReworkRequested event) {
        changeWorkOrder(event.workOrderId(), facts -> facts.reworkRequested(new CallbackId(event.callbackId())));
    }

    @EventHandler
    void on(WorkOrderCompleted event, @SequenceNumber long sequence, ReplayStatus replay) {
        WorkOrderFacts workOrder = workOrderFacts(event.workOrderId());
        if (!replay.isReplay()) {
            WorkOrderCallbackPolicy.Decision decision =
                    WorkOrderCallbackPolicy.decide(workOrder, event, sequence, rulesOf(event.officeId()));
            reactions.send(decision.callbacks());
            if (decision.toSample() != null) {
                repairs.add(event.officeId(), decision.sampleDay(), decision.toSample());
            }
        }
        memory.put(event.workOrderId(), workOrder.completed());
    }

    @EventHandler
    void on(RepairCallbacksSampled event, ReplayStatus replay) {
        if (!replay.isReplay()) {
            reactions.send(WorkOrderCallbackPolicy.decide(event, rulesOf(event.officeId())));
        }
    }

    // matters and surveys

    @EventHandler
    void on(MatterRecorded event, ReplayStatus replay) {
        if (!replay.isReplay()) {
            reactions.send(MatterCallbackPolicy.decide(event, rulesOf(event.officeId())));
        }
    }

    @EventHandler
    void on(RectificationVerified event, ReplayStatus replay) {
        if (!replay.isReplay()) {
            reactions.send(SurveyFollowUpPolicy.decide(event, rulesOf(event.officeId())));
        }
    }

    private OfficeRules rulesOf(OfficeId office) {
        return OfficeRules.of(office, policies, calendars, kinds);
    }

    private ComplaintFacts complaintFacts(ComplaintId id) {
        return memory.complaint(id).orElseThrow(
                () -> new IllegalStateException("No registration seen for complaint " + id));
    }

    private WorkOrderFacts workOrderFacts(WorkOrderId id) {
        return memory.workOrder(id).orElseThrow(() -> new IllegalStateException("No opening seen for " + id));
    }

    private void changeComplaint(ComplaintId id, UnaryOperator<ComplaintFacts> change) {
        memory.put(id, change.apply(complaintFacts(id)));
    }

    private void changeWorkOrder(WorkOrderId id, UnaryOperator<WorkOrderFacts> change) {
        memory.put(id, change.apply(workOrderFacts(id)));
    }
}
