package com.propcare.command.reception;

import java.util.Set;
import com.propcare.command.registry.References;
import com.propcare.command.registry.TestReferences;
import com.propcare.command.policy.OfficePolicies;
import com.propcare.command.policy.PolicyDefaults;
import com.propcare.command.policy.PolicyInForce;
import com.propcare.command.support.DomainRefusal;
import com.propcare.command.visit.OpinionInput;
import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;
import com.propcare.events.PolicyVersion;
import com.propcare.events.SealedValue;
import com.propcare.events.StaffId;
import com.propcare.events.reception.BuildingLeaderMeetingHeld;
import com.propcare.events.reception.MeetingId;
import com.propcare.events.reception.ReceptionId;
import com.propcare.events.reception.ReceptionOutcome;
import com.propcare.events.reception.VisitorReceived;
import com.propcare.events.visit.OpinionId;
import com.propcare.events.visit.OpinionType;
import com.propcare.events.visit.RaisedOpinion;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** The reception log and building-leader meetings: their rules, the sealed visitor name, the next meeting date. */
class ReceptionAndMeetingTest {

    private static final OfficeId OFFICE = new OfficeId("office-1");
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final PolicyVersion POLICY = new PolicyVersion("office-1:default");
    private static final ReceptionId RECEPTION = new ReceptionId("r-1");
    private static final MeetingId MEETING = new MeetingId("m-1");
    private static final HouseholdId HOUSEHOLD = new HouseholdId("h-1");
    private static final StaffId CLERK = new StaffId("clerk-1");
    /** 10:00 in Shanghai on Monday 23 November 2026. */
    private static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");
    private static final SealedValue SEALED = new SealedValue("key-1", "c2VhbGVk");
    private static final References REFERENCES = TestReferences.of(OFFICE, Set.of(),
                                                                   TestReferences.everyoneAt(OFFICE));

    private final OfficePolicies policies = (office, at) -> new PolicyInForce(office, POLICY, SHANGHAI,
                                                                              PolicyDefaults.document());
    private final VisitorNames names = (reception, name) -> SEALED;

    private FixtureConfiguration<Reception> receptions() {
        FixtureConfiguration<Reception> fixture = new AggregateTestFixture<>(Reception.class);
        fixture.registerInjectableResource(names);
        fixture.registerInjectableResource(REFERENCES);
        return fixture;
    }

    private FixtureConfiguration<BuildingLeaderMeeting> meetings() {
        FixtureConfiguration<BuildingLeaderMeeting> fixture = new AggregateTestFixture<>(BuildingLeaderMeeting.class);
        fixture.registerInjectableResource(policies);
        fixture.registerInjectableResource(REFERENCES);
        return fixture;
    }

    private static Matcher<DomainRefusal> refused(String code) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(DomainRefusal refusal) {
                return refusal.code().equals(code);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a refusal with code " + code);
            }
        };
    }

    private static RecordReception reception(ReceptionOutcome outcome, String referredTo,
                                             List<OpinionInput> opinions) {
        return new RecordReception(RECEPTION, OFFICE, HOUSEHOLD, "Wang Fang", "Asks about the parking fee",
                                   NOW.minusSeconds(600), CLERK, outcome, referredTo, null, opinions, NOW);
    }

    @Test
    void a_walk_in_answered_on_the_spot_is_logged_with_the_visitors_name_sealed() {
        receptions().givenNoPriorActivity()
                    .when(reception(ReceptionOutcome.ANSWERED_ON_SPOT, null, List.of()))
                    .expectEvents(new VisitorReceived(RECEPTION, OFFICE, HOUSEHOLD, SEALED,
                                                      "Asks about the parking fee", NOW.minusSeconds(600), CLERK,
                                                      ReceptionOutcome.ANSWERED_ON_SPOT, null, null, List.of()));
    }

    @Test
    void a_referral_names_whom_the_visitor_was_referred_to() {
        receptions().givenNoPriorActivity()
                    .when(reception(ReceptionOutcome.REFERRED, " ", List.of()))
                    .expectNoEvents()
                    .expectException(refused(ReceptionRefusalCodes.REFERRED_TO_REQUIRED));
    }

    @Test
    void a_walk_in_that_turned_into_an_opinion_records_it_and_each_opinion_gets_its_own_id() {
        receptions().givenNoPriorActivity()
                    .when(reception(ReceptionOutcome.TURNED_INTO_OPINION, null, List.of()))
                    .expectNoEvents()
                    .expectException(refused(ReceptionRefusalCodes.OPINION_REQUIRED));

        OpinionInput suggestion = new OpinionInput(OpinionType.SUGGESTION, "More bicycle racks", null, null);
        receptions().givenNoPriorActivity()
                    .when(reception(ReceptionOutcome.TURNED_INTO_OPINION, null, List.of(suggestion)))
                    .expectEvents(new VisitorReceived(RECEPTION, OFFICE, HOUSEHOLD, SEALED,
                                                      "Asks about the parking fee", NOW.minusSeconds(600), CLERK,
                                                      ReceptionOutcome.TURNED_INTO_OPINION, null, null,
                                                      List.of(new RaisedOpinion(new OpinionId("r-1:opinion-1"),
                                                                                OpinionType.SUGGESTION,
                                                                                "More bicycle racks", HOUSEHOLD,
                                                                                null))));
    }

    @Test
    void a_meeting_sets_the_next_one_by_the_policy_interval() {
        LocalDate heldOn = LocalDate.of(2026, 11, 20);
        meetings().givenNoPriorActivity()
                  .when(new RecordBuildingLeaderMeeting(MEETING, OFFICE, heldOn, CLERK, List.of(HOUSEHOLD), 12,
                                                        "Lift maintenance, parking", List.of(), NOW, CLERK))
                  .expectEvents(new BuildingLeaderMeetingHeld(MEETING, OFFICE, heldOn, CLERK, List.of(HOUSEHOLD), 12,
                                                              "Lift maintenance, parking", List.of(),
                                                              LocalDate.of(2027, 2, 20), POLICY, NOW, CLERK));
    }

    @Test
    void a_meeting_is_recorded_once_held_and_names_no_more_attendees_than_it_counts() {
        meetings().givenNoPriorActivity()
                  .when(new RecordBuildingLeaderMeeting(MEETING, OFFICE, LocalDate.of(2026, 11, 24), CLERK, List.of(),
                                                        10, null, List.of(), NOW, CLERK))
                  .expectNoEvents()
                  .expectException(refused(ReceptionRefusalCodes.MEETING_IN_FUTURE));
        meetings().givenNoPriorActivity()
                  .when(new RecordBuildingLeaderMeeting(MEETING, OFFICE, LocalDate.of(2026, 11, 20), CLERK,
                                                        List.of(HOUSEHOLD, new HouseholdId("h-2")), 1, null, List.of(),
                                                        NOW, CLERK))
                  .expectNoEvents()
                  .expectException(refused(ReceptionRefusalCodes.MEETING_ATTENDEES_EXCEED_COUNT));
    }
}
