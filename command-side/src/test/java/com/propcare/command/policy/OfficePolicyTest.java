package com.propcare.command.policy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.propcare.command.registry.OfficeDirectory;
import com.propcare.command.support.DomainRefusal;
import com.propcare.events.OfficeId;
import com.propcare.events.PolicyVersion;
import com.propcare.events.StaffId;
import com.propcare.events.policy.PolicyAdopted;
import com.propcare.events.policy.PolicyDocument;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static com.propcare.command.policy.PolicyTestData.defaultsChanged;
import static com.propcare.command.policy.PolicyTestData.defaultsWith;
import static com.propcare.command.policy.PolicyTestData.defaultsWithout;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

class OfficePolicyTest {

    private static final OfficeId OFFICE = new OfficeId("office-1");
    private static final StaffId ADMIN = new StaffId("admin-1");
    private static final Instant AT = Instant.parse("2026-11-23T02:00:00Z");
    private static final Instant NEXT_MONTH = Instant.parse("2026-11-30T16:00:00Z");

    private FixtureConfiguration<OfficePolicy> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(OfficePolicy.class);
        fixture.registerInjectableResource((OfficeDirectory) office -> office.equals(OFFICE)
                ? Optional.of(new OfficeDirectory.OfficeEntry(OFFICE, ZoneId.of("Asia/Shanghai"), Set.of(), Set.of()))
                : Optional.empty());
    }

    private static AdoptPolicy adopt(Instant effectiveFrom, PolicyDocument document) {
        return new AdoptPolicy(OFFICE, effectiveFrom, document, AT, ADMIN);
    }

    private static PolicyAdopted adopted(int number, Instant effectiveFrom, PolicyDocument document) {
        return new PolicyAdopted(OFFICE, new PolicyVersion("office-1:v" + number), number, effectiveFrom, document,
                                 AT, ADMIN);
    }

    @Test
    void the_first_adoption_is_version_1_of_the_office() {
        PolicyDocument document = defaultsWith("/complaints/firstReply/amount", 2);

        fixture.givenNoPriorActivity()
               .when(adopt(NEXT_MONTH, document))
               .expectEvents(adopted(1, NEXT_MONTH, document));
    }

    @Test
    void a_change_is_the_next_version() {
        PolicyDocument document = defaultsWith("/complaints/firstReply/amount", 3);

        fixture.given(adopted(1, AT, PolicyDefaults.document()))
               .when(adopt(NEXT_MONTH, document))
               .expectEvents(adopted(2, NEXT_MONTH, document));
    }

    @Test
    void a_version_may_take_effect_at_the_same_moment_as_the_latest_and_then_wins() {
        fixture.given(adopted(1, NEXT_MONTH, PolicyDefaults.document()))
               .when(adopt(NEXT_MONTH, PolicyDefaults.document()))
               .expectEvents(adopted(2, NEXT_MONTH, PolicyDefaults.document()));
    }

    @Test
    void a_version_cannot_take_effect_before_the_latest_one() {
        fixture.given(adopted(1, NEXT_MONTH, PolicyDefaults.document()))
               .when(adopt(NEXT_MONTH.minus(Duration.ofDays(1)), PolicyDefaults.document()))
               .expectException(DomainRefusal.class)
               .expectExceptionMessage(allOf(startsWith("POLICY_EFFECTIVE_BEFORE_LATEST:"),
                                             containsString("office-1:v1")))
               .expectNoEvents();
    }

    @Test
    void a_version_cannot_take_effect_before_it_is_adopted() {
        fixture.givenNoPriorActivity()
               .when(adopt(AT.minusSeconds(1), PolicyDefaults.document()))
               .expectException(DomainRefusal.class)
               .expectExceptionMessage(startsWith("POLICY_RETROACTIVE:"))
               .expectNoEvents();
    }

    @Test
    void an_unregistered_office_cannot_adopt_a_policy() {
        fixture.givenNoPriorActivity()
               .when(new AdoptPolicy(new OfficeId("office-unknown"), AT, PolicyDefaults.document(), AT, ADMIN))
               .expectException(DomainRefusal.class)
               .expectExceptionMessage(startsWith("OFFICE_NOT_FOUND:"))
               .expectNoEvents();
    }

    @Test
    void an_adoption_without_a_document_is_refused() {
        fixture.givenNoPriorActivity()
               .when(adopt(AT, null))
               .expectException(DomainRefusal.class)
               .expectExceptionMessage(startsWith("POLICY_FIELD_REQUIRED: document"))
               .expectNoEvents();
    }

    static Stream<Arguments> invalidDocuments() {
        return Stream.of(
                Arguments.of("a zero deadline", defaultsWith("/complaints/firstReply/amount", 0),
                             "document.complaints.firstReply.amount (Positive)"),
                Arguments.of("a negative deadline", defaultsWith("/complaints/remedyAnswer/amount", -3),
                             "document.complaints.remedyAnswer.amount (Positive)"),
                Arguments.of("a negative callback deadline", defaultsWith("/callbacks/kinds/LEAK_REPAIR/due/amount", -1),
                             "document.callbacks.kinds.LEAK_REPAIR.due.amount (Positive)"),
                Arguments.of("a deadline without unit", defaultsWith("/surveys/collectionWindow/unit", null),
                             "document.surveys.collectionWindow.unit (Required)"),
                Arguments.of("a rate above 100 %", defaultsWith("/callbacks/kinds/COMPLAINT/targetRatePercent", 101),
                             "document.callbacks.kinds.COMPLAINT.targetRatePercent (Percent)"),
                Arguments.of("a rate below 0 %", defaultsWith("/surveys/returnRateThresholdPercent", -5),
                             "document.surveys.returnRateThresholdPercent (Percent)"),
                Arguments.of("a sampled percentage above 100 %", defaultsWith("/callbacks/sampling/bands/1/amount", 150),
                             "document.callbacks.sampling.bands[1].amount (Percent)"),
                Arguments.of("sampling bands with a gap", defaultsWith("/callbacks/sampling/bands/1/from", 21),
                             "document.callbacks.sampling.bands[1].from (Gap)"),
                Arguments.of("sampling bands that overlap", defaultsWith("/callbacks/sampling/bands/2/from", 50),
                             "document.callbacks.sampling.bands[2].from (Overlap)"),
                Arguments.of("sampling bands not starting at 1", defaultsWith("/callbacks/sampling/bands/0/from", 2),
                             "document.callbacks.sampling.bands[0].from (StartsAtOne)"),
                Arguments.of("sampling bands with a closed end", defaultsWith("/callbacks/sampling/bands/3/to", 1000),
                             "document.callbacks.sampling.bands[3].to (EndsOpen)"),
                Arguments.of("an open sampling band before the last", defaultsWith("/callbacks/sampling/bands/1/to", null),
                             "document.callbacks.sampling.bands[1].to (OnlyLastOpen)"),
                Arguments.of("visit quota bands with a gap", defaultsWith("/visits/supervisorMonthlyShare/2/from", 502),
                             "document.visits.supervisorMonthlyShare[2].from (Gap)"),
                Arguments.of("visit quota bands that overlap", defaultsWith("/visits/supervisorMonthlyShare/1/from", 300),
                             "document.visits.supervisorMonthlyShare[1].from (Overlap)"),
                Arguments.of("visit quota bands not starting at 1",
                             defaultsWith("/visits/supervisorMonthlyShare/0/from", 0),
                             "document.visits.supervisorMonthlyShare[0].from (StartsAtOne)"),
                Arguments.of("visit quota bands with a closed end",
                             defaultsWith("/visits/supervisorMonthlyShare/3/to", 5000),
                             "document.visits.supervisorMonthlyShare[3].to (EndsOpen)"),
                Arguments.of("a visit quota above 100 %", defaultsWith("/visits/supervisorMonthlyShare/0/percent", 104),
                             "document.visits.supervisorMonthlyShare[0].percent (Percent)"),
                Arguments.of("a callback kind without a rule", defaultsWithout("/callbacks/kinds/ACCIDENT"),
                             "document.callbacks.kinds.ACCIDENT (Required)"),
                Arguments.of("role shares read as a division that do not add up to 100 %", defaultsChanged(tree -> {
                    ((ObjectNode) tree.at("/callbacks"))
                            .put("roleShareReading", "DIVISION");
                    ((ObjectNode) tree.at("/callbacks/roleShares/2"))
                            .put("percent", 50);
                }), "document.callbacks.roleShares (SumsTo100)"),
                Arguments.of("more director visits at least than at most",
                             defaultsWith("/visits/directorVisitsPerMonthMin", 16),
                             "document.visits.directorVisitsPerMonthMin (MinNotAboveMax)"),
                Arguments.of("a category twice", defaultsWith("/surveys/categories",
                                                             new String[] {"CLEANING", "CLEANING"}),
                             "document.surveys.categories (Unique)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidDocuments")
    void an_invalid_document_is_refused_naming_the_field_and_the_rule(String name, PolicyDocument document,
                                                                      String fieldAndRule) {
        fixture.givenNoPriorActivity()
               .when(adopt(NEXT_MONTH, document))
               .expectException(DomainRefusal.class)
               .expectExceptionMessage(allOf(startsWith("POLICY_INVALID:"), containsString(fieldAndRule)))
               .expectNoEvents();
    }
}
