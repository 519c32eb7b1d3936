package com.propcare.command.complaint;

import com.propcare.events.SealedValue;
import com.propcare.events.complaint.Complainant;
import com.propcare.events.complaint.ComplaintNumber;
import com.propcare.events.complaint.ComplaintRegistered;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static com.propcare.command.complaint.ComplaintTestData.aRegistration;
import static com.propcare.command.complaint.ComplaintTestData.registeredEvent;
import static com.propcare.command.complaint.Refusals.refusedWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.matches;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;

class ComplaintRegistrationTest {

    private final InMemoryComplaintNumbers numbers = new InMemoryComplaintNumbers();
    private FixtureConfiguration<Complaint> fixture;

    @BeforeEach
    void setUp() {
        fixture = ComplaintTestData.fixture(numbers, new InMemoryRepeatComplaints());
    }

    @Test
    void a_registered_complaint_gets_a_number_and_its_first_reply_and_remedy_due_times() {
        fixture.givenNoPriorActivity()
               .when(aRegistration().build())
               .expectEvents(registeredEvent());
    }

    @Test
    void the_complainants_name_and_phone_enter_the_log_sealed_with_the_households_key() {
        RegisterComplaint named = aRegistration().build();
        fixture.givenNoPriorActivity()
               .when(new RegisterComplaint(named.complaintId(), named.officeId(), named.channel(), named.householdId(),
                                           named.category(), named.summary(), named.receivedAt(), named.receivedBy(),
                                           named.originalDocumentRef(), "Wang Fang", "13800000000"))
               .expectEventsMatching(payloadsMatching(exactSequenceOf(
                       matches((ComplaintRegistered event) -> event.complainant().equals(new Complainant(
                               new SealedValue(named.householdId().value(), "sealed(Wang Fang)"),
                               new SealedValue(named.householdId().value(), "sealed(13800000000)")))),
                       andNoMore())));
    }

    @Test
    void the_first_reply_to_a_complaint_received_on_a_friday_is_due_on_monday() {
        Instant friday = Instant.parse("2026-03-06T07:00:00Z");

        fixture.givenNoPriorActivity()
               .when(aRegistration().receivedAt(friday).build())
               .expectEvents(registeredEvent(friday, Instant.parse("2026-03-09T07:00:00Z"),
                                             Instant.parse("2026-03-09T07:00:00Z")));
    }

    @Test
    void working_days_are_counted_in_the_office_time_zone() {
        Instant fridayEveningUtcIsSaturdayInShanghai = Instant.parse("2026-03-06T20:00:00Z");

        fixture.givenNoPriorActivity()
               .when(aRegistration().receivedAt(fridayEveningUtcIsSaturdayInShanghai).build())
               .expectEvents(registeredEvent(fridayEveningUtcIsSaturdayInShanghai,
                                             Instant.parse("2026-03-08T20:00:00Z"),
                                             Instant.parse("2026-03-09T20:00:00Z")));
    }

    @Test
    void the_number_counts_in_the_year_of_the_office_time_zone() {
        Instant newYearsNightInShanghai = Instant.parse("2026-12-31T17:00:00Z");

        fixture.givenNoPriorActivity()
               .when(aRegistration().receivedAt(newYearsNightInShanghai).build())
               .expectSuccessfulHandlerExecution();

        assertThat(numbers.issued()).containsExactly(new ComplaintNumber("TS-2027-000001"));
    }

    @Test
    void a_complaint_without_a_summary_is_refused() {
        fixture.givenNoPriorActivity()
               .when(aRegistration().summary("  ").build())
               .expectNoEvents()
               .expectException(refusedWith(ComplaintRefusalCodes.FIELD_REQUIRED, Map.of("field", "summary")));
    }

    @Test
    void a_summary_longer_than_the_policy_allows_is_refused_without_using_up_a_number() {
        fixture.givenNoPriorActivity()
               .when(aRegistration().summary("漏".repeat(2001)).build())
               .expectNoEvents()
               .expectException(refusedWith(ComplaintRefusalCodes.SUMMARY_TOO_LONG,
                                            Map.of("length", 2001, "maxLength", 2000)));

        assertThat(numbers.issued()).isEmpty();
    }

    @Test
    void a_summary_of_exactly_the_maximum_length_is_accepted() {
        fixture.givenNoPriorActivity()
               .when(aRegistration().summary("漏".repeat(2000)).build())
               .expectSuccessfulHandlerExecution();
    }

    @Test
    void a_complaint_without_a_household_is_refused() {
        fixture.givenNoPriorActivity()
               .when(aRegistration().household(null).build())
               .expectNoEvents()
               .expectException(refusedWith(ComplaintRefusalCodes.FIELD_REQUIRED,
                                            Map.of("field", "householdId")));
    }
}
