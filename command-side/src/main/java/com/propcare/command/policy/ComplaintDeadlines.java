package com.propcare.command.policy;

import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Turns a complaint policy into due times. Kept apart from the aggregate so that the calendar (working days) is
 * a collaborator and the aggregate stays free of clocks and calendars; each due time names the policy version.
 */
@Component
public class ComplaintDeadlines {

    private final WorkingDays workingDays;

    public ComplaintDeadlines(WorkingDays workingDays) {
        this.workingDays = workingDays;
    }

    public Deadline firstReplyDue(ComplaintPolicy policy, Instant receivedAt) {
        return new Deadline(workingDays.plusWorkingDays(receivedAt, policy.firstReplyWithinWorkingDays(),
                                                        policy.zone()), policy.version());
    }

    public Deadline remedyDue(ComplaintPolicy policy, Instant receivedAt) {
        return new Deadline(receivedAt.plus(policy.remedyAnswerWithin()), policy.version());
    }

    public Deadline specialMeasuresDue(ComplaintPolicy policy, Instant flaggedAt) {
        return new Deadline(flaggedAt.plus(policy.repeatSpecialMeasuresWithin()), policy.version());
    }

    /** The dispatcher's own due time wins; without one the policy default applies. */
    public Deadline dispatchDue(ComplaintPolicy policy, Instant dispatchedAt, Instant requestedDue) {
        Instant due = requestedDue != null ? requestedDue : dispatchedAt.plus(policy.dispatchDueByDefault());
        return new Deadline(due, policy.version());
    }
}
