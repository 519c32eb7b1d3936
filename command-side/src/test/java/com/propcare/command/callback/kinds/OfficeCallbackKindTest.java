package com.propcare.command.callback.kinds;

import com.propcare.events.DepartmentId;
import com.propcare.command.registry.References;
import com.propcare.command.registry.TestReferences;
import com.propcare.command.support.DomainRefusal;
import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;
import com.propcare.events.StaffId;
import com.propcare.events.callback.CallbackKindTerms;
import com.propcare.events.callback.CallbackKindDefined;
import com.propcare.events.callback.CallbackMethod;
import com.propcare.events.callback.KindCode;
import com.propcare.events.callback.MatterId;
import com.propcare.events.callback.MatterRecorded;
import com.propcare.events.policy.Due;
import com.propcare.events.policy.DueUnit;
import com.propcare.events.registry.StaffRole;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.hamcrest.Matchers.containsString;

class OfficeCallbackKindTest {

    private static final OfficeId OFFICE = new OfficeId("office-1");
    private static final KindCode CODE = new KindCode("FINANCIAL_SERVICE");
    private static final String ID = "office-1:FINANCIAL_SERVICE";
    private static final StaffId ADMIN = new StaffId("admin-1");
    private static final Instant AT = Instant.parse("2026-03-02T02:00:00Z");
    private static final CallbackKindTerms TALK = new CallbackKindTerms(
            new KindCode("APPOINTMENT_TALK"), "talk", 2, List.of(new Due(6, DueUnit.MONTHS)),
            List.of(StaffRole.DIRECTOR), 100, false, Set.of(), false, 3);

    private final AggregateTestFixture<OfficeCallbackKind> kinds = new AggregateTestFixture<>(OfficeCallbackKind.class);
    private final AggregateTestFixture<Matter> matters = new AggregateTestFixture<>(Matter.class);

    /** The kinds in force, as the lookup answers them: the talk with newly appointed staff at revision 2. */
    private final CallbackKindsInForce inForce = new CallbackKindsInForce() {
        @Override
        public List<CallbackKindTerms> forMatterType(OfficeId office, String matterType) {
            return "STAFF_APPOINTED".equals(matterType) ? List.of(TALK) : List.of();
        }

        @Override
        public Optional<CallbackKindTerms> kind(OfficeId office, KindCode code) {
            return Optional.of(TALK).filter(talk -> talk.code().equals(code));
        }
    };

    {
        References references = TestReferences.of(OFFICE, Set.of(new DepartmentId("repairs")),
                                                   TestReferences.everyoneAt(OFFICE));
        kinds.registerInjectableResource(references);
        matters.registerInjectableResource(references);
        matters.registerInjectableResource(inForce);
    }

    private static CallbackKindDefinition definition(List<Due> offsets, List<StaffRole> roles, int rate,
                                                     int retention) {
        return new CallbackKindDefinition("Financial service", "FINANCIAL_SERVICE", offsets, roles, rate, true,
                                          Set.of(CallbackMethod.PHONE), true, retention, ADMIN);
    }

    private static CallbackKindDefinition valid() {
        return definition(List.of(new Due(5, DueUnit.WORKING_DAYS)), List.of(StaffRole.CUSTOMER_SERVICE_SUPERVISOR),
                          100, 3);
    }

    private static CallbackKindDefined defined(int revision) {
        return new CallbackKindDefined(OFFICE, CODE, "Financial service", "FINANCIAL_SERVICE",
                                       List.of(new Due(5, DueUnit.WORKING_DAYS)),
                                       List.of(StaffRole.CUSTOMER_SERVICE_SUPERVISOR), 100, true,
                                       Set.of(CallbackMethod.PHONE), true, 3, revision, AT, ADMIN);
    }

    @Test
    void a_kind_is_defined_and_redefined_with_the_next_revision() {
        kinds.givenNoPriorActivity()
             .when(new DefineCallbackKind(ID, OFFICE, CODE, valid(), AT))
             .expectEvents(defined(1));
        kinds.given(defined(1))
             .when(new RedefineCallbackKind(ID, null, OFFICE, CODE, valid(), AT))
             .expectEvents(defined(2));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"no offset,dueOffsets", "zero amount,dueOffsets", "no role,performerRoles", "rate 0,ratePercent",
                "rate 101,ratePercent", "no retention,retentionYears"})
    void an_invalid_definition_is_refused_naming_the_field(String broken, String field) {
        List<Due> offsets = switch (broken) {
            case "no offset" -> List.of();
            case "zero amount" -> List.of(new Due(0, DueUnit.MONTHS));
            default -> List.of(new Due(6, DueUnit.MONTHS));
        };
        CallbackKindDefinition definition = definition(
                offsets, broken.equals("no role") ? List.of() : List.of(StaffRole.DIRECTOR),
                broken.equals("rate 0") ? 0 : broken.equals("rate 101") ? 101 : 100,
                broken.equals("no retention") ? 0 : 3);
        kinds.givenNoPriorActivity()
             .when(new DefineCallbackKind(ID, OFFICE, CODE, definition, AT))
             .expectException(DomainRefusal.class)
             .expectExceptionMessage(containsString("CALLBACK_KIND_INVALID: " + field));
    }

    @Test
    void a_code_must_follow_the_pattern_and_not_be_a_built_in_kind() {
        kinds.givenNoPriorActivity()
             .when(new DefineCallbackKind("office-1:ACCIDENT", OFFICE, new KindCode("ACCIDENT"), valid(), AT))
             .expectExceptionMessage(containsString("built-in"));
        kinds.givenNoPriorActivity()
             .when(new DefineCallbackKind("office-1:bad code", OFFICE, new KindCode("bad code"), valid(), AT))
             .expectExceptionMessage(containsString("CALLBACK_KIND_INVALID: code"));
    }

    @Test
    void a_matter_concerns_households_or_a_member_of_staff() {
        MatterId id = new MatterId("m-1");
        matters.givenNoPriorActivity()
               .when(new RecordMatter(id, OFFICE, "STAFF_APPOINTED", List.of(), new StaffId("s-1"), "appointed", null,
                                      null, AT, AT, ADMIN))
               .expectEvents(new MatterRecorded(id, OFFICE, "STAFF_APPOINTED", List.of(), new StaffId("s-1"),
                                                "appointed", null, null, AT, AT, ADMIN, List.of(TALK)));
        matters.givenNoPriorActivity()
               .when(new RecordMatter(id, OFFICE, "STAFF_APPOINTED", List.of(new HouseholdId("h-1")),
                                      new StaffId("s-1"), "appointed", null, null, AT, AT, ADMIN))
               .expectExceptionMessage(containsString("MATTER_INVALID: householdIds"));
    }

    @Test
    void a_matter_records_the_kinds_in_force_for_its_type_and_one_no_kind_covers_is_refused() {
        MatterId id = new MatterId("m-2");
        matters.givenNoPriorActivity()
               .when(new RecordMatter(id, OFFICE, "ACCIDENT", List.of(new HouseholdId("h-1")), null, "pipe burst",
                                      null, null, AT, AT, ADMIN))
               .expectEvents(new MatterRecorded(id, OFFICE, "ACCIDENT", List.of(new HouseholdId("h-1")), null,
                                                "pipe burst", null, null, AT, AT, ADMIN, List.of()));
        matters.givenNoPriorActivity()
               .when(new RecordMatter(id, OFFICE, "NOBODY_DEFINED_IT", List.of(new HouseholdId("h-1")), null, "?",
                                      null, null, AT, AT, ADMIN))
               .expectNoEvents()
               .expectExceptionMessage(containsString("MATTER_TYPE_UNKNOWN"));
    }
}
