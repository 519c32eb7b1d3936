package com.propcare.query.complaint;

import com.propcare.events.complaint.ClosingReason;
import com.propcare.events.complaint.ComplaintCategory;
import com.propcare.events.complaint.ComplaintId;
import com.propcare.events.complaint.ComplaintRegistered;
import com.propcare.events.complaint.ComplaintSeverity;
import com.propcare.events.complaint.EscalationLevel;
import com.propcare.events.complaint.Responsibility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static com.propcare.query.complaint.ComplaintEvents.OFFICE;
import static com.propcare.query.complaint.ComplaintEvents.REPAIRS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The documents behind the views and the office lists. */
class ComplaintStorageTest {

    private static final Instant RECEIVED = Instant.parse("2026-03-02T01:30:00Z");

    private final InMemoryComplaintQuerySide querySide = new InMemoryComplaintQuerySide(RECEIVED);

    @AfterEach
    void stop() {
        querySide.close();
    }

    private static Instant hours(int hours) {
        return RECEIVED.plus(Duration.ofHours(hours));
    }

    private static ComplaintView registered(String id) {
        ComplaintRegistered registration = (ComplaintRegistered) ComplaintEvents
                .registered(id, OFFICE, ComplaintCategory.GREENING, RECEIVED).events().get(0).event();
        return ComplaintView.registered(registration).recorded(0, RECEIVED);
    }

    @Test
    void every_field_of_a_view_survives_the_round_trip_through_its_document() {
        ComplaintView everythingSet = registered("c-1")
                .flaggedAsRepeat(new ComplaintId("c-0"), hours(24))
                .classified(ComplaintSeverity.GENERAL, Responsibility.OUTSIDE_PARTY)
                .dispatched(REPAIRS, hours(48))
                .firstReplied(hours(2), true)
                .remedied(hours(70), true)
                .escalated(EscalationLevel.COMPANY_COMPLAINT_CENTRE, hours(3))
                .correctiveActionPlanned("ca-1", hours(200))
                .correctiveActionCompleted("ca-1", hours(150), true)
                .correctiveActionPlanned("ca-2", hours(300))
                .resultReported("hedge trimmed")
                .confirmed(true)
                .closed(hours(160), ClosingReason.COMPLAINANT_SATISFIED)
                .recorded(12, hours(160));

        querySide.views.upsert(everythingSet);

        assertThat(querySide.views.find(everythingSet.id())).contains(everythingSet);
    }

    @Test
    void a_registration_stored_meanwhile_by_another_delivery_is_not_applied_twice() {
        ComplaintView storedMeanwhile = registered("c-1");

        var outcome = querySide.views.apply(storedMeanwhile.id(), 0, nothingYet -> {
            querySide.views.upsert(storedMeanwhile);
            return registered("c-1").verified().recorded(0, hours(1));
        });

        assertThat(outcome).isEmpty();
        assertThat(querySide.views.find(storedMeanwhile.id())).contains(storedMeanwhile);
    }

    @Test
    void a_change_must_yield_the_view_at_the_version_of_its_event() {
        ComplaintView registered = registered("c-1");
        querySide.views.upsert(registered);

        assertThatThrownBy(() -> querySide.views.apply(registered.id(), 1, ComplaintView::verified))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(querySide.views.find(registered.id())).contains(registered);
    }

    @Test
    void complaint_ids_that_mongo_would_read_as_paths_or_operators_are_listed_as_they_are() {
        ComplaintView dotted = registered("2026.03.c-1");
        ComplaintView dollar = registered("$c-2%");

        querySide.officeIndex.recordChange(null, dotted);
        querySide.officeIndex.recordChange(null, dollar);

        assertThat(querySide.officeIndex.entriesOf(OFFICE))
                .extracting(entry -> entry.complaint().value())
                .containsExactlyInAnyOrder("2026.03.c-1", "$c-2%");
    }
}
