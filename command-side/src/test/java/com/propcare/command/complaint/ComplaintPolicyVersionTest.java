package com.propcare.command.complaint;

import com.propcare.command.policy.AdoptedPolicy;
import com.propcare.command.policy.PolicyDefaults;
import com.propcare.command.policy.PolicyVersions;
import com.propcare.events.PolicyVersion;
import com.propcare.events.complaint.ComplaintCategory;
import com.propcare.events.complaint.ComplaintChannel;
import com.propcare.events.complaint.ComplaintDispatched;
import com.propcare.events.complaint.ComplaintRegistered;
import com.propcare.events.policy.ComplaintRules;
import com.propcare.events.policy.Due;
import com.propcare.events.policy.DueUnit;
import com.propcare.events.policy.PolicyDocument;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static com.propcare.command.complaint.ComplaintTestData.CLERK;
import static com.propcare.command.complaint.ComplaintTestData.COMPLAINT;
import static com.propcare.command.complaint.ComplaintTestData.DIRECTOR;
import static com.propcare.command.complaint.ComplaintTestData.FIRST_NUMBER;
import static com.propcare.command.complaint.ComplaintTestData.FIRST_REPLY_DUE;
import static com.propcare.command.complaint.ComplaintTestData.HOUSEHOLD;
import static com.propcare.command.complaint.ComplaintTestData.OFFICE;
import static com.propcare.command.complaint.ComplaintTestData.POLICY;
import static com.propcare.command.complaint.ComplaintTestData.RECEIVED;
import static com.propcare.command.complaint.ComplaintTestData.REMEDY_DUE;
import static com.propcare.command.complaint.ComplaintTestData.REPAIRS;
import static com.propcare.command.complaint.ComplaintTestData.SUMMARY;
import static com.propcare.command.complaint.ComplaintTestData.aRegistration;
import static com.propcare.command.complaint.ComplaintTestData.history;

/**
 * A complaint's deadlines come from the policy version in force when its triggering fact happened: a complaint
 * received before a policy change keeps the old deadlines even when it is entered afterwards.
 */
class ComplaintPolicyVersionTest {

    /** Wednesday 4 March 2026, 12:00 in Shanghai, three hours after {@link ComplaintTestData#RECEIVED}: v1 takes effect. */
    private static final Instant CHANGE = RECEIVED.plus(Duration.ofHours(3));
    private static final PolicyVersion V1 = new PolicyVersion("office-1:v1");

    private FixtureConfiguration<Complaint> fixture;

    @BeforeEach
    void setUp() {
        PolicyDocument defaults = PolicyDefaults.document();
        ComplaintRules complaints = defaults.complaints();
        PolicyDocument stricter = new PolicyDocument(new ComplaintRules(
                new Due(3, DueUnit.WORKING_DAYS), new Due(1, DueUnit.CALENDAR_DAYS), complaints.generalAnswer(),
                complaints.repeatSpecialMeasures(), complaints.repeatWindowDays(), new Due(12, DueUnit.HOURS),
                complaints.opinionAnswer(), complaints.summaryMaxLength(), complaints.intakeDesk(),
                complaints.complaintRateTargetPercent(), complaints.monthlyBulletinDay()),
                defaults.callbacks(), defaults.visits(), defaults.surveys());
        PolicyVersions versions = office -> List.of(new AdoptedPolicy(office, V1, 1, CHANGE, stricter,
                                                                      CHANGE.minus(Duration.ofDays(1)), DIRECTOR));
        fixture = ComplaintTestData.fixture(new InMemoryComplaintNumbers(), new InMemoryRepeatComplaints(), versions);
    }

    private static ComplaintRegistered registered(Instant receivedAt, Instant firstReplyDue, Instant remedyDue,
                                                  PolicyVersion policy) {
        return new ComplaintRegistered(COMPLAINT, OFFICE, FIRST_NUMBER, ComplaintChannel.PHONE, HOUSEHOLD,
                                       ComplaintCategory.REPAIR_SERVICE, SUMMARY, receivedAt, CLERK,
                                       "letter-2026-17", firstReplyDue, remedyDue, policy);
    }

    @Test
    void a_complaint_received_before_the_change_keeps_the_old_deadlines() {
        fixture.givenNoPriorActivity()
               .when(aRegistration().receivedAt(RECEIVED).build())
               .expectEvents(registered(RECEIVED, FIRST_REPLY_DUE, REMEDY_DUE, POLICY));
    }

    @Test
    void a_complaint_received_after_the_change_gets_the_new_deadlines() {
        Instant receivedAt = CHANGE.plus(Duration.ofHours(1));

        fixture.givenNoPriorActivity()
               .when(aRegistration().receivedAt(receivedAt).build())
               .expectEvents(registered(receivedAt, Instant.parse("2026-03-09T05:00:00Z"),
                                        receivedAt.plus(Duration.ofDays(1)), V1));
    }

    @Test
    void a_complaint_received_at_the_moment_of_the_change_gets_the_new_deadlines() {
        fixture.givenNoPriorActivity()
               .when(aRegistration().receivedAt(CHANGE).build())
               .expectEvents(registered(CHANGE, Instant.parse("2026-03-09T04:00:00Z"), CHANGE.plus(Duration.ofDays(1)),
                                        V1));
    }

    @Test
    void a_dispatch_after_the_change_uses_the_new_version_although_the_complaint_came_before_it() {
        Instant dispatchedAt = CHANGE.plus(Duration.ofHours(2));

        fixture.given(history().registered().verified().classified().handlingDecided().events())
               .when(new DispatchComplaint(COMPLAINT, null, REPAIRS, null, dispatchedAt, DIRECTOR))
               .expectEvents(new ComplaintDispatched(COMPLAINT, REPAIRS, dispatchedAt, DIRECTOR,
                                                     dispatchedAt.plus(Duration.ofHours(12)), V1));
    }
}
