package com.propcare.query.registry;

import com.propcare.events.registry.StaffDepartmentChanged;
import com.propcare.events.registry.StaffEvent;
import com.propcare.events.registry.StaffHired;
import com.propcare.events.registry.StaffLeft;
import com.propcare.events.registry.StaffRolesChanged;
import com.propcare.eventstore.ReadsEvents;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

import java.util.function.UnaryOperator;

import static com.propcare.query.registry.RegistryDocuments.names;

/** Keeps {@code registry_staff_views} and the offices' staff lists up to date; every handler is idempotent. */
@ReadsEvents(StaffEvent.class)
@Component
@ProcessingGroup(OfficeViewProjection.PROCESSING_GROUP)
class StaffViewProjection {

    private final StaffViews staff;

    StaffViewProjection(StaffViews staff) {
        this.staff = staff;
    }

    @EventHandler
    void on(StaffHired event, @SequenceNumber long sequence) {
        staff.apply(event.staffId().value(), sequence, absent -> StaffView.hired(event, sequence));
    }

    @EventHandler
    void on(StaffRolesChanged event, @SequenceNumber long sequence) {
        update(event.staffId().value(), sequence, view -> view.withRoles(names(event.roles()), sequence));
    }

    @EventHandler
    void on(StaffDepartmentChanged event, @SequenceNumber long sequence) {
        update(event.staffId().value(), sequence, view -> view.inDepartment(event.department().value(), sequence));
    }

    @EventHandler
    void on(StaffLeft event, @SequenceNumber long sequence) {
        update(event.staffId().value(), sequence, view -> view.left(event.leftOn(), sequence));
    }

    @ResetHandler
    void reset() {
        staff.deleteAll();
    }

    private void update(String member, long sequence, UnaryOperator<StaffView> change) {
        staff.apply(member, sequence, current -> {
            if (current == null) {
                throw new IllegalStateException("no view of staff member " + member + " to apply event #" + sequence
                        + " to: the hiring has not been projected");
            }
            return change.apply(current);
        });
    }
}
