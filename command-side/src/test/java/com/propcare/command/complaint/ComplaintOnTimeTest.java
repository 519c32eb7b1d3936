package com.propcare.command.complaint;

import com.propcare.events.complaint.CorrectiveActionCompleted;
import com.propcare.events.complaint.FirstReplyGiven;
import com.propcare.events.complaint.RemedialActionRecorded;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static com.propcare.command.complaint.ComplaintTestData.CLERK;
import static com.propcare.command.complaint.ComplaintTestData.COMPLAINT;
import static com.propcare.command.complaint.ComplaintTestData.FIRST_REPLY_DUE;
import static com.propcare.command.complaint.ComplaintTestData.HANDLER;
import static com.propcare.command.complaint.ComplaintTestData.REMEDY_DUE;
import static com.propcare.command.complaint.ComplaintTestData.completeCorrectiveAction;
import static com.propcare.command.complaint.ComplaintTestData.firstReply;
import static com.propcare.command.complaint.ComplaintTestData.history;
import static com.propcare.command.complaint.ComplaintTestData.later;
import static com.propcare.command.complaint.ComplaintTestData.remedialAction;

/** The on-time flags compare when something happened with the due time the aggregate keeps. */
class ComplaintOnTimeTest {

    private static final Duration ONE_MINUTE = Duration.ofMinutes(1);

    private FixtureConfiguration<Complaint> fixture;

    @BeforeEach
    void setUp() {
        fixture = ComplaintTestData.fixture(new InMemoryComplaintNumbers(), new InMemoryRepeatComplaints());
    }

    @Test
    void a_first_reply_by_the_end_of_the_next_working_day_is_on_time() {
        fixture.given(history().registered().events())
               .when(firstReply(FIRST_REPLY_DUE))
               .expectEvents(new FirstReplyGiven(COMPLAINT, "We have sent a plumber", FIRST_REPLY_DUE, CLERK, true));
    }

    @Test
    void a_first_reply_after_its_due_time_is_late() {
        Instant late = FIRST_REPLY_DUE.plus(ONE_MINUTE);

        fixture.given(history().registered().events())
               .when(firstReply(late))
               .expectEvents(new FirstReplyGiven(COMPLAINT, "We have sent a plumber", late, CLERK, false));
    }

    @Test
    void a_first_reply_is_allowed_while_the_complaint_is_being_handled() {
        Instant late = FIRST_REPLY_DUE.plus(Duration.ofDays(1));

        fixture.given(history().inProgress().events())
               .when(firstReply(late))
               .expectEvents(new FirstReplyGiven(COMPLAINT, "We have sent a plumber", late, CLERK, false));
    }

    @Test
    void a_remedial_action_within_three_days_of_receipt_is_on_time() {
        fixture.given(history().inProgress().events())
               .when(remedialAction(REMEDY_DUE))
               .expectEvents(new RemedialActionRecorded(COMPLAINT, "Bucket placed, water shut off", REMEDY_DUE,
                                                        HANDLER, true));
    }

    @Test
    void a_remedial_action_after_three_days_is_late() {
        Instant late = REMEDY_DUE.plus(ONE_MINUTE);

        fixture.given(history().inProgress().events())
               .when(remedialAction(late))
               .expectEvents(new RemedialActionRecorded(COMPLAINT, "Bucket placed, water shut off", late, HANDLER,
                                                        false));
    }

    @Test
    void a_corrective_action_completed_by_its_own_due_time_is_on_time() {
        Instant due = later(Duration.ofDays(14));

        fixture.given(history().inProgress().correctiveActionPlanned("riser", due).events())
               .when(completeCorrectiveAction("riser", due))
               .expectEvents(new CorrectiveActionCompleted(COMPLAINT, "riser", "Pipe replaced", due, HANDLER, true));
    }

    @Test
    void a_corrective_action_completed_after_its_own_due_time_is_late() {
        Instant due = later(Duration.ofDays(14));
        Instant late = due.plus(ONE_MINUTE);

        fixture.given(history().inProgress().correctiveActionPlanned("riser", due).events())
               .when(completeCorrectiveAction("riser", late))
               .expectEvents(new CorrectiveActionCompleted(COMPLAINT, "riser", "Pipe replaced", late, HANDLER,
                                                           false));
    }

    @Test
    void each_corrective_action_is_measured_against_its_own_due_time() {
        Instant early = later(Duration.ofDays(2));
        Instant distant = later(Duration.ofDays(30));
        Instant completedAt = later(Duration.ofDays(5));

        fixture.given(history().inProgress().correctiveActionPlanned("leak", early)
                               .correctiveActionPlanned("riser", distant).events())
               .when(completeCorrectiveAction("riser", completedAt))
               .expectEvents(new CorrectiveActionCompleted(COMPLAINT, "riser", "Pipe replaced", completedAt, HANDLER,
                                                           true));
    }
}
