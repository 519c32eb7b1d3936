package com.propcare.query.workorder;

import com.propcare.events.DepartmentId;
import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;
import com.propcare.events.StaffId;
import com.propcare.events.workorder.WorkOrderAssigned;
import com.propcare.events.workorder.WorkOrderCompleted;
import com.propcare.events.workorder.WorkOrderId;
import com.propcare.events.workorder.WorkOrderKind;
import com.propcare.events.workorder.WorkOrderOpened;
import com.propcare.events.workorder.WorkOrderReworkRequested;
import com.propcare.events.workorder.WorkOrderSource;
import com.propcare.eventstore.TestMongo;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** A work order's view follows its events: a rework the household's callback asked for makes it undone again. */
class WorkOrderViewProjectionTest {

    private static final WorkOrderId ORDER = new WorkOrderId("wo-1");
    private static final Instant AT = Instant.parse("2026-11-20T02:00:00Z");
    private static final StaffId WU = new StaffId("plumber-wu");

    private final TestMongo mongo = new TestMongo();
    private final WorkOrderViews views = new WorkOrderViews(mongo.database("work-orders"));
    private final WorkOrderViewProjection projection =
            new WorkOrderViewProjection(views, SimpleQueryUpdateEmitter.builder().build());

    @AfterEach
    void close() {
        mongo.close();
    }

    @Test
    void a_rework_assigns_the_order_again_and_its_next_completion_completes_it() {
        projection.on(new WorkOrderOpened(ORDER, new OfficeId("office-1"), new HouseholdId("h-1"),
                                          WorkOrderKind.LEAK_REPAIR, "Leak under the sink", WorkOrderSource.HOUSEHOLD,
                                          null, null, AT, new StaffId("clerk-li")), 0);
        projection.on(new WorkOrderAssigned(ORDER, new DepartmentId("repairs"), WU, AT.plusSeconds(60),
                                            new StaffId("clerk-li")), 1);
        projection.on(new WorkOrderCompleted(ORDER, new OfficeId("office-1"), new HouseholdId("h-1"),
                                             WorkOrderKind.LEAK_REPAIR, WU, "Sealed", AT.plusSeconds(3600), WU), 2);
        projection.on(new WorkOrderReworkRequested(ORDER, "cb-sampled-wo-1", "Still leaking", AT.plusSeconds(7200),
                                                   new StaffId("supervisor-zhao")), 3);

        WorkOrderView reworked = views.find("wo-1").orElseThrow();
        assertThat(reworked.status()).isEqualTo("ASSIGNED");
        assertThat(reworked.completedAt()).isNull();
        assertThat(reworked.performedBy()).isNull();
        assertThat(reworked.department()).isEqualTo("repairs");
        assertThat(reworked.version()).isEqualTo(3);

        projection.on(new WorkOrderCompleted(ORDER, new OfficeId("office-1"), new HouseholdId("h-1"),
                                             WorkOrderKind.LEAK_REPAIR, WU, "Pipe replaced", AT.plusSeconds(9000), WU),
                      4);
        assertThat(views.find("wo-1").orElseThrow().status()).isEqualTo("COMPLETED");
    }
}
