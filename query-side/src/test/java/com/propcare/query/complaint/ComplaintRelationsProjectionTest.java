package com.propcare.query.complaint;

import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;
import com.propcare.events.PolicyVersion;
import com.propcare.events.StaffId;
import com.propcare.events.callback.CallbackCancelled;
import com.propcare.events.callback.CallbackId;
import com.propcare.events.callback.CallbackMethod;
import com.propcare.events.callback.CallbackPerformed;
import com.propcare.events.callback.CallbackResult;
import com.propcare.events.callback.CallbackScheduled;
import com.propcare.events.callback.KindCode;
import com.propcare.events.callback.Signature;
import com.propcare.events.callback.Subject;
import com.propcare.events.callback.SubjectType;
import com.propcare.events.complaint.ComplaintId;
import com.propcare.events.registry.StaffRole;
import com.propcare.events.workorder.WorkOrderAssigned;
import com.propcare.events.workorder.WorkOrderCompleted;
import com.propcare.events.workorder.WorkOrderId;
import com.propcare.events.workorder.WorkOrderKind;
import com.propcare.events.workorder.WorkOrderOpened;
import com.propcare.events.workorder.WorkOrderSource;
import com.propcare.eventstore.TestMongo;
import com.propcare.query.complaint.ComplaintRelations.CallbackLink;
import com.propcare.query.complaint.ComplaintRelations.WorkOrderLink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A complaint's callbacks and work orders follow their own events, and a replay changes nothing. */
class ComplaintRelationsProjectionTest {

    private static final OfficeId OFFICE = new OfficeId("office-1");
    private static final StaffId LI = new StaffId("li");
    private static final Instant AT = Instant.parse("2026-11-20T02:00:00Z");
    private static final Instant DUE = Instant.parse("2026-11-23T02:00:00Z");

    private final TestMongo mongo = new TestMongo();
    private final ComplaintRelationsProjection projection =
            new ComplaintRelationsProjection(new ComplaintRelationViews(mongo.database("relations")));

    @AfterEach
    void close() {
        mongo.close();
    }

    private static CallbackScheduled scheduled(String callback, SubjectType type, String subject) {
        return new CallbackScheduled(new CallbackId(callback), OFFICE, new KindCode("COMPLAINT"),
                                     new Subject(type, subject), new HouseholdId("h-1"), DUE,
                                     List.of(StaffRole.CUSTOMER_SERVICE_SUPERVISOR), null, null, false, Set.of(),
                                     false, 3, null, "complaint result reported", new PolicyVersion("office-1:v1"),
                                     AT);
    }

    private static CallbackPerformed performed(String callback, CallbackResult result) {
        return new CallbackPerformed(new CallbackId(callback), OFFICE, CallbackMethod.PHONE, AT, LI, "asked", null,
                                     result, Signature.NOT_REQUIRED, null, null, true, false, AT, LI, null, null);
    }

    private ComplaintRelations relations(String complaint) {
        return projection.handle(new FindComplaintRelations(new ComplaintId(complaint)));
    }

    private void project() {
        projection.on(scheduled("cb-c1-6", SubjectType.COMPLAINT, "c1"), 0);
        projection.on(performed("cb-c1-6", CallbackResult.NOT_SATISFIED), 1);
        projection.on(scheduled("cb-c1-9", SubjectType.COMPLAINT, "c1"), 0);
        projection.on(new CallbackCancelled(new CallbackId("cb-c1-9"), OFFICE, "abroad", AT, LI), 1);
        projection.on(scheduled("cb-wo-1-2", SubjectType.WORK_ORDER, "wo-1"), 0);
        projection.on(new WorkOrderOpened(new WorkOrderId("wo-1"), OFFICE, new HouseholdId("h-1"),
                                          WorkOrderKind.LEAK_REPAIR, "leak", WorkOrderSource.COMPLAINT, "c1", null,
                                          AT, LI), 0);
        projection.on(new WorkOrderAssigned(new WorkOrderId("wo-1"), null, null, AT, LI), 1);
        projection.on(new WorkOrderCompleted(new WorkOrderId("wo-1"), OFFICE, new HouseholdId("h-1"),
                                             WorkOrderKind.LEAK_REPAIR, LI, null, AT, LI), 2);
        projection.on(new WorkOrderOpened(new WorkOrderId("wo-2"), OFFICE, new HouseholdId("h-1"),
                                          WorkOrderKind.SMALL_REPAIR, "tap", WorkOrderSource.HOUSEHOLD, null, null,
                                          AT, LI), 0);
    }

    @Test
    void a_complaint_lists_its_callbacks_and_work_orders_as_they_stand() {
        project();

        assertThat(relations("c1").callbacks()).containsExactly(
                new CallbackLink("cb-c1-6", "COMPLAINT", "PERFORMED", DUE, false, "NOT_SATISFIED", 1),
                new CallbackLink("cb-c1-9", "COMPLAINT", "CANCELLED", DUE, false, null, 1));
        assertThat(relations("c1").workOrders()).containsExactly(
                new WorkOrderLink("wo-1", "LEAK_REPAIR", "COMPLETED", 2));
        assertThat(relations("wo-1").callbacks()).as("a work order's callback is not a complaint's").isEmpty();
        assertThat(relations("c2")).isEqualTo(ComplaintRelations.none("c2"));
    }

    @Test
    void a_replay_or_a_late_redelivery_changes_nothing() {
        project();
        ComplaintRelations once = relations("c1");

        project();
        projection.on(scheduled("cb-c1-6", SubjectType.COMPLAINT, "c1"), 0);

        assertThat(relations("c1")).isEqualTo(once);
        projection.reset();
        assertThat(relations("c1")).isEqualTo(ComplaintRelations.none("c1"));
    }
}
