package com.propcare.command.policy;

import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Turns a complaint policy into due times. Kept apart from the aggregate so that the office's calendar (time zone,
 * holidays, make-up working days) is a collaborator and the aggregate stays free of clocks and calendars; each due
 * time names the policy version that set it.
 */
@Component
public class ComplaintDeadlines {

    private final OfficeCalendars calendars;

    public ComplaintDeadlines(OfficeCalendars calendars) {
        this.calendars = calendars;
    }

    public Deadline firstReplyDue(ComplaintPolicy policy, Instant receivedAt) {
        return new Deadline(calendars.add(policy.office(), receivedAt, policy.firstReply()), policy.version());
    }

    public Deadline remedyDue(ComplaintPolicy policy, Instant receivedAt) {
        return new Deadline(calendars.add(policy.office(), receivedAt, policy.remedyAnswer()), policy.version());
    }

    public Deadline specialMeasuresDue(ComplaintPolicy policy, Instant flaggedAt) {
        return new Deadline(calendars.add(policy.office(), flaggedAt, policy.repeatSpecialMeasures()),
                            policy.version());
    }

    /** The dispatcher's own due time wins; without one the policy default applies. */
    public Deadline dispatchDue(ComplaintPolicy policy, Instant dispatchedAt, Instant requestedDue) {
        Instant due = requestedDue != null ? requestedDue
                                           : calendars.add(policy.office(), dispatchedAt, policy.dispatchDefault());
        return new Deadline(due, policy.version());
    }
}
