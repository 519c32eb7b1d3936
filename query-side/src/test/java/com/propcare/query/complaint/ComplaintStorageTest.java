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

/** The documents behind the views and the office lists, and how their writes guard against stale writers. */
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
    void a_change_computed_from_a_view_another_writer_has_since_replaced_is_decided_again() {
        ComplaintView registered = registered("c-1");
        querySide.views.upsert(registered);
        ComplaintView verifiedElsewhere = registered.verified().recorded(1, hours(1));

        var outcome = querySide.views.apply(registered.id(), 1, current -> {
            querySide.views.upsert(verifiedElsewhere);
            return current.verified().recorded(1, hours(2));
        });

        assertThat(outcome).as("the other writer already applied event #1").isEmpty();
        assertThat(querySide.views.find(registered.id())).contains(verifiedElsewhere);
    }

    @Test
    void an_office_list_entry_is_never_replaced_by_an_older_state() {
        ComplaintView registered = registered("c-1");
        ComplaintView closed = registered.closed(hours(5), ClosingReason.INVALID).recorded(2, hours(5));

        querySide.officeIndex.recordChange(registered, closed);
        querySide.officeIndex.recordChange(null, registered);

        assertThat(querySide.officeIndex.entriesOf(OFFICE))
                .extracting(ComplaintOfficeIndex.Entry::status)
                .containsExactly(ComplaintStatus.CLOSED);
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
