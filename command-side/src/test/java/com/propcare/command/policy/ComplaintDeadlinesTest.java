package com.propcare.command.policy;

import com.propcare.command.calendar.CalendarTestData;
import com.propcare.command.calendar.WorkingCalendar;
import com.propcare.events.OfficeId;
import com.propcare.events.PolicyVersion;
import com.propcare.events.policy.Due;
import com.propcare.events.policy.DueUnit;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static com.propcare.command.calendar.CalendarTestData.shanghai;
import static org.assertj.core.api.Assertions.assertThat;

class ComplaintDeadlinesTest {

    private static final OfficeId OFFICE = new OfficeId("office-1");
    /** Friday 6 March 2026, 10:00 in Shanghai. */
    private static final Instant FRIDAY = Instant.parse("2026-03-06T02:00:00Z");

    private final WorkingCalendar calendar = CalendarTestData.shippedOnly();
    private final ComplaintPolicy policy = new VersionedComplaintPolicies(office -> List.of(), calendar)
            .forOffice(OFFICE, FRIDAY);
    private final ComplaintDeadlines deadlines = new ComplaintDeadlines(calendar);

    @Test
    void the_default_policy_holds_the_domain_defaults_under_the_default_version() {
        assertThat(policy.version()).isEqualTo(new PolicyVersion("office-1:default"));
        assertThat(policy.zone()).isEqualTo(CalendarTestData.SHANGHAI);
        assertThat(policy.firstReply()).isEqualTo(new Due(1, DueUnit.WORKING_DAYS));
        assertThat(policy.remedyAnswer()).isEqualTo(new Due(3, DueUnit.CALENDAR_DAYS));
        assertThat(policy.repeatSpecialMeasures()).isEqualTo(new Due(24, DueUnit.HOURS));
        assertThat(policy.repeatWindow()).isEqualTo(Duration.ofDays(90));
        assertThat(policy.dispatchDefault()).isEqualTo(new Due(3, DueUnit.CALENDAR_DAYS));
        assertThat(policy.maxSummaryLength()).isEqualTo(2000);
    }

    @Test
    void the_first_reply_is_due_one_working_day_after_receipt() {
        assertThat(deadlines.firstReplyDue(policy, FRIDAY))
                .isEqualTo(new Deadline(Instant.parse("2026-03-09T02:00:00Z"), policy.version()));
    }

    @Test
    void the_first_reply_to_a_complaint_received_before_national_day_is_due_after_it() {
        assertThat(deadlines.firstReplyDue(policy, shanghai("2026-09-30T17:00")).due())
                .isEqualTo(shanghai("2026-10-08T17:00"));
    }

    @Test
    void the_remedy_is_due_three_calendar_days_after_receipt_holidays_included() {
        assertThat(deadlines.remedyDue(policy, FRIDAY))
                .isEqualTo(new Deadline(Instant.parse("2026-03-09T02:00:00Z"), policy.version()));
        assertThat(deadlines.remedyDue(policy, shanghai("2026-09-30T17:00")).due())
                .isEqualTo(shanghai("2026-10-03T17:00"));
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
                                                       CalendarTestData.SHANGHAI, new Due(2, DueUnit.WORKING_DAYS),
                                                       new Due(1, DueUnit.CALENDAR_DAYS), new Due(12, DueUnit.HOURS),
                                                       Duration.ofDays(30), new Due(2, DueUnit.WORKING_DAYS), 500);

        assertThat(deadlines.firstReplyDue(stricter, FRIDAY))
                .isEqualTo(new Deadline(Instant.parse("2026-03-10T02:00:00Z"), new PolicyVersion("office-1:v2")));
        assertThat(deadlines.specialMeasuresDue(stricter, FRIDAY).due()).isEqualTo(FRIDAY.plus(Duration.ofHours(12)));
        assertThat(deadlines.dispatchDue(stricter, FRIDAY, null).due())
                .isEqualTo(Instant.parse("2026-03-10T02:00:00Z"));
    }
}
