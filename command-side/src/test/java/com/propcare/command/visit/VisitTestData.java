package com.propcare.command.visit;

import com.propcare.command.policy.OfficeCalendars;
import com.propcare.command.policy.OfficePolicies;
import com.propcare.command.policy.PolicyDefaults;
import com.propcare.command.policy.PolicyInForce;
import com.propcare.command.registry.StaffDirectory;
import com.propcare.command.registry.StaffDirectory.StaffEntry;
import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;
import com.propcare.events.PolicyVersion;
import com.propcare.events.StaffId;
import com.propcare.events.policy.Due;
import com.propcare.events.registry.StaffRole;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Test data and in-memory collaborators of the visit fixtures: the default policy, calendar days without holidays. */
final class VisitTestData {

    static final OfficeId OFFICE = new OfficeId("office-1");
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final PolicyVersion POLICY = new PolicyVersion("office-1:v1");
    static final HouseholdId HOUSEHOLD = new HouseholdId("h-1");
    static final StaffId SUPERVISOR = new StaffId("supervisor-1");
    static final StaffId CLERK = new StaffId("clerk-1");
    static final StaffId REPAIR_LEAD = new StaffId("repair-lead-1");
    static final StaffId GONE = new StaffId("gone-1");

    private VisitTestData() {
    }

    static OfficePolicies policies() {
        return (office, at) -> new PolicyInForce(office, POLICY, SHANGHAI, PolicyDefaults.document());
    }

    /** Months and calendar days as the office's calendar adds them when no holiday is in the way. */
    static OfficeCalendars calendars() {
        return new OfficeCalendars() {
            @Override
            public ZoneId zoneOf(OfficeId office) {
                return SHANGHAI;
            }

            @Override
            public Instant add(OfficeId office, Instant from, Due period) {
                return switch (period.unit()) {
                    case HOURS -> from.plus(period.amount(), ChronoUnit.HOURS);
                    case MONTHS -> from.atZone(SHANGHAI).plusMonths(period.amount()).toInstant();
                    case CALENDAR_DAYS, WORKING_DAYS -> from.atZone(SHANGHAI).plusDays(period.amount()).toInstant();
                };
            }
        };
    }

    static StaffDirectory staff() {
        Map<StaffId, StaffEntry> members = new HashMap<>();
        members.put(SUPERVISOR, new StaffEntry(SUPERVISOR, OFFICE, Set.of(StaffRole.CUSTOMER_SERVICE_SUPERVISOR), null,
                                               true));
        members.put(CLERK, new StaffEntry(CLERK, OFFICE, Set.of(StaffRole.CLERK), null, true));
        members.put(REPAIR_LEAD, new StaffEntry(REPAIR_LEAD, OFFICE, Set.of(StaffRole.REPAIR_LEAD), null, true));
        members.put(GONE, new StaffEntry(GONE, OFFICE, Set.of(StaffRole.CUSTOMER_SERVICE_SUPERVISOR), null, false));
        return staff -> Optional.ofNullable(members.get(staff));
    }

    /** A time of day in the office's zone on 2026-11-24. */
    static Instant officeTime(int hour, int minute) {
        return java.time.LocalDate.of(2026, 11, 24).atTime(hour, minute).atZone(SHANGHAI).toInstant();
    }

    static List<StaffRole> routineRoles() {
        return List.of(StaffRole.CUSTOMER_SERVICE_SUPERVISOR);
    }
}
