package com.propcare.query.complaint;

import com.propcare.events.DepartmentId;
import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;
import com.propcare.events.complaint.ClosingReason;
import com.propcare.events.complaint.ComplaintCategory;
import com.propcare.events.complaint.ComplaintId;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static com.propcare.query.complaint.ComplaintEvents.CLEANING_TEAM;
import static com.propcare.query.complaint.ComplaintEvents.OFFICE;
import static com.propcare.query.complaint.ComplaintEvents.OTHER_OFFICE;
import static com.propcare.query.complaint.ComplaintEvents.REPAIRS;
import static com.propcare.query.complaint.InMemoryComplaintQuerySide.OFFICE_ZONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ComplaintListQueryTest {

    private final InMemoryComplaintQuerySide querySide = new InMemoryComplaintQuerySide(day(10));

    @BeforeEach
    void sixComplaintsInTwoOffices() {
        querySide.project(ComplaintEvents.registered("c-1", OFFICE, ComplaintCategory.CLEANING, day(2)).events());
        querySide.project(ComplaintEvents.registered("c-2", OFFICE, ComplaintCategory.PUBLIC_FACILITIES, day(3))
                .dispatched(REPAIRS, day(3), day(5))
                .events());
        querySide.project(ComplaintEvents.registered("c-3", OFFICE, ComplaintCategory.CLEANING, day(4))
                .declaredInvalid(day(4))
                .closed(ClosingReason.INVALID, day(4))
                .events());
        querySide.project(ComplaintEvents.registered("c-4", OFFICE, ComplaintCategory.CLEANING, day(5))
                .handlingDecided(CLEANING_TEAM, day(5))
                .events());
        querySide.project(ComplaintEvents.registered("c-5", OFFICE, ComplaintCategory.NOISE_AND_NEIGHBOURS, day(6))
                .events());
        querySide.project(ComplaintEvents.registered("c-9", OTHER_OFFICE, ComplaintCategory.CLEANING,
                day(4).plusSeconds(3600)).events());
    }

    @AfterEach
    void stop() {
        querySide.close();
    }

    /** 10:00 in the office's zone on that day of March 2026. */
    private static Instant day(int dayOfMarch) {
        return LocalDate.of(2026, 3, dayOfMarch).atTime(10, 0).atZone(OFFICE_ZONE).toInstant();
    }

    @Test
    void an_office_lists_its_own_complaints_newest_first_page_by_page() {
        assertThat(ids(list(OFFICE, null, null, null, 0, 2))).containsExactly("c-5", "c-4");
        assertThat(ids(list(OFFICE, null, null, null, 1, 2))).containsExactly("c-3", "c-2");
        assertThat(ids(list(OFFICE, null, null, null, 2, 2))).containsExactly("c-1");

        ComplaintPage beyondTheEnd = list(OFFICE, null, null, null, 3, 2);
        assertThat(beyondTheEnd.items()).isEmpty();
        assertThat(beyondTheEnd.total()).isEqualTo(5);
        assertThat(beyondTheEnd.page()).isEqualTo(3);
        assertThat(beyondTheEnd.size()).isEqualTo(2);
    }

    @Test
    void filters_combine_and_the_total_counts_every_match_on_all_pages() {
        ComplaintPage cleaning = list(OFFICE, null, ComplaintCategory.CLEANING, null, 0, 2);

        assertThat(ids(cleaning)).containsExactly("c-4", "c-3");
        assertThat(cleaning.total()).isEqualTo(3);
    }

    @Test
    void status_and_department_filters_follow_the_latest_events() {
        assertThat(ids(list(OFFICE, ComplaintStatus.CLOSED, null, null, 0, 20))).containsExactly("c-3");
        assertThat(ids(list(OFFICE, ComplaintStatus.DISPATCHED, null, REPAIRS, 0, 20))).containsExactly("c-2");
        assertThat(ids(list(OFFICE, null, null, CLEANING_TEAM, 0, 20))).containsExactly("c-4");
        assertThat(ids(list(OFFICE, ComplaintStatus.REGISTERED, null, null, 0, 20))).containsExactly("c-5", "c-1");
    }

    @Test
    void the_received_range_includes_its_start_and_excludes_its_end() {
        ComplaintPage page = querySide.queryGateway.query(new FindComplaints(OFFICE, null, null, null, null, null, day(3),
                day(5), 0, 20), ResponseTypes.instanceOf(ComplaintPage.class)).join();

        assertThat(ids(page)).containsExactly("c-3", "c-2");
    }

    @Test
    void a_households_complaints_of_one_category_are_found_for_the_repeat_check() {
        ComplaintPage sameHousehold = querySide.queryGateway.query(new FindComplaints(OFFICE, null, null,
                ComplaintCategory.CLEANING, null, ComplaintEvents.HOUSEHOLD, day(3), null, 0, 20),
                ResponseTypes.instanceOf(ComplaintPage.class)).join();
        ComplaintPage otherHousehold = querySide.queryGateway.query(new FindComplaints(OFFICE, null, null,
                ComplaintCategory.CLEANING, null, new HouseholdId("h-elsewhere"), null, null, 0, 20),
                ResponseTypes.instanceOf(ComplaintPage.class)).join();

        assertThat(ids(sameHousehold)).containsExactly("c-4", "c-3");
        assertThat(otherHousehold.items()).isEmpty();
    }

    @Test
    void a_complaint_is_found_by_its_number_in_its_office() {
        ComplaintPage found = querySide.queryGateway.query(new FindComplaints(OFFICE, "TS-c-4", null, null, null, null,
                null, null, 0, 20), ResponseTypes.instanceOf(ComplaintPage.class)).join();
        ComplaintPage elsewhere = querySide.queryGateway.query(new FindComplaints(OTHER_OFFICE, "TS-c-4", null, null,
                null, null, null, null, 0, 20), ResponseTypes.instanceOf(ComplaintPage.class)).join();

        assertThat(ids(found)).containsExactly("c-4");
        assertThat(elsewhere.items()).isEmpty();
    }

    @Test
    void without_an_office_every_office_is_listed() {
        assertThat(ids(list(null, null, ComplaintCategory.CLEANING, null, 0, 20)))
                .containsExactly("c-4", "c-9", "c-3", "c-1");
    }

    @Test
    void listed_views_carry_their_overdue_obligations() {
        ComplaintView c1 = list(OFFICE, null, null, null, 2, 2).items().get(0);

        assertThat(c1.overdue().firstReply()).isTrue();
        assertThat(c1.overdue().remedy()).isTrue();
    }

    @Test
    void an_office_without_complaints_has_an_empty_list() {
        ComplaintPage page = list(new OfficeId("office-without-complaints"), null, null, null, 0, 20);

        assertThat(page.items()).isEmpty();
        assertThat(page.total()).isZero();
    }

    @Test
    void a_page_is_between_one_and_two_hundred_complaints() {
        assertThatThrownBy(() -> new FindComplaints(OFFICE, null, null, null, null, null, null, null, 0, 201))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FindComplaints(OFFICE, null, null, null, null, null, null, null, 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FindComplaints(OFFICE, null, null, null, null, null, null, null, -1, 20))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private ComplaintPage list(OfficeId office, ComplaintStatus status, ComplaintCategory category,
                               DepartmentId department, int page, int size) {
        return querySide.queryGateway.query(new FindComplaints(office, null, status, category, department, null, null,
                null, page, size), ResponseTypes.instanceOf(ComplaintPage.class)).join();
    }

    private static List<String> ids(ComplaintPage page) {
        return page.items().stream().map(ComplaintView::id).map(ComplaintId::value).toList();
    }
}
