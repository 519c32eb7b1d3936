package com.propcare.command.callback.trigger;

import com.propcare.command.callback.ScheduleCallback;
import com.propcare.events.DepartmentId;
import com.propcare.events.HouseholdId;
import com.propcare.events.StaffId;
import com.propcare.events.callback.CallbackKindTerms;
import com.propcare.events.callback.CallbackMethod;
import com.propcare.events.callback.KindCode;
import com.propcare.events.callback.MatterId;
import com.propcare.events.callback.MatterRecorded;
import com.propcare.events.callback.SubjectType;
import com.propcare.events.policy.Due;
import com.propcare.events.policy.DueUnit;
import com.propcare.events.registry.StaffRole;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import static com.propcare.command.callback.trigger.FixedOfficeRules.OFFICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Given a recorded matter (which carries its kinds' terms), the callbacks it owes; no store, no bus. */
class MatterCallbackPolicyTest {

    private static final HouseholdId HOUSEHOLD = new HouseholdId("h-1");
    private static final StaffId HANDLER = new StaffId("handler-1");
    private static final StaffId CLERK = new StaffId("clerk-1");
    private static final DepartmentId REPAIRS = new DepartmentId("repairs");
    private static final Instant AT = Instant.parse("2026-03-02T02:00:00Z");

    private final FixedOfficeRules office = new FixedOfficeRules();

    private static CallbackKindTerms kind(String code, int revision, List<Due> offsets, List<StaffRole> roles,
                                          int rate, boolean conflict, Set<CallbackMethod> methods, boolean recording,
                                          int retentionYears) {
        return new CallbackKindTerms(new KindCode(code), code.toLowerCase(), revision, offsets, roles, rate, conflict,
                                     methods, recording, retentionYears);
    }

    private static MatterRecorded matter(String id, String type, List<HouseholdId> households, StaffId staff,
                                         List<CallbackKindTerms> kinds) {
        return new MatterRecorded(new MatterId(id), OFFICE, type, households, staff, "what happened", HANDLER,
                                  REPAIRS, AT, AT, CLERK, kinds);
    }

    @Test
    void talks_with_newly_appointed_staff_at_six_and_twelve_months_are_configuration_only() {
        CallbackKindTerms talk = kind("APPOINTMENT_TALK", 1,
                                      List.of(new Due(6, DueUnit.MONTHS), new Due(12, DueUnit.MONTHS)),
                                      List.of(StaffRole.DIRECTOR), 100, false, Set.of(), false, 3);

        List<ScheduleCallback> callbacks = MatterCallbackPolicy.decide(
                matter("m-appointed", "STAFF_APPOINTED", List.of(), new StaffId("new-head"), List.of(talk)), office);

        assertThat(callbacks).extracting(ScheduleCallback::due).containsExactly(
                Instant.parse("2026-09-02T02:00:00Z"), Instant.parse("2027-03-02T02:00:00Z"));
        assertThat(callbacks).allSatisfy(callback -> {
            assertThat(callback.householdId()).isNull();
            assertThat(callback.subject().type()).isEqualTo(SubjectType.MATTER);
            assertThat(callback.kind()).isEqualTo(new KindCode("APPOINTMENT_TALK"));
        });
    }

    @Test
    void the_terms_the_matter_recorded_decide_not_a_later_definition() {
        CallbackKindTerms revisionOne = kind("DELIVERY_CHECK", 1, List.of(new Due(2, DueUnit.WORKING_DAYS)),
                                             List.of(StaffRole.CLERK), 100, false, Set.of(), false, 1);
        office.define(kind("DELIVERY_CHECK", 2, List.of(new Due(9, DueUnit.WORKING_DAYS)),
                           List.of(StaffRole.DIRECTOR), 100, false, Set.of(), false, 1));

        assertThat(MatterCallbackPolicy.decide(matter("m-cement", "MATERIAL_DELIVERY", List.of(HOUSEHOLD), null,
                                                      List.of(revisionOne)), office))
                .singleElement().satisfies(callback -> {
                    assertThat(callback.householdId()).isEqualTo(HOUSEHOLD);
                    assertThat(callback.due()).isEqualTo(AT.plus(2, ChronoUnit.DAYS));
                    assertThat(callback.performerRoles()).containsExactly(StaffRole.CLERK);
                    assertThat(callback.reason()).contains("(revision 1)");
                });
    }

    @Test
    void a_financial_service_callback_kept_three_years_by_someone_else_than_the_handler_is_configuration_only() {
        CallbackKindTerms financial = kind("FINANCIAL_SERVICE", 1, List.of(new Due(5, DueUnit.WORKING_DAYS)),
                                           List.of(StaffRole.CUSTOMER_SERVICE_SUPERVISOR), 100, true,
                                           Set.of(CallbackMethod.PHONE), true, 3);

        assertThat(MatterCallbackPolicy.decide(matter("m-fin", "FINANCIAL_SERVICE", List.of(HOUSEHOLD), null,
                                                      List.of(financial)), office))
                .singleElement().satisfies(callback -> {
                    assertThat(callback.conflictOfInterestAvoided()).isTrue();
                    assertThat(callback.handledBy()).isEqualTo(HANDLER);
                    assertThat(callback.handlingDepartment()).isEqualTo(REPAIRS);
                    assertThat(callback.retentionYears()).isEqualTo(3);
                    assertThat(callback.recordingRequired()).isTrue();
                    assertThat(callback.allowedMethods()).containsExactly(CallbackMethod.PHONE);
                });
    }

    @Test
    void a_kind_sampled_at_a_rate_calls_back_a_deterministic_share() {
        CallbackKindTerms half = kind("SAMPLED", 1, List.of(new Due(1, DueUnit.WORKING_DAYS)),
                                      List.of(StaffRole.CLERK), 50, false, Set.of(), false, 1);
        List<HouseholdId> households = java.util.stream.IntStream.range(0, 200)
                                                                 .mapToObj(i -> new HouseholdId("h-" + i)).toList();

        List<ScheduleCallback> first = MatterCallbackPolicy.decide(
                matter("m-many", "SAMPLED_MATTER", households, null, List.of(half)), office);

        assertThat(first.size()).isBetween(70, 130);
        assertThat(MatterCallbackPolicy.decide(matter("m-many", "SAMPLED_MATTER", households, null, List.of(half)),
                                               office)).isEqualTo(first);
    }

    @Test
    void a_built_in_matter_owes_its_built_in_kind_for_every_household() {
        assertThat(MatterCallbackPolicy.decide(matter("m-acc", "ACCIDENT", List.of(HOUSEHOLD, new HouseholdId("h-2")),
                                                      null, List.of()), office))
                .hasSize(2).allSatisfy(callback -> {
                    assertThat(callback.kind()).isEqualTo(new KindCode("ACCIDENT"));
                    assertThat(callback.performerRoles()).containsExactly(StaffRole.DIRECTOR,
                                                                          StaffRole.DEPARTMENT_HEAD);
                    assertThat(callback.due()).isEqualTo(AT.plus(3, ChronoUnit.DAYS));
                });
    }

    @Test
    void a_survey_rectification_done_owes_a_survey_follow_up_a_month_later() {
        assertThat(MatterCallbackPolicy.decide(matter("m-rect", "SURVEY_RECTIFICATION_DONE", List.of(HOUSEHOLD), null,
                                                      List.of()), office))
                .singleElement().satisfies(callback -> {
                    assertThat(callback.kind()).isEqualTo(new KindCode("SURVEY_FOLLOW_UP"));
                    assertThat(callback.due()).isEqualTo(AT.atZone(ZoneOffset.UTC).plusMonths(1).toInstant());
                });
    }

    @Test
    void a_matter_of_an_office_type_with_no_kind_in_force_owes_nothing_and_one_from_before_the_terms_is_a_failure() {
        assertThat(MatterCallbackPolicy.decide(matter("m-0", "NOTHING_DEFINED", List.of(HOUSEHOLD), null, List.of()),
                                               office)).isEmpty();
        assertThatThrownBy(() -> MatterCallbackPolicy.decide(
                matter("m-old", "MATERIAL_DELIVERY", List.of(HOUSEHOLD), null, null), office))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("m-old");
    }
}
