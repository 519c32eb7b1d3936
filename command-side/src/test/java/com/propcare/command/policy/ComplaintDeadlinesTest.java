package com.propcare.command.policy;

import com.propcare.events.OfficeId;
import com.propcare.events.PolicyVersion;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ComplaintDeadlinesTest {

    private static final OfficeId OFFICE = new OfficeId("office-1");
    /** Friday 6 March 2026, 10:00 in Shanghai. */
    private static final Instant FRIDAY = Instant.parse("2026-03-06T02:00:00Z");

    private final ComplaintPolicy policy = new DefaultComplaintPolicies().forOffice(OFFICE);
    private final ComplaintDeadlines deadlines = new ComplaintDeadlines(new WeekendOnlyWorkingDays());

    @Test
    void the_default_policy_holds_the_domain_defaults_under_a_named_version() {
        assertThat(policy.version()).isEqualTo(new PolicyVersion("office-1:default-1"));
        assertThat(policy.zone()).isEqualTo(ComplaintPolicy.DEFAULT_ZONE);
        assertThat(policy.firstReplyWithinWorkingDays()).isEqualTo(1);
        assertThat(policy.remedyAnswerWithin()).isEqualTo(Duration.ofDays(3));
        assertThat(policy.repeatSpecialMeasuresWithin()).isEqualTo(Duration.ofHours(24));
        assertThat(policy.repeatWindow()).isEqualTo(Duration.ofDays(90));
        assertThat(policy.dispatchDueByDefault()).isEqualTo(Duration.ofDays(3));
        assertThat(policy.maxSummaryLength()).isEqualTo(2000);
    }

    @Test
    void the_first_reply_is_due_one_working_day_after_receipt() {
        assertThat(deadlines.firstReplyDue(policy, FRIDAY))
                .isEqualTo(new Deadline(Instant.parse("2026-03-09T02:00:00Z"), policy.version()));
    }

    @Test
    void the_remedy_is_due_three_calendar_days_after_receipt() {
        assertThat(deadlines.remedyDue(policy, FRIDAY))
                .isEqualTo(new Deadline(Instant.parse("2026-03-09T02:00:00Z"), policy.version()));
        assertThat(deadlines.remedyDue(policy, FRIDAY.minus(Duration.ofDays(2))).due())
                .isEqualTo(Instant.parse("2026-03-07T02:00:00Z"));
    }

    @Test
    void special_measures_for_a_repeat_are_due_within_24_hours() {
        assertThat(deadlines.specialMeasuresDue(policy, FRIDAY).due()).isEqualTo(FRIDAY.plus(Duration.ofHours(24)));
    }

    @Test
    void a_dispatch_without_a_due_time_gets_the_policy_default() {
        assertThat(deadlines.dispatchDue(policy, FRIDAY, null))
                .isEqualTo(new Deadline(FRIDAY.plus(Duration.ofDays(3)), policy.version()));
    }

    @Test
    void a_dispatch_due_time_given_by_the_dispatcher_wins() {
        Instant requested = FRIDAY.plus(Duration.ofHours(5));

        assertThat(deadlines.dispatchDue(policy, FRIDAY, requested)).isEqualTo(new Deadline(requested,
                                                                                            policy.version()));
    }

    @Test
    void an_office_with_other_numbers_gets_other_due_times() {
        ComplaintPolicy stricter = new ComplaintPolicy(OFFICE, new PolicyVersion("office-1:v2"),
                                                       ComplaintPolicy.DEFAULT_ZONE, 2, Duration.ofDays(1),
                                                       Duration.ofHours(12), Duration.ofDays(30),
                                                       Duration.ofDays(1), 500);

        assertThat(deadlines.firstReplyDue(stricter, FRIDAY))
                .isEqualTo(new Deadline(Instant.parse("2026-03-10T02:00:00Z"), new PolicyVersion("office-1:v2")));
        assertThat(deadlines.specialMeasuresDue(stricter, FRIDAY).due()).isEqualTo(FRIDAY.plus(Duration.ofHours(12)));
    }
}
