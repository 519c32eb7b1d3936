package com.propcare.command.visit;

import com.propcare.command.complaint.RegisterComplaint;
import com.propcare.events.OfficeId;
import com.propcare.events.StaffId;
import com.propcare.events.callback.MatterRecorded;
import com.propcare.events.complaint.ComplaintCategory;
import com.propcare.events.complaint.ComplaintChannel;
import com.propcare.events.complaint.ComplaintId;
import com.propcare.events.reception.BuildingLeaderMeetingHeld;
import com.propcare.events.reception.VisitorReceived;
import com.propcare.events.registry.HouseholdMovedIn;
import com.propcare.events.visit.HolidayVisitsPlanned;
import com.propcare.events.visit.OpinionRaised;
import com.propcare.events.visit.OpinionSource;
import com.propcare.events.visit.OpinionType;
import com.propcare.events.visit.RaisedOpinion;
import com.propcare.events.visit.VisitId;
import com.propcare.events.visit.VisitRecorded;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/**
 * Turns facts into visit and opinion obligations: a move-in into a new-owner visit, a holiday plan into one visit per
 * household, each opinion a record raised into an opinion, and an opinion of type complaint into a registered
 * complaint. A tracking processor, so nothing is lost over a restart; every command's id is derived from its trigger,
 * so a redelivered fact finds its obligation already there and creates nothing.
 */
@Component
@ProcessingGroup(VisitTriggers.PROCESSING_GROUP)
class VisitTriggers {

    static final String PROCESSING_GROUP = "visit-triggers";
    /** The built-in matter type of an accident in a home, as the callbacks' matters API records it. */
    static final String ACCIDENT = "ACCIDENT";

    private final CommandGateway commands;
    private final MassMoveIns massMoveIns;

    VisitTriggers(CommandGateway commands, MassMoveIns massMoveIns) {
        this.commands = commands;
        this.massMoveIns = massMoveIns;
    }

    static VisitId newOwnerVisitOf(HouseholdMovedIn event) {
        return new VisitId("new-owner:" + event.householdId() + ":" + event.moveInDate());
    }

    static ComplaintId complaintOf(OpinionRaised event) {
        return new ComplaintId("opinion:" + event.opinionId());
    }

    @EventHandler
    void on(HouseholdMovedIn event) {
        createOnce(new ScheduleNewOwnerVisit(newOwnerVisitOf(event), event.officeId(), event.householdId(),
                                             event.moveInDate(),
                                             massMoveIns.covering(event.officeId(), event.moveInDate()).orElse(null),
                                             event.recordedAt()));
    }

    @EventHandler
    void on(HolidayVisitsPlanned event) {
        event.households().forEach(household -> createOnce(new ScheduleHolidayVisit(
                new VisitId("holiday:" + event.planId() + ":" + household), event.officeId(), household,
                event.planId(), event.festival(), event.visitsDue(), event.policy(), event.plannedAt())));
    }

    /** An accident in a home is followed by a visit to each household it concerned [001 C]. */
    @EventHandler
    void on(MatterRecorded event) {
        if (!ACCIDENT.equals(event.matterType())) {
            return;
        }
        event.householdIds().forEach(household -> createOnce(new ScheduleAfterAccidentVisit(
                new VisitId("after-accident:" + event.matterId() + ":" + household), event.officeId(), household,
                event.matterId(), event.description(), event.occurredAt(), event.recordedAt())));
    }

    @EventHandler
    void on(VisitRecorded event) {
        // the person who visited heard the opinions, whoever typed the record in
        raise(OpinionSource.VISIT, event.visitId().value(), event.officeId(), event.opinions(), event.recordedAt(),
              event.visitedBy());
    }

    @EventHandler
    void on(VisitorReceived event) {
        raise(OpinionSource.RECEPTION, event.receptionId().value(), event.officeId(), event.opinions(),
              event.receivedAt(), event.receivedBy());
    }

    @EventHandler
    void on(BuildingLeaderMeetingHeld event) {
        raise(OpinionSource.MEETING, event.meetingId().value(), event.officeId(), event.opinions(),
              event.recordedAt(), event.chairedBy() == null ? event.recordedBy() : event.chairedBy());
    }

    /** The complaint names its source as the original document; then the opinion records the complaint's id. */
    @EventHandler
    void on(OpinionRaised event) {
        if (event.type() != OpinionType.COMPLAINT) {
            return;
        }
        ComplaintId complaint = complaintOf(event);
        createOnce(new RegisterComplaint(complaint, event.officeId(), channelOf(event.source()), event.householdId(),
                                         event.category() == null ? ComplaintCategory.OTHER : event.category(),
                                         event.text(), event.raisedAt(), event.raisedBy(),
                                         event.source().name().toLowerCase() + ":" + event.sourceId()));
        commands.sendAndWait(new FileOpinionAsComplaint(event.opinionId(), complaint, event.raisedAt()));
    }

    /** A meeting has no channel of its own; its opinions were raised face to face like a visit's (product choice). */
    private static ComplaintChannel channelOf(OpinionSource source) {
        return source == OpinionSource.RECEPTION ? ComplaintChannel.WALK_IN : ComplaintChannel.RAISED_IN_VISIT;
    }

    private void raise(OpinionSource source, String sourceId, OfficeId office,
                       List<RaisedOpinion> opinions, Instant at, StaffId by) {
        opinions.forEach(opinion -> createOnce(new RaiseOpinion(opinion.opinionId(), source, sourceId, office,
                                                                opinion, at, by)));
    }

    /** Creates an aggregate; when a redelivery finds it created already, that is the outcome wanted. */
    private void createOnce(Object creation) {
        try {
            commands.sendAndWait(creation);
        } catch (ConcurrencyException | AggregateStreamCreationException alreadyCreated) {
            // created by an earlier delivery of the same fact
        }
    }
}
