package com.propcare.command.visit;

import java.util.Set;
import com.propcare.command.registry.TestReferences;
import com.propcare.command.support.DomainRefusal;
import com.propcare.events.HouseholdId;
import com.propcare.events.callback.MatterId;
import com.propcare.events.callback.Signature;
import com.propcare.events.complaint.ComplaintCategory;
import com.propcare.events.visit.MassMoveInId;
import com.propcare.events.visit.OpinionId;
import com.propcare.events.visit.OpinionType;
import com.propcare.events.visit.RaisedOpinion;
import com.propcare.events.visit.VisitAppointed;
import com.propcare.events.visit.VisitId;
import com.propcare.events.visit.VisitKind;
import com.propcare.events.visit.VisitMethod;
import com.propcare.events.visit.VisitOverdue;
import com.propcare.events.visit.VisitRecorded;
import com.propcare.events.visit.VisitScheduled;
import com.propcare.events.visit.VisitSkipped;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import static com.propcare.command.visit.VisitTestData.CLERK;
import static com.propcare.command.visit.VisitTestData.GONE;
import static com.propcare.command.visit.VisitTestData.HOUSEHOLD;
import static com.propcare.command.visit.VisitTestData.OFFICE;
import static com.propcare.command.visit.VisitTestData.POLICY;
import static com.propcare.command.visit.VisitTestData.REPAIR_LEAD;
import static com.propcare.command.visit.VisitTestData.SHANGHAI;
import static com.propcare.command.visit.VisitTestData.SUPERVISOR;
import static com.propcare.command.visit.VisitTestData.officeTime;
import static com.propcare.command.visit.VisitTestData.routineRoles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

class VisitTest {

    private static final VisitId VISIT = new VisitId("v-1");
    private static final Instant SCHEDULED = officeTime(9, 0);
    private static final Instant DUE = SCHEDULED.plusSeconds(7 * 86400);

    private AggregateTestFixture<Visit> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Visit.class);
        fixture.registerInjectableResource(VisitTestData.policies());
        fixture.registerInjectableResource(VisitTestData.calendars());
        fixture.registerInjectableResource(VisitTestData.staff());
        fixture.registerInjectableResource(TestReferences.of(VisitTestData.OFFICE, Set.of(), VisitTestData.staff()));
    }

    private static VisitScheduled routine() {
        return new VisitScheduled(VISIT, OFFICE, VisitKind.ROUTINE, HOUSEHOLD, DUE, DUE, routineRoles(), "monthly",
                                  POLICY, SCHEDULED, SUPERVISOR);
    }

    private static VisitAppointed appointedInPerson() {
        return new VisitAppointed(VISIT, OFFICE, officeTime(19, 0), VisitMethod.IN_PERSON, SUPERVISOR, SCHEDULED,
                                  SUPERVISOR);
    }

    private static RecordVisit record(VisitMethod method, Instant visitedAt, Signature signature, Instant at) {
        return new RecordVisit(VISIT, null, method, visitedAt, SUPERVISOR, "All well", List.of(), false, signature, at,
                               SUPERVISOR);
    }

    @Test
    void a_routine_visit_scheduled_by_hand_is_performed_by_customer_service_supervisors_under_the_policy_in_force() {
        fixture.givenNoPriorActivity()
               .when(new ScheduleVisit(VISIT, OFFICE, VisitKind.ROUTINE, HOUSEHOLD, DUE, "monthly", SCHEDULED,
                                       SUPERVISOR))
               .expectEvents(routine());
    }

    @Test
    void an_accident_is_followed_by_a_visit_due_by_the_accident_callback_rule_from_when_it_happened() {
        Instant happened = SCHEDULED.minusSeconds(86400);
        fixture.givenNoPriorActivity()
               .when(new ScheduleAfterAccidentVisit(VISIT, OFFICE, HOUSEHOLD, new MatterId("m-1"), "pipe burst",
                                                    happened, SCHEDULED))
               .expectEvents(new VisitScheduled(VISIT, OFFICE, VisitKind.AFTER_ACCIDENT, HOUSEHOLD,
                                                happened.plusSeconds(3 * 86400), happened.plusSeconds(3 * 86400),
                                                VisitPerformers.of(VisitKind.AFTER_ACCIDENT),
                                                "accident m-1: pipe burst", POLICY, SCHEDULED, null));
    }

    @Test
    void new_owner_and_holiday_visits_are_not_scheduled_by_hand() {
        fixture.givenNoPriorActivity()
               .when(new ScheduleVisit(VISIT, OFFICE, VisitKind.NEW_OWNER, HOUSEHOLD, DUE, null, SCHEDULED,
                                       SUPERVISOR))
               .expectException(DomainRefusal.class)
               .expectExceptionMessage(containsString(VisitRefusalCodes.VISIT_KIND_NOT_BY_HAND));
    }

    @Test
    void an_after_accident_visit_must_be_due_in_the_future() {
        fixture.givenNoPriorActivity()
               .when(new ScheduleVisit(VISIT, OFFICE, VisitKind.AFTER_ACCIDENT, HOUSEHOLD, SCHEDULED, null,
                                       SCHEDULED, SUPERVISOR))
               .expectExceptionMessage(containsString(VisitRefusalCodes.VISIT_DUE_IN_THE_PAST));
    }

    @Test
    void a_new_owner_is_due_a_visit_one_month_after_move_in_and_three_at_most_counted_in_the_office_zone() {
        LocalDate movedIn = LocalDate.of(2026, 11, 2);
        Instant start = movedIn.atStartOfDay(SHANGHAI).toInstant();
        Instant recorded = officeTime(10, 0);
        fixture.givenNoPriorActivity()
               .when(new ScheduleNewOwnerVisit(VISIT, OFFICE, HOUSEHOLD, movedIn, null, recorded))
               .expectEvents(new VisitScheduled(VISIT, OFFICE, VisitKind.NEW_OWNER, HOUSEHOLD,
                                                start.atZone(SHANGHAI).plusMonths(1).toInstant(),
                                                start.atZone(SHANGHAI).plusMonths(3).toInstant(),
                                                VisitPerformers.of(VisitKind.NEW_OWNER), "moved in on 2026-11-02",
                                                POLICY, recorded, null));
    }

    @Test
    void in_a_mass_move_in_a_household_outside_the_sample_is_recorded_as_skipped_with_its_bucket() {
        HouseholdId outside = IntStream.range(0, 1000).mapToObj(i -> new HouseholdId("h-" + i))
                                       .filter(household -> MassMoveInSample.bucketOf(household) >= 60)
                                       .findFirst().orElseThrow();
        MassMoveInId window = new MassMoveInId("mm-1");
        Instant recorded = officeTime(10, 0);
        int bucket = MassMoveInSample.bucketOf(outside);
        fixture.givenNoPriorActivity()
               .when(new ScheduleNewOwnerVisit(VISIT, OFFICE, outside, LocalDate.of(2026, 11, 2), window, recorded))
               .expectEvents(new VisitSkipped(VISIT, OFFICE, VisitKind.NEW_OWNER, outside, window, 60, bucket,
                                              "moved in on 2026-11-02 during mass move-in mm-1: bucket " + bucket
                                                      + " is not below the sample of 60 %", POLICY, recorded));
    }

    @Test
    void in_a_mass_move_in_a_sampled_household_gets_its_visit_obligation() {
        HouseholdId inside = IntStream.range(0, 1000).mapToObj(i -> new HouseholdId("h-" + i))
                                      .filter(household -> MassMoveInSample.bucketOf(household) < 60)
                                      .findFirst().orElseThrow();
        fixture.givenNoPriorActivity()
               .when(new ScheduleNewOwnerVisit(VISIT, OFFICE, inside, LocalDate.of(2026, 11, 2),
                                               new MassMoveInId("mm-1"), officeTime(10, 0)))
               .expectEventsMatching(org.axonframework.test.matchers.Matchers.exactSequenceOf(
                       org.axonframework.test.matchers.Matchers.messageWithPayload(
                               org.hamcrest.Matchers.instanceOf(VisitScheduled.class)),
                       org.axonframework.test.matchers.Matchers.andNoMore()));
    }

    @Test
    void the_mass_move_in_sample_is_deterministic_and_close_to_its_share() {
        List<HouseholdId> households = IntStream.range(0, 2000).mapToObj(i -> new HouseholdId("unit-" + i)).toList();
        long sampled = households.stream().filter(household -> MassMoveInSample.sampled(household, 60)).count();
        long again = households.stream().filter(household -> MassMoveInSample.sampled(household, 60)).count();
        assertThat(sampled).isEqualTo(again).isBetween(1100L, 1300L);
        assertThat(households.stream().filter(household -> MassMoveInSample.sampled(household, 0))).isEmpty();
        assertThat(households.stream().filter(household -> MassMoveInSample.sampled(household, 100)))
                .hasSize(households.size());
        assertThat(MassMoveInSample.bucketOf(new HouseholdId("unit-7")))
                .isEqualTo(MassMoveInSample.bucketOf(new HouseholdId("unit-7")));
    }

    @Test
    void an_in_person_appointment_at_22_office_time_is_refused() {
        fixture.given(routine())
               .when(new AppointVisit(VISIT, null, officeTime(22, 0), VisitMethod.IN_PERSON, SUPERVISOR, SCHEDULED,
                                      SUPERVISOR))
               .expectExceptionMessage(containsString(VisitRefusalCodes.TOO_LATE_FOR_IN_PERSON))
               .expectNoEvents();
    }

    @Test
    void a_phone_appointment_late_in_the_evening_is_allowed_and_in_person_at_21_59_too() {
        fixture.given(routine())
               .when(new AppointVisit(VISIT, null, officeTime(22, 30), VisitMethod.PHONE, SUPERVISOR, SCHEDULED,
                                      SUPERVISOR))
               .expectSuccessfulHandlerExecution();
        fixture.given(routine())
               .when(new AppointVisit(VISIT, null, officeTime(21, 59), VisitMethod.IN_PERSON, SUPERVISOR, SCHEDULED,
                                      SUPERVISOR))
               .expectEvents(new VisitAppointed(VISIT, OFFICE, officeTime(21, 59), VisitMethod.IN_PERSON, SUPERVISOR,
                                                SCHEDULED, SUPERVISOR));
    }

    @Test
    void an_in_person_visit_is_appointed_first() {
        fixture.given(routine())
               .when(record(VisitMethod.IN_PERSON, officeTime(19, 0), Signature.SIGNED, officeTime(20, 0)))
               .expectExceptionMessage(containsString(VisitRefusalCodes.VISIT_APPOINTMENT_REQUIRED));
    }

    @Test
    void an_in_person_visit_recorded_at_23_is_refused() {
        fixture.given(routine(), appointedInPerson())
               .when(record(VisitMethod.IN_PERSON, officeTime(23, 0), Signature.SIGNED, officeTime(23, 30)))
               .expectExceptionMessage(containsString(VisitRefusalCodes.TOO_LATE_FOR_IN_PERSON))
               .expectNoEvents();
    }

    @Test
    void in_person_the_resident_signs_or_refuses_and_on_the_phone_nobody_signs() {
        fixture.given(routine(), appointedInPerson())
               .when(record(VisitMethod.IN_PERSON, officeTime(19, 0), Signature.NOT_REQUIRED, officeTime(20, 0)))
               .expectExceptionMessage(containsString(VisitRefusalCodes.VISIT_SIGNATURE_REQUIRED));
        fixture.given(routine())
               .when(record(VisitMethod.PHONE, officeTime(19, 0), Signature.SIGNED, officeTime(20, 0)))
               .expectExceptionMessage(containsString(VisitRefusalCodes.VISIT_SIGNATURE_NOT_POSSIBLE));
        fixture.given(routine(), appointedInPerson())
               .when(record(VisitMethod.IN_PERSON, officeTime(19, 0), Signature.REFUSED, officeTime(20, 0)))
               .expectSuccessfulHandlerExecution();
    }

    @Test
    void the_performer_must_hold_one_of_the_visit_roles_and_still_work_at_the_office() {
        fixture.given(routine())
               .when(new RecordVisit(VISIT, null, VisitMethod.PHONE, officeTime(19, 0), REPAIR_LEAD, "ok", List.of(),
                                     false, Signature.NOT_REQUIRED, officeTime(20, 0), REPAIR_LEAD))
               .expectExceptionMessage(containsString(VisitRefusalCodes.VISIT_PERFORMER_ROLE_REQUIRED));
        fixture.given(routine())
               .when(new RecordVisit(VISIT, null, VisitMethod.PHONE, officeTime(19, 0), CLERK, "ok", List.of(),
                                     false, Signature.NOT_REQUIRED, officeTime(20, 0), CLERK))
               .expectExceptionMessage(containsString(VisitRefusalCodes.VISIT_PERFORMER_ROLE_REQUIRED));
        fixture.given(routine())
               .when(new RecordVisit(VISIT, null, VisitMethod.PHONE, officeTime(19, 0), GONE, "ok", List.of(),
                                     false, Signature.NOT_REQUIRED, officeTime(20, 0), GONE))
               .expectExceptionMessage(containsString(VisitRefusalCodes.VISIT_PERFORMER_LEFT));
        fixture.given(routine())
               .when(new RecordVisit(VISIT, null, VisitMethod.PHONE, officeTime(19, 0),
                                     new com.propcare.events.StaffId("nobody"), "ok", List.of(), false,
                                     Signature.NOT_REQUIRED, officeTime(20, 0), SUPERVISOR))
               .expectExceptionMessage(containsString(VisitRefusalCodes.VISIT_PERFORMER_UNKNOWN));
    }

    @Test
    void a_visit_records_its_opinions_with_ids_derived_from_the_visit_and_is_on_time_before_its_due() {
        List<OpinionInput> opinions = List.of(
                new OpinionInput(OpinionType.SUGGESTION, "More benches", null, null),
                new OpinionInput(OpinionType.COMPLAINT, "Lift noisy at night", null,
                                 ComplaintCategory.PUBLIC_FACILITIES));
        fixture.given(routine(), appointedInPerson())
               .when(new RecordVisit(VISIT, null, VisitMethod.IN_PERSON, officeTime(19, 0), SUPERVISOR, "Chatted",
                                     opinions, true, Signature.SIGNED, officeTime(20, 0), SUPERVISOR))
               .expectEvents(new VisitRecorded(VISIT, OFFICE, VisitKind.ROUTINE, HOUSEHOLD, VisitMethod.IN_PERSON,
                                               officeTime(19, 0), SUPERVISOR, "Chatted", List.of(
                               new RaisedOpinion(new OpinionId("v-1:opinion-1"), OpinionType.SUGGESTION,
                                                 "More benches", HOUSEHOLD, null),
                               new RaisedOpinion(new OpinionId("v-1:opinion-2"), OpinionType.COMPLAINT,
                                                 "Lift noisy at night", HOUSEHOLD,
                                                 ComplaintCategory.PUBLIC_FACILITIES)),
                                               true, Signature.SIGNED, true, officeTime(20, 0), SUPERVISOR));
    }

    @Test
    void a_late_visit_is_recorded_as_late_after_it_was_marked_overdue() {
        Instant late = DUE.plusSeconds(86400);
        fixture.given(routine(), new VisitOverdue(VISIT, OFFICE, DUE, DUE.plusSeconds(60)))
               .when(record(VisitMethod.PHONE, late, Signature.NOT_REQUIRED, late.plusSeconds(60)))
               .expectEvents(new VisitRecorded(VISIT, OFFICE, VisitKind.ROUTINE, HOUSEHOLD, VisitMethod.PHONE, late,
                                               SUPERVISOR, "All well", List.of(), false, Signature.NOT_REQUIRED,
                                               false, late.plusSeconds(60), SUPERVISOR));
    }

    @Test
    void recording_a_visit_twice_is_a_conflict_and_a_skipped_visit_cannot_be_recorded() {
        VisitRecorded recorded = new VisitRecorded(VISIT, OFFICE, VisitKind.ROUTINE, HOUSEHOLD, VisitMethod.PHONE,
                                                   officeTime(19, 0), SUPERVISOR, "ok", List.of(), false,
                                                   Signature.NOT_REQUIRED, true, officeTime(20, 0), SUPERVISOR);
        fixture.given(routine(), recorded)
               .when(record(VisitMethod.PHONE, officeTime(19, 0), Signature.NOT_REQUIRED, officeTime(20, 0)))
               .expectExceptionMessage(containsString(VisitRefusalCodes.VISIT_ALREADY_RECORDED));
        fixture.given(new VisitSkipped(VISIT, OFFICE, VisitKind.NEW_OWNER, HOUSEHOLD, new MassMoveInId("mm-1"), 60,
                                       77, "outside", POLICY, SCHEDULED))
               .when(record(VisitMethod.PHONE, officeTime(19, 0), Signature.NOT_REQUIRED, officeTime(20, 0)))
               .expectExceptionMessage(containsString(VisitRefusalCodes.VISIT_SKIPPED));
    }

    @Test
    void a_visit_cannot_be_recorded_as_having_happened_later_than_now() {
        fixture.given(routine())
               .when(record(VisitMethod.PHONE, officeTime(20, 0), Signature.NOT_REQUIRED, officeTime(19, 0)))
               .expectExceptionMessage(containsString(VisitRefusalCodes.VISIT_TIME_IN_FUTURE));
    }

    @Test
    void becoming_overdue_is_recorded_once_and_only_when_due() {
        fixture.given(routine())
               .when(new MarkVisitOverdue(VISIT, DUE.minusSeconds(1)))
               .expectNoEvents();
        fixture.given(routine())
               .when(new MarkVisitOverdue(VISIT, DUE))
               .expectEvents(new VisitOverdue(VISIT, OFFICE, DUE, DUE));
        fixture.given(routine(), new VisitOverdue(VISIT, OFFICE, DUE, DUE))
               .when(new MarkVisitOverdue(VISIT, DUE.plusSeconds(60)))
               .expectNoEvents();
    }
}
