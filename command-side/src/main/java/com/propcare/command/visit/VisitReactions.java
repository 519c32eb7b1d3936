package com.propcare.command.visit;

import com.propcare.command.support.Reactions;
import com.propcare.events.callback.MatterRecorded;
import com.propcare.events.reception.BuildingLeaderMeetingHeld;
import com.propcare.events.reception.VisitorReceived;
import com.propcare.events.registry.ContactPreferencesChanged;
import com.propcare.events.registry.HouseholdEvent;
import com.propcare.events.registry.HouseholdMovedIn;
import com.propcare.events.registry.HouseholdPersonalDataErased;
import com.propcare.events.registry.HouseholdRegistered;
import com.propcare.events.registry.HouseholdVacated;
import com.propcare.events.registry.ImportedHouseholdTakenOver;
import com.propcare.events.registry.KeyResidentFlagsChanged;
import com.propcare.events.registry.ResidentsChanged;
import com.propcare.events.visit.HolidayVisitsPlanned;
import com.propcare.events.visit.OpinionAnswered;
import com.propcare.events.visit.OpinionEvent;
import com.propcare.events.visit.OpinionFiledAsComplaint;
import com.propcare.events.visit.OpinionOverdue;
import com.propcare.events.visit.OpinionRaised;
import com.propcare.events.visit.OpinionSource;
import com.propcare.events.visit.VisitAppointed;
import com.propcare.events.visit.VisitEvent;
import com.propcare.events.visit.VisitOverdue;
import com.propcare.events.visit.VisitRecorded;
import com.propcare.events.visit.VisitScheduled;
import com.propcare.events.visit.VisitSkipped;
import com.propcare.eventstore.ReadsEvents;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Runs the visit and opinion policies ({@link VisitPolicies}) on their triggers, as the tracking processor
 * {@value #PROCESSING_GROUP}, so nothing is lost over a restart. The policies keep no memory, so a replay has
 * nothing to rebuild and sets nothing off again.
 */
@ReadsEvents(value = {HouseholdEvent.class, OpinionEvent.class, VisitEvent.class},
             ignores = {ContactPreferencesChanged.class, HouseholdPersonalDataErased.class, HouseholdRegistered.class,
                        HouseholdVacated.class, ImportedHouseholdTakenOver.class, KeyResidentFlagsChanged.class,
                        OpinionAnswered.class, OpinionFiledAsComplaint.class, OpinionOverdue.class,
                        ResidentsChanged.class, VisitAppointed.class, VisitOverdue.class, VisitScheduled.class,
                        VisitSkipped.class})
@Component
@ProcessingGroup(VisitReactions.PROCESSING_GROUP)
@DisallowReplay
class VisitReactions {

    static final String PROCESSING_GROUP = "visit-triggers";

    private final Reactions reactions;
    private final MassMoveIns massMoveIns;

    VisitReactions(Reactions reactions, MassMoveIns massMoveIns) {
        this.reactions = reactions;
        this.massMoveIns = massMoveIns;
    }

    @EventHandler
    void on(HouseholdMovedIn event) {
        reactions.send(VisitPolicies.MoveIns.decide(
                event, massMoveIns.covering(event.officeId(), event.moveInDate()).orElse(null)));
    }

    @EventHandler
    void on(HolidayVisitsPlanned event) {
        reactions.send(VisitPolicies.Holidays.decide(event));
    }

    @EventHandler
    void on(MatterRecorded event) {
        reactions.send(VisitPolicies.Accidents.decide(event));
    }

    @EventHandler
    void on(VisitRecorded event) {
        // the person who visited heard the opinions, whoever typed the record in
        reactions.send(VisitPolicies.Opinions.raise(OpinionSource.VISIT, event.visitId().value(), event.officeId(),
                                                    event.opinions(), event.recordedAt(), event.visitedBy()));
    }

    @EventHandler
    void on(VisitorReceived event) {
        reactions.send(VisitPolicies.Opinions.raise(OpinionSource.RECEPTION, event.receptionId().value(),
                                                    event.officeId(), event.opinions(), event.receivedAt(),
                                                    event.receivedBy()));
    }

    @EventHandler
    void on(BuildingLeaderMeetingHeld event) {
        reactions.send(VisitPolicies.Opinions.raise(OpinionSource.MEETING, event.meetingId().value(),
                                                    event.officeId(), event.opinions(), event.recordedAt(),
                                                    event.chairedBy() == null ? event.recordedBy()
                                                            : event.chairedBy()));
    }

    @EventHandler
    void on(OpinionRaised event) {
        reactions.send(VisitPolicies.Opinions.decide(event));
    }
}
