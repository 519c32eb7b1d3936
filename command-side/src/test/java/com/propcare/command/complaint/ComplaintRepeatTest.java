package com.propcare.command.complaint;

import com.propcare.events.complaint.ComplaintCategory;
import com.propcare.events.complaint.ComplaintFlaggedAsRepeat;
import com.propcare.events.complaint.ComplaintId;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static com.propcare.command.complaint.ComplaintStatus.CLOSED;
import static com.propcare.command.complaint.ComplaintTestData.AT;
import static com.propcare.command.complaint.ComplaintTestData.CLERK;
import static com.propcare.command.complaint.ComplaintTestData.COMPLAINT;
import static com.propcare.command.complaint.ComplaintTestData.EARLIER_COMPLAINT;
import static com.propcare.command.complaint.ComplaintTestData.HOUSEHOLD;
import static com.propcare.command.complaint.ComplaintTestData.OFFICE;
import static com.propcare.command.complaint.ComplaintTestData.POLICY;
import static com.propcare.command.complaint.ComplaintTestData.RECEIVED;
import static com.propcare.command.complaint.ComplaintTestData.aRegistration;
import static com.propcare.command.complaint.ComplaintTestData.flagAsRepeatOf;
import static com.propcare.command.complaint.ComplaintTestData.history;
import static com.propcare.command.complaint.ComplaintTestData.registeredEvent;
import static com.propcare.command.complaint.Refusals.illegalTransition;
import static com.propcare.command.complaint.Refusals.refusedWith;

/** Repeat complaints are handled with priority: special measures within 24 hours [004 十三.4]. */
class ComplaintRepeatTest {

    private final InMemoryRepeatComplaints repeats = new InMemoryRepeatComplaints();
    private FixtureConfiguration<Complaint> fixture;

    @BeforeEach
    void setUp() {
        fixture = ComplaintTestData.fixture(new InMemoryComplaintNumbers(), repeats);
    }

    @Test
    void a_complaint_of_the_same_household_and_category_within_the_window_is_flagged_as_repeat_automatically() {
        repeats.earlierComplaint(EARLIER_COMPLAINT, OFFICE, HOUSEHOLD, ComplaintCategory.REPAIR_SERVICE,
                                 RECEIVED.minus(Duration.ofDays(89)));

        fixture.givenNoPriorActivity()
               .when(aRegistration().build())
               .expectEvents(registeredEvent(),
                             new ComplaintFlaggedAsRepeat(COMPLAINT, EARLIER_COMPLAINT, true, RECEIVED, null,
                                                          RECEIVED.plus(Duration.ofHours(24)), POLICY));
    }

    @Test
    void the_most_recent_earlier_complaint_is_the_one_repeated() {
        ComplaintId mostRecent = new ComplaintId("complaint-0b");
        repeats.earlierComplaint(EARLIER_COMPLAINT, OFFICE, HOUSEHOLD, ComplaintCategory.REPAIR_SERVICE,
                                 RECEIVED.minus(Duration.ofDays(30)))
               .earlierComplaint(mostRecent, OFFICE, HOUSEHOLD, ComplaintCategory.REPAIR_SERVICE,
                                 RECEIVED.minus(Duration.ofDays(3)));

        fixture.givenNoPriorActivity()
               .when(aRegistration().build())
               .expectEvents(registeredEvent(),
                             new ComplaintFlaggedAsRepeat(COMPLAINT, mostRecent, true, RECEIVED, null,
                                                          RECEIVED.plus(Duration.ofHours(24)), POLICY));
    }

    @Test
    void a_complaint_after_the_repeat_window_is_not_a_repeat() {
        repeats.earlierComplaint(EARLIER_COMPLAINT, OFFICE, HOUSEHOLD, ComplaintCategory.REPAIR_SERVICE,
                                 RECEIVED.minus(Duration.ofDays(91)));

        fixture.givenNoPriorActivity()
               .when(aRegistration().build())
               .expectEvents(registeredEvent());
    }

    @Test
    void a_complaint_about_another_category_is_not_a_repeat() {
        repeats.earlierComplaint(EARLIER_COMPLAINT, OFFICE, HOUSEHOLD, ComplaintCategory.CLEANING,
                                 RECEIVED.minus(Duration.ofDays(1)));

        fixture.givenNoPriorActivity()
               .when(aRegistration().build())
               .expectEvents(registeredEvent());
    }

    @Test
    void staff_flag_a_complaint_as_repeat_with_special_measures_due_within_24_hours() {
        fixture.given(history().registered().events())
               .when(flagAsRepeatOf(EARLIER_COMPLAINT))
               .expectEvents(new ComplaintFlaggedAsRepeat(COMPLAINT, EARLIER_COMPLAINT, false, AT, CLERK,
                                                          AT.plus(Duration.ofHours(24)), POLICY));
    }

    @Test
    void a_complaint_is_flagged_as_repeat_only_once() {
        fixture.given(history().registered().flaggedAsRepeat().events())
               .when(flagAsRepeatOf(new ComplaintId("complaint-other")))
               .expectNoEvents()
               .expectException(refusedWith(ComplaintRefusalCodes.ALREADY_FLAGGED_AS_REPEAT));
    }

    @Test
    void a_complaint_cannot_repeat_itself() {
        fixture.given(history().registered().events())
               .when(flagAsRepeatOf(COMPLAINT))
               .expectNoEvents()
               .expectException(refusedWith(ComplaintRefusalCodes.CANNOT_REPEAT_ITSELF));
    }

    @Test
    void a_closed_complaint_cannot_be_flagged_as_repeat() {
        fixture.given(history().registered().declaredInvalid().events())
               .when(flagAsRepeatOf(EARLIER_COMPLAINT))
               .expectException(illegalTransition(CLOSED, FlagAsRepeat.class));
    }
}
