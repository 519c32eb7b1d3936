package com.propcare.events.reception;

import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;
import com.propcare.events.PolicyVersion;
import com.propcare.events.StaffId;
import com.propcare.events.visit.RaisedOpinion;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A building-leader meeting (楼长座谈会) was held [000]; the next one is due after the policy's
 * {@code visits.buildingCaptainMeetingEveryMonths} (3 by default). Each opinion raised starts its own lifecycle.
 *
 * @param attendees     the households whose building leaders attended, where known
 * @param attendeeCount how many attended, named or not
 */
@Revision("1")
public record BuildingLeaderMeetingHeld(MeetingId meetingId, OfficeId officeId, LocalDate heldOn, StaffId chairedBy,
                                        List<HouseholdId> attendees, int attendeeCount, String minutes,
                                        List<RaisedOpinion> opinions, LocalDate nextMeetingDue, PolicyVersion policy,
                                        Instant recordedAt, StaffId recordedBy) {
}
