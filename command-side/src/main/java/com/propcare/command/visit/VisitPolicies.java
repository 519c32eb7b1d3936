package com.propcare.command.visit;

import com.propcare.command.callback.kinds.BuiltInMatters;
import com.propcare.command.complaint.RegisterComplaint;
import com.propcare.events.OfficeId;
import com.propcare.events.StaffId;
import com.propcare.events.callback.MatterRecorded;
import com.propcare.events.complaint.ComplaintCategory;
import com.propcare.events.complaint.ComplaintChannel;
import com.propcare.events.complaint.ComplaintId;
import com.propcare.events.registry.HouseholdMovedIn;
import com.propcare.events.visit.HolidayVisitsPlanned;
import com.propcare.events.visit.MassMoveInId;
import com.propcare.events.visit.OpinionRaised;
import com.propcare.events.visit.OpinionSource;
import com.propcare.events.visit.OpinionType;
import com.propcare.events.visit.RaisedOpinion;
import com.propcare.events.visit.VisitId;

import java.time.Instant;
import java.util.List;

/**
 * The visit and opinion policies, one per trigger family: pure decisions from an event (and the facts it needs)
 * to the commands it owes. Every command's id is derived from its trigger, so a redelivered event creates nothing
 * twice.
 */
final class VisitPolicies {

    private VisitPolicies() {
    }

    /** A move-in owes a new-owner visit, counted in the mass move-in that covers its day (if any). */
    static final class MoveIns {
        private MoveIns() {
        }

        static ScheduleNewOwnerVisit decide(HouseholdMovedIn movedIn, MassMoveInId coveringMassMoveIn) {
            return new ScheduleNewOwnerVisit(visitOf(movedIn), movedIn.officeId(), movedIn.householdId(),
                                             movedIn.moveInDate(), coveringMassMoveIn, movedIn.recordedAt());
        }

        static VisitId visitOf(HouseholdMovedIn movedIn) {
            return new VisitId("new-owner:" + movedIn.householdId() + ":" + movedIn.moveInDate());
        }
    }

    /** A holiday plan owes one visit per household it names. */
    static final class Holidays {
        private Holidays() {
        }

        static List<ScheduleHolidayVisit> decide(HolidayVisitsPlanned plan) {
            return plan.households().stream().map(household -> new ScheduleHolidayVisit(
                    new VisitId("holiday:" + plan.planId() + ":" + household), plan.officeId(), household,
                    plan.planId(), plan.festival(), plan.visitsDue(), plan.policy(), plan.plannedAt())).toList();
        }
    }

    /** An accident in a home owes a visit to each household it concerned [001 C]; other matters owe none. */
    static final class Accidents {
        private Accidents() {
        }

        static List<ScheduleAfterAccidentVisit> decide(MatterRecorded matter) {
            if (!BuiltInMatters.ACCIDENT.equals(matter.matterType())) {
                return List.of();
            }
            return matter.householdIds().stream().map(household -> new ScheduleAfterAccidentVisit(
                    new VisitId("after-accident:" + matter.matterId() + ":" + household), matter.officeId(),
                    household, matter.matterId(), matter.description(), matter.occurredAt(),
                    matter.recordedAt())).toList();
        }
    }

    /**
     * Each opinion a visit, reception or meeting record names becomes an opinion to answer, raised by whoever heard
     * it; an opinion of type complaint is registered as a complaint naming its source, and then records that
     * complaint's id.
     */
    static final class Opinions {
        private Opinions() {
        }

        static List<RaiseOpinion> raise(OpinionSource source, String sourceId, OfficeId office,
                                        List<RaisedOpinion> opinions, Instant at, StaffId heardBy) {
            return opinions.stream().map(opinion -> new RaiseOpinion(opinion.opinionId(), source, sourceId, office,
                                                                     opinion, at, heardBy)).toList();
        }

        static List<Object> decide(OpinionRaised raised) {
            if (raised.type() != OpinionType.COMPLAINT) {
                return List.of();
            }
            ComplaintId complaint = complaintOf(raised);
            return List.of(new RegisterComplaint(complaint, raised.officeId(), channelOf(raised.source()),
                                                 raised.householdId(),
                                                 raised.category() == null ? ComplaintCategory.OTHER
                                                         : raised.category(),
                                                 raised.text(), raised.raisedAt(), raised.raisedBy(),
                                                 raised.source().name().toLowerCase() + ":" + raised.sourceId()),
                           new FileOpinionAsComplaint(raised.opinionId(), complaint, raised.raisedAt()));
        }

        static ComplaintId complaintOf(OpinionRaised raised) {
            return new ComplaintId("opinion:" + raised.opinionId());
        }

        /** A meeting has no channel of its own; its opinions were raised face to face like a visit's. */
        private static ComplaintChannel channelOf(OpinionSource source) {
            return source == OpinionSource.RECEPTION ? ComplaintChannel.WALK_IN : ComplaintChannel.RAISED_IN_VISIT;
        }
    }
}
