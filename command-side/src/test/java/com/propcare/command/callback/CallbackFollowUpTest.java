package com.propcare.command.callback;

import java.util.Set;
import com.propcare.command.registry.TestReferences;
import com.propcare.events.callback.CallbackCancelled;
import com.propcare.events.callback.CallbackMethod;
import com.propcare.events.callback.CallbackOverdue;
import com.propcare.events.callback.CallbackPerformed;
import com.propcare.events.callback.CallbackResult;
import com.propcare.events.callback.CallbackSpotChecked;
import com.propcare.events.callback.FollowUpDone;
import com.propcare.events.callback.FollowUpOverdue;
import com.propcare.events.callback.FollowUpScheduled;
import com.propcare.events.callback.FollowUpType;
import com.propcare.events.callback.Signature;
import com.propcare.events.policy.CallbackKind;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static com.propcare.command.callback.CallbackRefusalCodes.ALREADY_PERFORMED;
import static com.propcare.command.callback.CallbackRefusalCodes.CHECKER_NOT_QUALITY_CHECKER;
import static com.propcare.command.callback.CallbackRefusalCodes.CHECKER_UNKNOWN;
import static com.propcare.command.callback.CallbackRefusalCodes.FOLLOW_UP_ALREADY_DONE;
import static com.propcare.command.callback.CallbackRefusalCodes.FOLLOW_UP_UNKNOWN;
import static com.propcare.command.callback.CallbackRefusalCodes.NOT_PERFORMED;
import static com.propcare.command.callback.CallbackRefusalCodes.SPOT_CHECK_EXISTS;
import static com.propcare.command.callback.CallbackTestData.CALLBACK;
import static com.propcare.command.callback.CallbackTestData.CHECKER;
import static com.propcare.command.callback.CallbackTestData.CLERK;
import static com.propcare.command.callback.CallbackTestData.DUE;
import static com.propcare.command.callback.CallbackTestData.FORMER;
import static com.propcare.command.callback.CallbackTestData.OFFICE;
import static com.propcare.command.callback.CallbackTestData.PERFORMED;
import static com.propcare.command.callback.CallbackTestData.RECORDED;
import static com.propcare.command.callback.CallbackTestData.refused;
import static com.propcare.command.callback.CallbackTestData.scheduled;
import static com.propcare.command.support.DomainRefusal.Kind.CONFLICT;
import static com.propcare.command.support.DomainRefusal.Kind.NOT_FOUND;
import static com.propcare.command.support.DomainRefusal.Kind.UNPROCESSABLE;

/** What happens after scheduling: overdue marks, follow-ups kept or missed, spot checks and cancellation. */
class CallbackFollowUpTest {

    private static final Instant REPLY_DUE = PERFORMED.plus(Duration.ofDays(2));
    private static final FollowUpScheduled REPLY = new FollowUpScheduled(
            CALLBACK, OFFICE, "reply-1", FollowUpType.PROMISED_REPLY, "Who pays?", CLERK.value(), REPLY_DUE, null,
            RECORDED);
    private static final CallbackPerformed PERFORMED_EVENT = new CallbackPerformed(
            CALLBACK, OFFICE, CallbackMethod.PHONE, PERFORMED, CLERK, "Asked", null, CallbackResult.SATISFIED,
            Signature.NOT_REQUIRED, null, null, true, false, RECORDED, CLERK, null, null);
    private static final CallbackCancelled CANCELLED_EVENT = new CallbackCancelled(CALLBACK, OFFICE, "moved out",
                                                                                   PERFORMED, CLERK);

    private AggregateTestFixture<Callback> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Callback.class);
        fixture.registerInjectableResource(new CallbackTestData.StaffOnRecord());
        fixture.registerInjectableResource(TestReferences.of(
                CallbackTestData.OFFICE, Set.of(CallbackTestData.REPAIRS, CallbackTestData.CUSTOMER_SERVICE),
                new CallbackTestData.StaffOnRecord()));
    }

    private static SpotCheckCallback spotCheck(String checkId, com.propcare.events.StaffId by) {
        return new SpotCheckCallback(CALLBACK, null, checkId, true, true, false, "Record written a day later",
                                     RECORDED.plus(Duration.ofDays(5)), by);
    }

    @Test
    void an_unperformed_callback_past_its_due_time_is_marked_overdue_once() {
        Instant detected = DUE.plusSeconds(30);
        fixture.given(scheduled(CallbackKind.SMALL_REPAIR))
               .when(new MarkCallbackOverdue(CALLBACK, detected))
               .expectEvents(new CallbackOverdue(CALLBACK, OFFICE, DUE, detected));
        fixture.given(scheduled(CallbackKind.SMALL_REPAIR), new CallbackOverdue(CALLBACK, OFFICE, DUE, detected))
               .when(new MarkCallbackOverdue(CALLBACK, detected.plusSeconds(60)))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }

    @Test
    void a_performed_or_cancelled_or_not_yet_due_callback_is_not_marked_overdue() {
        fixture.given(scheduled(CallbackKind.SMALL_REPAIR), PERFORMED_EVENT)
               .when(new MarkCallbackOverdue(CALLBACK, DUE.plusSeconds(30)))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
        fixture.given(scheduled(CallbackKind.SMALL_REPAIR), CANCELLED_EVENT)
               .when(new MarkCallbackOverdue(CALLBACK, DUE.plusSeconds(30)))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
        fixture.given(scheduled(CallbackKind.SMALL_REPAIR))
               .when(new MarkCallbackOverdue(CALLBACK, DUE.minusSeconds(1)))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }

    @Test
    void a_follow_up_kept_in_time_is_done_on_time_and_a_late_one_is_done_late() {
        fixture.given(scheduled(CallbackKind.SMALL_REPAIR), PERFORMED_EVENT, REPLY)
               .when(new CompleteFollowUp(CALLBACK, null, "reply-1", "Phoned: insurance pays", REPLY_DUE, CLERK))
               .expectEvents(new FollowUpDone(CALLBACK, OFFICE, "reply-1", "Phoned: insurance pays", REPLY_DUE,
                                              CLERK, true));
        Instant late = REPLY_DUE.plusSeconds(1);
        fixture.given(scheduled(CallbackKind.SMALL_REPAIR), PERFORMED_EVENT, REPLY,
                      new FollowUpOverdue(CALLBACK, OFFICE, "reply-1", REPLY_DUE, REPLY_DUE))
               .when(new CompleteFollowUp(CALLBACK, null, "reply-1", "Phoned", late, CLERK))
               .expectEvents(new FollowUpDone(CALLBACK, OFFICE, "reply-1", "Phoned", late, CLERK, false));
    }

    @Test
    void an_unknown_follow_up_is_not_found_and_a_done_one_cannot_be_done_again() {
        fixture.given(scheduled(CallbackKind.SMALL_REPAIR), PERFORMED_EVENT, REPLY)
               .when(new CompleteFollowUp(CALLBACK, null, "reply-9", "Phoned", REPLY_DUE, CLERK))
               .expectNoEvents()
               .expectException(refused(NOT_FOUND, FOLLOW_UP_UNKNOWN, Map.of("itemId", "reply-9")));
        fixture.given(scheduled(CallbackKind.SMALL_REPAIR), PERFORMED_EVENT, REPLY,
                      new FollowUpDone(CALLBACK, OFFICE, "reply-1", "Phoned", REPLY_DUE, CLERK, true))
               .when(new CompleteFollowUp(CALLBACK, null, "reply-1", "Phoned again", REPLY_DUE, CLERK))
               .expectNoEvents()
               .expectException(refused(CONFLICT, FOLLOW_UP_ALREADY_DONE));
    }

    @Test
    void a_follow_up_past_its_due_time_is_marked_overdue_once_and_not_once_done() {
        Instant detected = REPLY_DUE.plusSeconds(10);
        fixture.given(scheduled(CallbackKind.SMALL_REPAIR), PERFORMED_EVENT, REPLY)
               .when(new MarkFollowUpOverdue(CALLBACK, "reply-1", detected))
               .expectEvents(new FollowUpOverdue(CALLBACK, OFFICE, "reply-1", REPLY_DUE, detected));
        fixture.given(scheduled(CallbackKind.SMALL_REPAIR), PERFORMED_EVENT, REPLY,
                      new FollowUpOverdue(CALLBACK, OFFICE, "reply-1", REPLY_DUE, detected))
               .when(new MarkFollowUpOverdue(CALLBACK, "reply-1", detected.plusSeconds(60)))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
        fixture.given(scheduled(CallbackKind.SMALL_REPAIR), PERFORMED_EVENT, REPLY,
                      new FollowUpDone(CALLBACK, OFFICE, "reply-1", "Phoned", REPLY_DUE, CLERK, true))
               .when(new MarkFollowUpOverdue(CALLBACK, "reply-1", detected))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }

    @Test
    void a_quality_checker_audits_a_performed_callback() {
        fixture.given(scheduled(CallbackKind.SMALL_REPAIR), PERFORMED_EVENT)
               .when(spotCheck("check-1", CHECKER))
               .expectEvents(new CallbackSpotChecked(CALLBACK, OFFICE, "check-1", true, true, false,
                                                     "Record written a day later", RECORDED.plus(Duration.ofDays(5)),
                                                     CHECKER));
    }

    @Test
    void only_performed_callbacks_are_audited() {
        fixture.given(scheduled(CallbackKind.SMALL_REPAIR))
               .when(spotCheck("check-1", CHECKER))
               .expectNoEvents()
               .expectException(refused(CONFLICT, NOT_PERFORMED, Map.of("currentState", "SCHEDULED")));
    }

    @Test
    void only_an_active_quality_checker_of_the_office_audits() {
        fixture.given(scheduled(CallbackKind.SMALL_REPAIR), PERFORMED_EVENT)
               .when(spotCheck("check-1", CLERK))
               .expectNoEvents()
               .expectException(refused(UNPROCESSABLE, CHECKER_NOT_QUALITY_CHECKER,
                                        Map.of("requiredRole", "QUALITY_CHECKER")));
        fixture.given(scheduled(CallbackKind.SMALL_REPAIR), PERFORMED_EVENT)
               .when(spotCheck("check-1", FORMER))
               .expectNoEvents()
               .expectException(refused(UNPROCESSABLE, CHECKER_UNKNOWN, Map.of("field", "actor")));
    }

    @Test
    void a_spot_check_is_recorded_once_under_its_id() {
        fixture.given(scheduled(CallbackKind.SMALL_REPAIR), PERFORMED_EVENT,
                      new CallbackSpotChecked(CALLBACK, OFFICE, "check-1", true, true, true, "", RECORDED, CHECKER))
               .when(spotCheck("check-1", CHECKER))
               .expectNoEvents()
               .expectException(refused(CONFLICT, SPOT_CHECK_EXISTS, Map.of("checkId", "check-1")));
    }

    @Test
    void an_obligation_is_cancelled_with_its_reason_but_not_once_performed() {
        fixture.given(scheduled(CallbackKind.SMALL_REPAIR), new CallbackOverdue(CALLBACK, OFFICE, DUE, DUE))
               .when(new CancelCallback(CALLBACK, null, "moved out", PERFORMED, CLERK))
               .expectEvents(CANCELLED_EVENT);
        fixture.given(scheduled(CallbackKind.SMALL_REPAIR), PERFORMED_EVENT)
               .when(new CancelCallback(CALLBACK, null, "moved out", PERFORMED, CLERK))
               .expectNoEvents()
               .expectException(refused(CONFLICT, ALREADY_PERFORMED));
    }
}
