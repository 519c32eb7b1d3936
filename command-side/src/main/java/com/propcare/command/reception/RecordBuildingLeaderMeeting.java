package com.propcare.command.reception;

import com.propcare.command.visit.OpinionInput;
import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;
import com.propcare.events.StaffId;
import com.propcare.events.reception.MeetingId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Record a building-leader meeting (楼长座谈会) that was held, with its attendees and the opinions raised. */
public record RecordBuildingLeaderMeeting(@TargetAggregateIdentifier MeetingId meetingId, OfficeId officeId,
                                          LocalDate heldOn, StaffId chairedBy, List<HouseholdId> attendees,
                                          int attendeeCount, String minutes, List<OpinionInput> opinions, Instant at,
                                          StaffId by) {
}
