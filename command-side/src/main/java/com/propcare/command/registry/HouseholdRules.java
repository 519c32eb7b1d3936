package com.propcare.command.registry;

import com.propcare.events.registry.ContactChannel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.propcare.command.registry.RegistryRefusalCodes.DATE_IN_THE_FUTURE;
import static com.propcare.command.registry.RegistryRefusalCodes.FIELD_REQUIRED;
import static com.propcare.command.registry.RegistryRefusalCodes.HOUSEHOLD_PREFERRED_CHANNEL_DECLINED;
import static com.propcare.command.registry.RegistryRefusalCodes.HOUSEHOLD_VACANT_WITH_MOVE_IN_DATE;

/**
 * The rules a household's own facts must satisfy, however it is registered. They are returned rather than thrown:
 * a registration refuses with the first, an import reports every one of every row.
 */
final class HouseholdRules {

    /** One broken rule: the refusal code, the field, the rule's short name and what to tell the user. */
    record Violation(String code, String field, String rule, String message) {
    }

    private HouseholdRules() {
    }

    static List<Violation> check(boolean occupied, LocalDate moveInDate, LocalDate today,
                                 ContactChannel preferredChannel, Set<ContactChannel> declinedChannels,
                                 List<ResidentDetails> residents) {
        List<Violation> violations = new ArrayList<>();
        if (occupied && moveInDate == null) {
            violations.add(new Violation(FIELD_REQUIRED, "moveInDate", "Required",
                                         "an occupied household needs its move-in date"));
        }
        if (!occupied && moveInDate != null) {
            violations.add(new Violation(HOUSEHOLD_VACANT_WITH_MOVE_IN_DATE, "moveInDate", "VacantWithoutMoveIn",
                                         "a vacant household has no move-in date"));
        }
        if (moveInDate != null && moveInDate.isAfter(today)) {
            violations.add(new Violation(DATE_IN_THE_FUTURE, "moveInDate", "NotInFuture",
                                         "move-in date " + moveInDate + " is after today (" + today + ")"));
        }
        violations.addAll(contactViolations(preferredChannel, declinedChannels));
        violations.addAll(residentViolations(residents));
        return violations;
    }

    /** A resident's choice of channel is respected (客户自愿原则): the preferred one cannot be declined too. */
    static List<Violation> contactViolations(ContactChannel preferredChannel, Set<ContactChannel> declinedChannels) {
        if (preferredChannel != null && declinedChannels != null && declinedChannels.contains(preferredChannel)) {
            return List.of(new Violation(HOUSEHOLD_PREFERRED_CHANNEL_DECLINED, "preferredChannel", "NotDeclined",
                                         preferredChannel + " cannot be both preferred and declined"));
        }
        return List.of();
    }

    static List<Violation> residentViolations(List<ResidentDetails> residents) {
        List<Violation> violations = new ArrayList<>();
        if (residents == null) {
            return violations;
        }
        for (int i = 0; i < residents.size(); i++) {
            ResidentDetails resident = residents.get(i);
            if (resident.role() == null) {
                violations.add(new Violation(FIELD_REQUIRED, "residents[" + i + "].role", "Required",
                                             "a resident is an owner or a resident"));
            }
            if (resident.name() == null || resident.name().isBlank()) {
                violations.add(new Violation(FIELD_REQUIRED, "residents[" + i + "].name", "Required",
                                             "a resident needs a name"));
            }
        }
        return violations;
    }

    /** The details a refusal of one command carries for {@code violation}. */
    static Map<String, Object> details(Violation violation) {
        return Map.of("field", violation.field(), "rule", violation.rule());
    }
}
