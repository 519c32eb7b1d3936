package com.propcare.command.registry;

import com.propcare.command.registry.OfficeDirectory.OfficeEntry;
import com.propcare.command.support.DomainRefusal;
import com.propcare.events.DepartmentId;
import com.propcare.events.OfficeId;
import com.propcare.events.StaffId;
import com.propcare.events.registry.StaffDepartmentChanged;
import com.propcare.events.registry.StaffHired;
import com.propcare.events.registry.StaffLeft;
import com.propcare.events.registry.StaffRole;
import com.propcare.events.registry.StaffRolesChanged;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.Map;
import java.util.Set;

import static com.propcare.command.registry.Registry.requirePresent;
import static com.propcare.command.registry.Registry.requireStamp;
import static com.propcare.command.registry.Registry.requireText;
import static com.propcare.command.registry.RegistryRefusalCodes.STAFF_ALREADY_HIRED;
import static com.propcare.command.registry.RegistryRefusalCodes.STAFF_HAS_LEFT;
import static com.propcare.command.registry.RegistryRefusalCodes.STAFF_UNKNOWN_DEPARTMENT;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A member of an office's staff: department, roles, and whether they still work there. Roles decide who may
 * perform which callbacks, visits and spot checks, so a member of staff always has at least one.
 */
@Aggregate(snapshotTriggerDefinition = "snapshotTrigger")
class StaffMember {

    @AggregateIdentifier
    private StaffId id;
    private OfficeId office;
    private boolean left;

    protected StaffMember() {
    }

    /** Handled as "create if missing" so that hiring an id twice is refused by name, not as a write conflict. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(HireStaff command, OfficeDirectory offices) {
        if (id != null) {
            throw new DomainRefusal(STAFF_ALREADY_HIRED, "A member of staff " + id + " was hired already",
                                    Map.of("staffId", id.value()));
        }
        requirePresent("staffId", command.staffId());
        requirePresent("officeId", command.officeId());
        requireText("name", command.name());
        requirePresent("department", command.department());
        requireRoles(command.roles());
        requireStamp(command.at(), command.by());
        requireDepartment(Registry.office(offices, command.officeId()), command.department());
        apply(new StaffHired(command.staffId(), command.officeId(), command.name(), command.department(),
                             Registry.sorted(command.roles()), command.at(), command.by()));
    }

    @CommandHandler
    void handle(ChangeStaffRoles command) {
        requireStillThere();
        requireRoles(command.roles());
        requireStamp(command.at(), command.by());
        apply(new StaffRolesChanged(id, office, Registry.sorted(command.roles()), command.at(), command.by()));
    }

    @CommandHandler
    void handle(ChangeStaffDepartment command, OfficeDirectory offices) {
        requireStillThere();
        requirePresent("department", command.department());
        requireStamp(command.at(), command.by());
        requireDepartment(Registry.office(offices, office), command.department());
        apply(new StaffDepartmentChanged(id, office, command.department(), command.at(), command.by()));
    }

    @CommandHandler
    void handle(RecordStaffLeaving command, OfficeDirectory offices) {
        requireStillThere();
        requirePresent("leftOn", command.leftOn());
        requireStamp(command.at(), command.by());
        Registry.requireNotFuture("leftOn", command.leftOn(),
                                  Registry.today(command.at(), Registry.office(offices, office).timeZone()));
        apply(new StaffLeft(id, office, command.leftOn(), command.at(), command.by()));
    }

    @EventSourcingHandler
    void on(StaffHired event) {
        id = event.staffId();
        office = event.officeId();
    }

    @EventSourcingHandler
    void on(StaffLeft event) {
        left = true;
    }

    private void requireStillThere() {
        if (left) {
            throw new DomainRefusal(STAFF_HAS_LEFT, "Staff member " + id + " has left the office",
                                    Map.of("staffId", id.value()));
        }
    }

    private static void requireRoles(Set<StaffRole> roles) {
        if (roles == null || roles.isEmpty()) {
            throw Registry.required("roles");
        }
    }

    private static void requireDepartment(OfficeEntry office, DepartmentId department) {
        if (!office.departments().contains(department)) {
            throw DomainRefusal.unprocessable(STAFF_UNKNOWN_DEPARTMENT, "Office " + office.officeId()
                    + " has no department " + department, Map.of("field", "department",
                                                                 "department", department.value()));
        }
    }
}
