package com.propcare.query.callback;

import com.propcare.events.callback.CallbackId;
import com.propcare.events.callback.CallbackMethod;
import com.propcare.events.callback.CallbackResult;
import com.propcare.events.callback.FollowUpOverdue;
import com.propcare.events.callback.FollowUpType;
import com.propcare.events.callback.RaisedWorkOrder;
import com.propcare.events.callback.SubjectType;
import com.propcare.events.workorder.WorkOrderKind;
import com.propcare.query.callback.CallbackSummary.KindFigures;
import com.propcare.query.callback.StaffObligations.Obligation;
import com.propcare.query.callback.StaffObligations.ObligationType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import static com.propcare.query.callback.CallbackEvents.LI;
import static com.propcare.query.callback.CallbackEvents.OFFICE;
import static com.propcare.query.callback.CallbackEvents.REPAIRS;
import static com.propcare.query.callback.CallbackEvents.WU;
import static com.propcare.query.callback.CallbackEvents.ZONE;
import static com.propcare.query.callback.CallbackEvents.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class CallbackViewProjectionTest {

    private final InMemoryCallbackQuerySide querySide = new InMemoryCallbackQuerySide();
    private final List<CallbackEvents.Recorded> november = CallbackEvents.november();

    @BeforeEach
    void project() {
        querySide.project(november);
    }

    @AfterEach
    void stop() {
        querySide.close();
    }

    private CallbackView callback(String id) {
        return querySide.ask(new FindCallback(id), CallbackView.class);
    }

    private List<String> ids(FindCallbacks query) {
        return querySide.ask(query, CallbackPage.class).items().stream().map(CallbackView::id).toList();
    }

    private FindCallbacks office(Set<CallbackStatus> statuses, String kind, String role) {
        return new FindCallbacks(OFFICE.value(), kind, statuses, role, null, 0, 20);
    }

    @Test
    void a_callback_performed_late_keeps_its_obligation_its_record_its_follow_ups_and_its_spot_checks() {
        CallbackView view = callback("cb-1");

        assertThat(view.office()).isEqualTo("office-1");
        assertThat(view.kind()).isEqualTo("COMPLAINT");
        assertThat(view.subject()).isEqualTo(new CallbackView.Subject(SubjectType.COMPLAINT, "c-cb-1"));
        assertThat(view.household()).isEqualTo("h-cb-1");
        assertThat(view.due()).isEqualTo(at(11, 10, 18, 0));
        assertThat(view.performerRoles()).containsExactly("CUSTOMER_SERVICE_SUPERVISOR");
        assertThat(view.policyVersion()).isEqualTo("office-1:v3");
        assertThat(view.reason()).isEqualTo("complaint result reported");
        assertThat(view.status()).isEqualTo(CallbackStatus.PERFORMED);
        assertThat(view.overdueDetectedAt()).isEqualTo(at(11, 10, 18, 1));
        assertThat(view.overdue()).isFalse();
        assertThat(view.record().method()).isEqualTo(CallbackMethod.PHONE);
        assertThat(view.record().performedBy()).isEqualTo(LI.value());
        assertThat(view.record().result()).isEqualTo(CallbackResult.SATISFIED);
        assertThat(view.record().problemsFound()).isEqualTo("stairwell light still broken");
        assertThat(view.record().onTime()).isFalse();
        assertThat(view.record().newComplaint()).isNull();
        assertThat(view.record().newWorkOrder())
                .isEqualTo(new RaisedWorkOrder(WorkOrderKind.SMALL_REPAIR, "replace the stairwell lamp"));
        assertThat(view.followUps()).extracting(CallbackView.FollowUp::itemId, CallbackView.FollowUp::type,
                                                CallbackView.FollowUp::assignee, CallbackView.FollowUp::status,
                                                CallbackView.FollowUp::onTime)
                                    .containsExactly(
                                            tuple("notice", FollowUpType.PROBLEM_NOTICE,
                                                                                REPAIRS.value(), FollowUpStatus.DONE,
                                                                                true),
                                            tuple("reply-1",
                                                                                FollowUpType.PROMISED_REPLY,
                                                                                LI.value(), FollowUpStatus.PENDING,
                                                                                null));
        assertThat(view.spotChecks()).singleElement()
                                     .satisfies(check -> assertThat(check.recordedTruthfully()).isTrue())
                                     .satisfies(check -> assertThat(check.onTime()).isFalse());
        assertThat(view.version()).isEqualTo(6);
    }

    @Test
    void an_open_callback_past_its_due_time_reads_overdue_before_the_scheduler_records_it() {
        CallbackView view = callback("cb-3");

        assertThat(view.status()).isEqualTo(CallbackStatus.PENDING);
        assertThat(view.overdue()).isTrue();
        assertThat(callback("cb-2").overdue()).isFalse();
        assertThat(callback("cb-4").status()).isEqualTo(CallbackStatus.CANCELLED);
        assertThat(callback("cb-4").cancellation().reason()).isEqualTo("household moved out");
    }

    @Test
    void a_follow_up_recorded_overdue_stays_open_and_reads_overdue() {
        querySide.project(new CallbackEvents.Recorded("cb-1", 7, at(11, 24, 17, 1), new FollowUpOverdue(
                new CallbackId("cb-1"), OFFICE, "reply-1", at(11, 24, 17, 0), at(11, 24, 17, 1))));
        querySide.clock.set(at(11, 25, 9, 0));

        CallbackView.FollowUp reply = callback("cb-1").followUps().get(1);
        assertThat(reply.status()).isEqualTo(FollowUpStatus.OVERDUE);
        assertThat(reply.overdueDetectedAt()).isEqualTo(at(11, 24, 17, 1));
        assertThat(reply.overdue()).isTrue();
        assertThat(querySide.ask(new FindStaffObligations(LI.value(), OFFICE.value(), "service", List.of()),
                                 StaffObligations.class).items())
                .singleElement()
                .satisfies(obligation -> assertThat(obligation.status()).isEqualTo("OVERDUE"))
                .satisfies(obligation -> assertThat(obligation.overdue()).isTrue());
    }

    @Test
    void a_replay_of_the_same_events_changes_no_document() {
        var before = querySide.stored();

        querySide.project(november);

        assertThat(querySide.stored()).isEqualTo(before);
    }

    @Test
    void a_reset_clears_every_collection_and_a_replay_rebuilds_the_same_documents() {
        var before = querySide.stored();

        querySide.reset();

        assertThat(querySide.stored().values()).allSatisfy(documents -> assertThat(documents).isEmpty());
        assertThat(callback("cb-1")).isNull();
        querySide.project(november);
        assertThat(querySide.stored()).isEqualTo(before);
    }

    @Test
    void an_event_before_its_callback_was_scheduled_is_refused_so_that_it_is_retried() {
        querySide.reset();

        assertThatThrownBy(() -> querySide.project(november.get(1)))
                .hasRootCauseMessage("no view of callback cb-1 to apply event #1 to: its scheduling has not been "
                                             + "projected");
    }

    @Test
    void the_list_filters_by_status_kind_role_and_due_time_soonest_due_first_and_pages() {
        assertThat(ids(office(Set.of(), null, null))).containsExactly("cb-1", "cb-3", "cb-2", "cb-4", "cb-5");
        assertThat(ids(office(Set.of(CallbackStatus.PENDING, CallbackStatus.OVERDUE), null, null)))
                .containsExactly("cb-3", "cb-2");
        assertThat(ids(office(Set.of(CallbackStatus.PERFORMED), "COMPLAINT", null))).containsExactly("cb-1", "cb-5");
        assertThat(ids(office(Set.of(), null, "REPAIR_LEAD"))).containsExactly("cb-3", "cb-2");
        assertThat(ids(office(Set.of(), null, "DIRECTOR"))).isEmpty();
        assertThat(ids(new FindCallbacks(OFFICE.value(), null, Set.of(), null, at(11, 21, 0, 0), 0, 20)))
                .containsExactly("cb-1", "cb-3");
        CallbackPage second = querySide.ask(new FindCallbacks(OFFICE.value(), null, Set.of(), null, null, 1, 2),
                                            CallbackPage.class);
        assertThat(second.items()).extracting(CallbackView::id).containsExactly("cb-2", "cb-4");
        assertThat(second.total()).isEqualTo(5);
        assertThat(ids(new FindCallbacks("office-2", null, Set.of(), null, null, 0, 20))).isEmpty();
    }

    @Test
    void my_obligations_are_the_open_callbacks_of_my_roles_and_the_open_follow_ups_of_me_or_my_department() {
        List<Obligation> li = querySide.ask(new FindStaffObligations(LI.value(), OFFICE.value(), "service",
                                                                     List.of("CUSTOMER_SERVICE_SUPERVISOR")),
                                            StaffObligations.class).items();
        assertThat(li).extracting(Obligation::type, Obligation::callbackId, Obligation::itemId)
                      .containsExactly(tuple(ObligationType.FOLLOW_UP, "cb-1", "reply-1"),
                                       tuple(ObligationType.CALLBACK, "cb-2", null));
        assertThat(li.get(0).followUpType()).isEqualTo(FollowUpType.PROMISED_REPLY);
        assertThat(li).noneMatch(Obligation::overdue);
    }

    @Test
    void who_handled_the_matter_or_their_department_does_not_owe_its_callback_when_the_kind_avoids_conflicts() {
        List<Obligation> wu = querySide.ask(new FindStaffObligations(WU.value(), OFFICE.value(), REPAIRS.value(),
                                                                     List.of("REPAIR_LEAD")),
                                            StaffObligations.class).items();
        List<Obligation> colleague = querySide.ask(new FindStaffObligations("staff-ma", OFFICE.value(),
                                                                            REPAIRS.value(), List.of("REPAIR_LEAD")),
                                                   StaffObligations.class).items();
        List<Obligation> otherDepartment = querySide.ask(new FindStaffObligations("staff-zhao", OFFICE.value(),
                                                                                  "maintenance",
                                                                                  List.of("REPAIR_LEAD")),
                                                         StaffObligations.class).items();

        assertThat(wu).extracting(Obligation::callbackId).containsExactly("cb-3");
        assertThat(wu.get(0).overdue()).isTrue();
        assertThat(colleague).extracting(Obligation::callbackId).containsExactly("cb-3");
        assertThat(otherDepartment).extracting(Obligation::callbackId).containsExactly("cb-3", "cb-2");
    }

    @Test
    void the_monthly_summary_counts_per_kind_the_callbacks_due_in_the_month_and_names_what_each_rate_divides() {
        CallbackSummary summary = querySide.ask(new FindCallbackSummary(OFFICE.value(), YearMonth.of(2026, 11), ZONE),
                                                CallbackSummary.class);

        assertThat(summary.kinds()).extracting(KindFigures::kind).containsExactly("COMPLAINT", "SMALL_REPAIR");
        KindFigures complaints = summary.kinds().get(0);
        assertThat(complaints.scheduled()).isEqualTo(1);
        assertThat(complaints.cancelled()).isEqualTo(1);
        assertThat(complaints.performed()).isEqualTo(1);
        assertThat(complaints.performedOnTime()).isZero();
        assertThat(complaints.overdue()).isEqualTo(1);
        assertThat(complaints.open()).isZero();
        assertThat(complaints.rate().numerator()).isEqualTo(new CallbackSummary.Count("performed", 1));
        assertThat(complaints.rate().denominator()).isEqualTo(new CallbackSummary.Count("scheduled", 1));
        assertThat(complaints.rate().value()).isEqualByComparingTo("1");
        assertThat(complaints.onTimeRate().value()).isEqualByComparingTo("0");
        assertThat(complaints.followUps()).isEqualTo(new CallbackSummary.FollowUpFigures(2, 1, 1, 0, 1));
        assertThat(complaints.spotChecks()).isEqualTo(1);
        KindFigures repairs = summary.kinds().get(1);
        assertThat(repairs.scheduled()).isEqualTo(2);
        assertThat(repairs.performed()).isZero();
        assertThat(repairs.overdue()).isEqualTo(1);
        assertThat(repairs.open()).isEqualTo(2);
        assertThat(repairs.rate().value()).isEqualByComparingTo("0");
        assertThat(summary.total().scheduled()).isEqualTo(3);
        assertThat(summary.total().rate().value()).isEqualTo(new BigDecimal("0.3333"));
        assertThat(summary.timeZone()).isEqualTo("Asia/Shanghai");

        CallbackSummary december = querySide.ask(new FindCallbackSummary(OFFICE.value(), YearMonth.of(2026, 12),
                                                                         ZONE), CallbackSummary.class);
        assertThat(december.kinds()).singleElement().satisfies(kind -> {
            assertThat(kind.kind()).isEqualTo("COMPLAINT");
            assertThat(kind.performedOnTime()).isEqualTo(1);
            assertThat(kind.onTimeRate().value()).isEqualByComparingTo("1");
        });
        CallbackSummary empty = querySide.ask(new FindCallbackSummary(OFFICE.value(), YearMonth.of(2026, 10), ZONE),
                                              CallbackSummary.class);
        assertThat(empty.kinds()).isEmpty();
        assertThat(empty.total().rate().value()).isNull();
        assertThat(empty.total().rate().denominator().count()).isZero();
    }
}
