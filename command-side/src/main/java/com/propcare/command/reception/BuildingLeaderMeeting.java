package com.propcare.command.reception;

import com.propcare.command.registry.References;
import com.propcare.command.policy.OfficePolicies;
import com.propcare.command.policy.PolicyInForce;
import com.propcare.command.support.DomainRefusal;
import com.propcare.command.visit.OpinionInput;
import com.propcare.events.HouseholdId;
import com.propcare.events.reception.BuildingLeaderMeetingHeld;
import com.propcare.events.reception.MeetingId;
import com.propcare.events.visit.RaisedOpinion;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A building-leader meeting (楼长座谈会) [000]: who attended, what they raised, and when the next one is due by the
 * policy's {@code visits.buildingCaptainMeetingEveryMonths}.
 */
@Aggregate
class BuildingLeaderMeeting {

    @AggregateIdentifier
    private MeetingId id;

    protected BuildingLeaderMeeting() {
    }

    @CommandHandler
    BuildingLeaderMeeting(RecordBuildingLeaderMeeting command, OfficePolicies policies, References references) {
        references.office(command.officeId(), "officeId");
        if (command.chairedBy() != null) {
            references.staff(command.officeId(), command.chairedBy(), "chairedBy");
        }
        for (int i = 0; i < command.attendees().size(); i++) {
            references.household(command.officeId(), command.attendees().get(i), "attendees[" + i + "]");
        }
        PolicyInForce policy = policies.inForce(command.officeId(), command.at());
        LocalDate today = command.at().atZone(policy.zone()).toLocalDate();
        if (command.heldOn().isAfter(today)) {
            throw DomainRefusal.unprocessable(ReceptionRefusalCodes.MEETING_IN_FUTURE,
                                              "A meeting is recorded once it was held", Map.of("field", "heldOn"));
        }
        List<HouseholdId> attendees = command.attendees() == null ? List.of()
                                                                                        : List.copyOf(command.attendees());
        if (attendees.size() > command.attendeeCount()) {
            throw DomainRefusal.unprocessable(ReceptionRefusalCodes.MEETING_ATTENDEES_EXCEED_COUNT,
                    "The attendee count includes every named attendee household",
                    Map.of("field", "attendeeCount", "namedAttendees", attendees.size()));
        }
        List<RaisedOpinion> opinions = OpinionInput.raise(command.meetingId().value(), null, command.opinions(),
                                                          "opinions");
        LocalDate next = command.heldOn().plusMonths(policy.document().visits().buildingCaptainMeetingEveryMonths());
        apply(new BuildingLeaderMeetingHeld(command.meetingId(), command.officeId(), command.heldOn(),
                                            command.chairedBy(), attendees, command.attendeeCount(),
                                            command.minutes(), opinions, next, policy.version(), command.at(),
                                            command.by()));
    }

    @EventSourcingHandler
    void on(BuildingLeaderMeetingHeld event) {
        id = event.meetingId();
    }
}
