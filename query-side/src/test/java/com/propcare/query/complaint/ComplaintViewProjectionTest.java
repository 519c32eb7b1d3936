package com.propcare.query.complaint;

import com.propcare.events.complaint.ClosingReason;
import com.propcare.events.complaint.ComplaintCategory;
import com.propcare.events.complaint.ComplaintSeverity;
import com.propcare.events.complaint.EscalationLevel;
import com.propcare.events.complaint.Responsibility;
import com.propcare.query.complaint.ComplaintView.CorrectiveAction;
import com.propcare.query.complaint.ComplaintView.Escalation;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static com.propcare.query.complaint.ComplaintEvents.OFFICE;
import static com.propcare.query.complaint.ComplaintEvents.REPAIRS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ComplaintViewProjectionTest {

    private static final Instant RECEIVED = Instant.parse("2026-03-02T01:30:00Z");

    private final InMemoryComplaintQuerySide querySide = new InMemoryComplaintQuerySide(RECEIVED);

    @AfterEach
    void stop() {
        querySide.close();
    }

    private static Instant hours(int hours) {
        return RECEIVED.plus(Duration.ofHours(hours));
    }

    /** Registered, handled, not satisfied, reopened, handled again, satisfied and closed. */
    private static ComplaintEvents fullLifecycle() {
        return ComplaintEvents.registered("c-1", OFFICE, ComplaintCategory.PUBLIC_FACILITIES, RECEIVED)
                .flaggedAsRepeat("c-0", hours(1))
                .verified(hours(2))
                .classified(ComplaintSeverity.MAJOR, Responsibility.OWN, hours(3))
                .handlingDecided(REPAIRS, hours(4))
                .dispatched(REPAIRS, hours(5), hours(53))
                .dispatchReceived(REPAIRS, hours(6))
                .firstReplyGiven(hours(8), true)
                .escalated(EscalationLevel.OFFICE_DIRECTOR, hours(9))
                .remedialActionRecorded(hours(80), false)
                .correctiveActionPlanned("ca-1", hours(81), hours(240))
                .resultReported("lift repaired", hours(90))
                .confirmed(false, hours(96))
                .reopened(hours(97))
                .dispatched(REPAIRS, hours(98), hours(146))
                .dispatchReceived(REPAIRS, hours(99))
                .correctiveActionCompleted("ca-1", hours(120), true)
                .resultReported("lift motor replaced", hours(130))
                .confirmed(true, hours(140))
                .closed(ClosingReason.COMPLAINANT_SATISFIED, hours(141));
    }

    private ComplaintView stored(ComplaintEvents complaint) {
        return querySide.views.find(complaint.id()).orElseThrow();
    }

    @Test
    void a_full_lifecycle_leaves_a_closed_view_that_remembers_every_deadline_and_how_it_was_met() {
        ComplaintEvents complaint = fullLifecycle();

        querySide.project(complaint.events());

        ComplaintView view = stored(complaint);
        assertThat(view.status()).isEqualTo(ComplaintStatus.CLOSED);
        assertThat(view.office()).isEqualTo(OFFICE);
        assertThat(view.number().value()).isEqualTo("TS-c-1");
        assertThat(view.category()).isEqualTo(ComplaintCategory.PUBLIC_FACILITIES);
        assertThat(view.receivedAt()).isEqualTo(RECEIVED);
        assertThat(view.severity()).isEqualTo(ComplaintSeverity.MAJOR);
        assertThat(view.responsibility()).isEqualTo(Responsibility.OWN);
        assertThat(view.department()).isEqualTo(REPAIRS);
        assertThat(view.firstReplyDue()).isEqualTo(hours(24));
        assertThat(view.firstRepliedAt()).isEqualTo(hours(8));
        assertThat(view.firstReplyOnTime()).isTrue();
        assertThat(view.remedyDue()).isEqualTo(hours(72));
        assertThat(view.remedyAt()).isEqualTo(hours(80));
        assertThat(view.remedyOnTime()).isFalse();
        assertThat(view.dispatchDue()).as("the second dispatch's due time").isEqualTo(hours(146));
        assertThat(view.repeat()).isTrue();
        assertThat(view.previousComplaint().value()).isEqualTo("c-0");
        assertThat(view.specialMeasuresDue()).isEqualTo(hours(25));
        assertThat(view.escalations()).containsExactly(new Escalation(EscalationLevel.OFFICE_DIRECTOR, hours(9)));
        assertThat(view.correctiveActions()).containsExactly(new CorrectiveAction("ca-1", hours(240), hours(120), true));
        assertThat(view.result()).isEqualTo("lift motor replaced");
        assertThat(view.satisfied()).isTrue();
        assertThat(view.closedAt()).isEqualTo(hours(141));
        assertThat(view.closingReason()).isEqualTo(ClosingReason.COMPLAINANT_SATISFIED);
        assertThat(view.reopenCount()).isEqualTo(1);
        assertThat(view.version()).isEqualTo(complaint.events().size() - 1);
        assertThat(view.lastEventAt()).isEqualTo(hours(141));
    }

    @Test
    void replaying_the_same_events_changes_nothing_and_publishes_nothing() {
        ComplaintEvents complaint = fullLifecycle();
        List<ComplaintView> published = subscribeTo(complaint);
        querySide.project(complaint.events());
        ComplaintView afterFirstPass = stored(complaint);
        List<ComplaintOfficeIndex.Entry> listedAfterFirstPass = querySide.officeIndex.entriesOf(OFFICE);

        querySide.project(complaint.events());
        querySide.project(5, hours(5), complaint.events().get(5).event());

        assertThat(stored(complaint)).isEqualTo(afterFirstPass);
        assertThat(querySide.officeIndex.entriesOf(OFFICE)).isEqualTo(listedAfterFirstPass);
        assertThat(published).hasSize(complaint.events().size());
    }

    @Test
    void subscribers_of_the_complaint_receive_each_new_state() {
        ComplaintEvents complaint = ComplaintEvents.registered("c-1", OFFICE, ComplaintCategory.CLEANING, RECEIVED)
                .verified(hours(1));
        List<ComplaintView> published = subscribeTo(complaint);

        querySide.project(complaint.events());

        assertThat(published).extracting(ComplaintView::status)
                .containsExactly(ComplaintStatus.REGISTERED, ComplaintStatus.VERIFIED);
        assertThat(published).extracting(ComplaintView::version).containsExactly(0L, 1L);
    }

    @Test
    void an_invalid_complaint_is_closed_as_invalid() {
        ComplaintEvents complaint = ComplaintEvents.registered("c-1", OFFICE, ComplaintCategory.FEES, RECEIVED)
                .declaredInvalid(hours(2))
                .closed(ClosingReason.INVALID, hours(2));

        querySide.project(complaint.events());

        ComplaintView view = stored(complaint);
        assertThat(view.status()).isEqualTo(ComplaintStatus.CLOSED);
        assertThat(view.closingReason()).isEqualTo(ClosingReason.INVALID);
        assertThat(view.closedAt()).isEqualTo(hours(2));
        assertThat(view.version()).isEqualTo(2);
    }

    @Test
    void a_review_of_a_closed_complaint_ends_under_review_whether_the_reopening_comes_before_or_after_it() {
        ComplaintEvents reviewFirst = closedComplaint("c-1").reviewRequested(hours(100)).reopened(hours(100));
        ComplaintEvents reopenFirst = closedComplaint("c-2").reopened(hours(100)).reviewRequested(hours(100));

        querySide.project(reviewFirst.events());
        querySide.project(reopenFirst.events());

        for (ComplaintEvents complaint : List.of(reviewFirst, reopenFirst)) {
            ComplaintView view = stored(complaint);
            assertThat(view.status()).isEqualTo(ComplaintStatus.UNDER_REVIEW);
            assertThat(view.closedAt()).isNull();
            assertThat(view.closingReason()).isNull();
            assertThat(view.reopenCount()).isEqualTo(1);
        }
    }

    @Test
    void a_complaint_reopened_because_the_complainant_is_not_satisfied_is_reopened() {
        ComplaintEvents complaint = ComplaintEvents.registered("c-1", OFFICE, ComplaintCategory.CLEANING, RECEIVED)
                .resultReported("stairs cleaned", hours(20))
                .confirmed(false, hours(30))
                .reopened(hours(30));

        querySide.project(complaint.events());

        ComplaintView view = stored(complaint);
        assertThat(view.status()).isEqualTo(ComplaintStatus.REOPENED);
        assertThat(view.satisfied()).isFalse();
        assertThat(view.reopenCount()).isEqualTo(1);
    }

    @Test
    void overdue_obligations_are_worked_out_against_the_clock_when_the_view_is_read() {
        ComplaintEvents complaint = ComplaintEvents.registered("c-1", OFFICE, ComplaintCategory.CLEANING, RECEIVED)
                .flaggedAsRepeat("c-0", hours(1))
                .dispatched(REPAIRS, hours(2), hours(48))
                .correctiveActionPlanned("ca-1", hours(3), hours(30))
                .correctiveActionPlanned("ca-2", hours(3), hours(300))
                .firstReplyGiven(hours(51), false);
        List<ComplaintEvents.Recorded> beforeTheReply = complaint.events().subList(0, 5);
        ComplaintEvents.Recorded lateReply = complaint.events().get(5);
        querySide.project(beforeTheReply);

        querySide.clock.set(hours(20));
        assertThat(find(complaint).overdue())
                .isEqualTo(new ComplaintView.Overdue(false, false, false, false, List.of()));

        querySide.clock.set(hours(50));
        assertThat(find(complaint).overdue())
                .isEqualTo(new ComplaintView.Overdue(true, false, true, true, List.of("ca-1")));

        querySide.project(5, lateReply.at(), lateReply.event());
        ComplaintView afterLateReply = find(complaint);
        assertThat(afterLateReply.firstReplyOnTime()).isFalse();
        assertThat(afterLateReply.overdue().firstReply()).isFalse();
        assertThat(stored(complaint).overdue()).as("never stored").isNull();
    }

    @Test
    void a_closed_complaint_has_nothing_overdue_but_its_open_corrective_actions() {
        ComplaintEvents complaint = ComplaintEvents.registered("c-1", OFFICE, ComplaintCategory.CLEANING, RECEIVED)
                .correctiveActionPlanned("ca-1", hours(3), hours(200))
                .declaredInvalid(hours(4))
                .closed(ClosingReason.INVALID, hours(4));
        querySide.project(complaint.events());

        querySide.clock.set(hours(500));

        assertThat(find(complaint).overdue())
                .isEqualTo(new ComplaintView.Overdue(false, false, false, false, List.of("ca-1")));
    }

    @Test
    void reset_removes_every_view_and_every_office_list() {
        ComplaintEvents complaint = fullLifecycle();
        querySide.project(complaint.events());

        querySide.reset();

        assertThat(querySide.views.find(complaint.id())).isEmpty();
        assertThat(querySide.officeIndex.entriesOf(OFFICE)).isEmpty();
    }

    @Test
    void an_event_of_a_complaint_whose_registration_was_never_projected_is_refused() {
        ComplaintEvents complaint = ComplaintEvents.registered("c-1", OFFICE, ComplaintCategory.CLEANING, RECEIVED)
                .verified(hours(1));

        assertThatThrownBy(() -> querySide.project(1, hours(1), complaint.events().get(1).event()))
                .hasRootCauseInstanceOf(IllegalStateException.class)
                .hasRootCauseMessage("no view of complaint c-1 to apply event #1 to: its registration has not been "
                        + "projected");
    }

    private ComplaintView find(ComplaintEvents complaint) {
        return querySide.queryGateway.query(new FindComplaint(complaint.id()),
                ResponseTypes.instanceOf(ComplaintView.class)).join();
    }

    private List<ComplaintView> subscribeTo(ComplaintEvents complaint) {
        SubscriptionQueryResult<ComplaintView, ComplaintView> subscription = querySide.queryGateway.subscriptionQuery(
                new FindComplaint(complaint.id()), ResponseTypes.instanceOf(ComplaintView.class),
                ResponseTypes.instanceOf(ComplaintView.class));
        List<ComplaintView> published = new CopyOnWriteArrayList<>();
        subscription.updates().subscribe(published::add);
        return published;
    }

    private static ComplaintEvents closedComplaint(String id) {
        return ComplaintEvents.registered(id, OFFICE, ComplaintCategory.CLEANING, RECEIVED)
                .resultReported("stairs cleaned", hours(20))
                .confirmed(true, hours(30))
                .closed(ClosingReason.COMPLAINANT_SATISFIED, hours(31));
    }
}
