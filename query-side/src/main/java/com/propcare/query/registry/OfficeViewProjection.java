package com.propcare.query.registry;

import com.propcare.events.registry.BuildingAdded;
import com.propcare.events.registry.DepartmentAdded;
import com.propcare.events.registry.OfficeEvent;
import com.propcare.events.registry.OfficeRegistered;
import com.propcare.events.registry.UnitsAdded;
import com.propcare.eventstore.ReadsEvents;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

import java.util.function.UnaryOperator;

/** Keeps {@code registry_office_views} up to date; an event the view already reflects changes nothing. */
@ReadsEvents(OfficeEvent.class)
@Component
@ProcessingGroup(OfficeViewProjection.PROCESSING_GROUP)
class OfficeViewProjection {

    /** The registry's read models: offices, households and staff. */
    static final String PROCESSING_GROUP = "registry-views";

    private final OfficeViews offices;

    OfficeViewProjection(OfficeViews offices) {
        this.offices = offices;
    }

    @EventHandler
    void on(OfficeRegistered event, @SequenceNumber long sequence) {
        offices.apply(event.officeId().value(), sequence, absent -> OfficeView.registered(event, sequence));
    }

    @EventHandler
    void on(DepartmentAdded event, @SequenceNumber long sequence) {
        update(event.officeId().value(), sequence,
               view -> view.departmentAdded(event.departmentId().value(), event.name(), sequence));
    }

    @EventHandler
    void on(BuildingAdded event, @SequenceNumber long sequence) {
        update(event.officeId().value(), sequence,
               view -> view.buildingAdded(event.buildingId().value(), event.name(), sequence));
    }

    @EventHandler
    void on(UnitsAdded event, @SequenceNumber long sequence) {
        update(event.officeId().value(), sequence,
               view -> view.unitsAdded(event.buildingId().value(), event.units(), sequence));
    }

    @ResetHandler
    void reset() {
        offices.deleteAll();
    }

    private void update(String office, long sequence, UnaryOperator<OfficeView> change) {
        offices.apply(office, sequence, current -> {
            if (current == null) {
                throw new IllegalStateException("no view of office " + office + " to apply event #" + sequence
                        + " to: its registration has not been projected");
            }
            return change.apply(current);
        });
    }
}
