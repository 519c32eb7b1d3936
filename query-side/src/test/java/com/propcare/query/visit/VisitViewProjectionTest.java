package com.propcare.query.visit;

import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;
import com.propcare.events.PolicyVersion;
import com.propcare.events.StaffId;
import com.propcare.events.callback.Signature;
import com.propcare.events.complaint.ComplaintCategory;
import com.propcare.events.complaint.ComplaintChannel;
import com.propcare.events.complaint.ComplaintId;
import com.propcare.events.complaint.ComplaintNumber;
import com.propcare.events.complaint.ComplaintRegistered;
import com.propcare.events.policy.PolicyAdopted;
import com.propcare.events.policy.PolicyDocument;
import com.propcare.events.policy.VisitRules;
import com.propcare.events.registry.BuildingId;
import com.propcare.events.registry.HouseholdRegistered;
import com.propcare.events.registry.OfficeRegistered;
import com.propcare.events.registry.StaffRole;
import com.propcare.events.visit.OpinionId;
import com.propcare.events.visit.OpinionRaised;
import com.propcare.events.visit.OpinionSource;
import com.propcare.events.visit.OpinionType;
import com.propcare.events.visit.VisitId;
import com.propcare.events.visit.VisitKind;
import com.propcare.events.visit.VisitMethod;
import com.propcare.events.visit.VisitOverdue;
import com.propcare.events.visit.VisitRecorded;
import com.propcare.events.visit.VisitScheduled;
import com.propcare.eventstore.TestMongo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

class VisitViewProjectionTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final OfficeId OFFICE = new OfficeId("office-1");
    private static final StaffId SUPERVISOR = new StaffId("supervisor-1");
    private static final Instant AT = Instant.parse("2026-11-10T02:00:00Z");
    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

    private final TestMongo mongo = new TestMongo();
    private final VisitReadModel model = new VisitReadModel(mongo.database("visit-views-test"));
    private final VisitViewProjection projection = new VisitViewProjection(model);
    private final VisitQueries queries = new VisitQueries(model);

    @AfterEach
    void stop() {
        mongo.close();
    }

    private static HouseholdRegistered household(String id) {
        return new HouseholdRegistered(new HouseholdId(id), OFFICE, new BuildingId("1"), id, 1, true,
                                       LocalDate.of(2020, 1, 1), Set.of(), null, Set.of(), List.of(), AT, SUPERVISOR);
    }

    private static VisitScheduled scheduled(String visit, String household, VisitKind kind) {
        return new VisitScheduled(new VisitId(visit), OFFICE, kind, new HouseholdId(household), AT.plusSeconds(86400),
                                  AT.plusSeconds(86400), List.of(StaffRole.CUSTOMER_SERVICE_SUPERVISOR), "monthly",
                                  new PolicyVersion("office-1:v1"), AT, SUPERVISOR);
    }

    private static VisitRecorded recorded(String visit, String household, VisitKind kind) {
        return new VisitRecorded(new VisitId(visit), OFFICE, kind, new HouseholdId(household), VisitMethod.PHONE,
                                 AT.plusSeconds(3600), SUPERVISOR, "ok", List.of(), false, Signature.NOT_REQUIRED,
                                 true, AT.plusSeconds(3600), SUPERVISOR);
    }

    /** A policy whose only change is the quota bands; the rest of the document plays no part here. */
    private static PolicyAdopted policy() {
        VisitRules visits = new VisitRules(null, null, 60, 10, 15, QuotaArithmeticTest.DEFAULT_BANDS, 100, 1, 5, 3);
        return new PolicyAdopted(OFFICE, new PolicyVersion("office-1:v1"), 1, Instant.parse("2026-01-01T00:00:00Z"),
                                 new PolicyDocument(null, null, visits, null), AT, SUPERVISOR);
    }

    private List<Consumer<VisitViewProjection>> history() {
        List<Consumer<VisitViewProjection>> events = new ArrayList<>();
        events.add(p -> p.on(policy()));
        for (int i = 1; i <= 30; i++) {
            String id = String.format("h-%02d", i);
            events.add(p -> p.on(household(id)));
        }
        events.add(p -> p.on(scheduled("v-1", "h-01", VisitKind.ROUTINE), 0));
        events.add(p -> p.on(recorded("v-1", "h-01", VisitKind.ROUTINE), 1));
        events.add(p -> p.on(scheduled("v-2", "h-01", VisitKind.ROUTINE), 0));
        events.add(p -> p.on(recorded("v-2", "h-01", VisitKind.ROUTINE), 1));
        events.add(p -> p.on(scheduled("v-3", "h-02", VisitKind.ROUTINE), 0));
        events.add(p -> p.on(recorded("v-3", "h-02", VisitKind.ROUTINE), 1));
        events.add(p -> p.on(scheduled("v-4", "h-03", VisitKind.ROUTINE), 0));
        events.add(p -> p.on(new VisitOverdue(new VisitId("v-4"), OFFICE, AT, AT.plusSeconds(90000)), 1));
        events.add(p -> p.on(scheduled("v-5", "h-04", VisitKind.DIRECTOR), 0));
        events.add(p -> p.on(recorded("v-5", "h-04", VisitKind.DIRECTOR), 1));
        events.add(p -> p.on(new ComplaintRegistered(new ComplaintId("c-1"), OFFICE, new ComplaintNumber("TS-2026-000001"),
                                                     ComplaintChannel.PHONE, new HouseholdId("h-02"),
                                                     ComplaintCategory.CLEANING, "dirty", AT, SUPERVISOR, null, AT, AT,
                                                     new PolicyVersion("office-1:v1"))));
        events.add(p -> p.on(new OpinionRaised(new OpinionId("v-1:opinion-1"), OpinionSource.VISIT, "v-1", OFFICE,
                                               new HouseholdId("h-01"), OpinionType.SUGGESTION, null, "benches",
                                               AT.plusSeconds(86400 * 30L), new PolicyVersion("office-1:v1"), AT,
                                               SUPERVISOR), 0));
        return events;
    }

    @Test
    void the_quota_counts_each_household_once_leaves_out_complaint_households_and_suggests_the_rest_in_order() {
        history().forEach(event -> event.accept(projection));

        VisitQuota quota = queries.quota("office-1", NOVEMBER, SHANGHAI);

        assertThat(quota.occupiedHouseholds()).isEqualTo(30);
        assertThat(quota.quota()).isEqualTo(2);
        assertThat(quota.band()).isEqualTo("1–300 occupied households: 4 %");
        assertThat(quota.routineVisits().count()).isEqualTo(1);
        assertThat(quota.routineVisits().of()).isEqualTo(2);
        assertThat(quota.directorVisits().count()).isEqualTo(1);
        assertThat(quota.directorVisits().of()).isEqualTo(10);
        assertThat(quota.excludedHouseholds()).containsExactly("h-02");
        assertThat(quota.suggested()).containsExactly("h-03");
        assertThat(queries.visits("office-1", null, null, "overdue")).extracting(VisitSummary::id)
                                                                     .containsExactly("v-4");
        assertThat(queries.visits("office-1", "supervisor-1", "ROUTINE", "done")).extracting(VisitSummary::id)
                                                                                 .containsExactly("v-1", "v-2", "v-3");
        assertThat(queries.opinions("office-1", "pending")).extracting(OpinionSummary::id)
                                                           .containsExactly("v-1:opinion-1");
    }

    @Test
    void replaying_every_event_after_a_reset_or_twice_gives_the_same_views() {
        history().forEach(event -> event.accept(projection));
        VisitQuota first = queries.quota("office-1", NOVEMBER, SHANGHAI);
        VisitDetails visit = queries.visit("v-1");

        history().forEach(event -> event.accept(projection));
        assertThat(queries.quota("office-1", NOVEMBER, SHANGHAI)).isEqualTo(first);
        assertThat(queries.visit("v-1")).isEqualTo(visit);

        projection.reset();
        assertThat(queries.visits("office-1", null, null, null)).isEmpty();
        history().forEach(event -> event.accept(projection));
        assertThat(queries.quota("office-1", NOVEMBER, SHANGHAI)).isEqualTo(first);
        assertThat(queries.visit("v-1")).isEqualTo(visit);
    }

    @Test
    void an_office_that_adopted_no_policy_gets_the_regulation_defaults_named_as_such() {
        history().stream().skip(1).forEach(event -> event.accept(projection));

        VisitQuota quota = queries.quota("office-1", NOVEMBER, SHANGHAI);

        assertThat(quota.policyVersion()).isEqualTo("office-1:default");
        assertThat(quota.band()).isEqualTo("1–300 occupied households: 4 %");
        assertThat(quota.quota()).isEqualTo(2);
        assertThat(quota.directorVisits().of()).isEqualTo(10);
    }

    @Test
    void a_visit_early_on_the_first_in_the_offices_zone_counts_in_that_month() {
        history().forEach(event -> event.accept(projection));
        projection.on(new OfficeRegistered(OFFICE, "Evergreen", "Garden Court", "cn-mainland", SHANGHAI, AT,
                                           SUPERVISOR));
        Instant firstOfDecemberInShanghai = Instant.parse("2026-11-30T23:30:00Z");
        projection.on(scheduled("v-9", "h-05", VisitKind.ROUTINE), 0);
        projection.on(new VisitRecorded(new VisitId("v-9"), OFFICE, VisitKind.ROUTINE, new HouseholdId("h-05"),
                                        VisitMethod.PHONE, firstOfDecemberInShanghai, SUPERVISOR, "ok", List.of(),
                                        false, Signature.NOT_REQUIRED, true, firstOfDecemberInShanghai, SUPERVISOR),
                      1);

        assertThat(queries.quota("office-1", NOVEMBER, SHANGHAI).routineVisits().count()).isEqualTo(1);
        assertThat(queries.quota("office-1", NOVEMBER.plusMonths(1), SHANGHAI).routineVisits().count())
                .isEqualTo(1);
    }

    @Test
    void a_redelivered_older_event_does_not_undo_a_newer_one() {
        history().forEach(event -> event.accept(projection));
        VisitDetails recorded = queries.visit("v-1");

        projection.on(scheduled("v-1", "h-01", VisitKind.ROUTINE), 0);

        assertThat(queries.visit("v-1")).isEqualTo(recorded);
    }
}
