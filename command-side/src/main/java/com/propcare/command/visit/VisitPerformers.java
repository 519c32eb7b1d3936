package com.propcare.command.visit;

import com.propcare.events.registry.StaffRole;
import com.propcare.events.visit.VisitKind;

import java.util.List;

import static com.propcare.events.registry.StaffRole.CLERK;
import static com.propcare.events.registry.StaffRole.CUSTOMER_SERVICE_SUPERVISOR;
import static com.propcare.events.registry.StaffRole.DEPARTMENT_HEAD;
import static com.propcare.events.registry.StaffRole.DIRECTOR;

/**
 * Who may perform each kind of visit (domain §3): routine visits are the customer-service supervisors' quota [003 6],
 * director visits the director's and department heads' [001 F], after an accident the director, heads and staff
 * [001 C]; new-owner and holiday visits are customer service's, with the director welcome on holidays (product
 * choice: the policy document has no role map for visits yet).
 */
final class VisitPerformers {

    private VisitPerformers() {
    }

    static List<StaffRole> of(VisitKind kind) {
        return switch (kind) {
            case ROUTINE -> List.of(CUSTOMER_SERVICE_SUPERVISOR);
            case DIRECTOR -> List.of(DIRECTOR, DEPARTMENT_HEAD);
            case AFTER_ACCIDENT -> List.of(DIRECTOR, DEPARTMENT_HEAD, CUSTOMER_SERVICE_SUPERVISOR, CLERK);
            case NEW_OWNER -> List.of(CUSTOMER_SERVICE_SUPERVISOR, CLERK);
            case HOLIDAY -> List.of(DIRECTOR, DEPARTMENT_HEAD, CUSTOMER_SERVICE_SUPERVISOR, CLERK);
        };
    }
}
