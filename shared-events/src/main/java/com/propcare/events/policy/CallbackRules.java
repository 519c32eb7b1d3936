package com.propcare.events.policy;

import com.propcare.events.registry.StaffRole;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The callback (回访) rules of an office (domain §2 and the callback questions of §7).
 *
 * @param kinds                          one rule for every {@link CallbackKind}
 * @param sampling                       how many of a month's work orders get a callback, by volume [004 十三.2]
 * @param repairCounting                 which rule decides how many repairs get a callback (domain §7)
 * @param roleShares                     repair callbacks by role: manager 10 %, supervisor 30 %, repair lead
 *                                       60 % [001]
 * @param roleShareReading               whether those shares are minimums or a division of all repair callbacks
 * @param smallRepairMonthlySharePercent office-wide share of a month's small repairs that get a callback:
 *                                       30 % [004]
 * @param specialServices                how paid and special services are covered (domain §7)
 * @param complaintAssignment            who performs complaint callbacks, by severity (domain §7)
 * @param signatures                     when the resident's signature is asked for (domain §7)
 * @param problemNoticeHours             a problem found in a callback is notified in writing to the worker within:
 *                                       24 hours [001]
 * @param problemNoticeForEveryKind      that notice applies to every kind, not only repairs: on (product choice)
 * @param latestInPersonHour             no in-person callback or visit starts at or after this hour of the day:
 *                                       22 [003]
 * @param phoneRecordingRequired         phone callbacks are recorded (a finance rule inside [001]): off
 * @param recordRetentionYears           callback records are kept at least: 3 years [001]
 */
public record CallbackRules(Map<CallbackKind, KindRule> kinds, SamplingTable sampling,
                            RepairCounting repairCounting, List<RoleShare> roleShares,
                            RoleShareReading roleShareReading, int smallRepairMonthlySharePercent,
                            SpecialServices specialServices, ComplaintAssignment complaintAssignment,
                            Signatures signatures, int problemNoticeHours, boolean problemNoticeForEveryKind,
                            int latestInPersonHour, boolean phoneRecordingRequired, int recordRetentionYears) {

    /** The kinds are kept in their declaration order, so that the same rules are always written the same way. */
    public CallbackRules {
        kinds = kinds == null ? null : new TreeMap<>(kinds);
    }

    /**
     * The rule of one callback kind.
     *
     * @param due                       when the callback is due after its trigger
     * @param performers                the roles that may perform it
     * @param targetRatePercent         the share of triggers that must get a callback; null where the seeds set
     *                                  none (the sampling table or the repair rule decides instead)
     * @param conflictOfInterestAvoided people with a conflict of interest must not perform it (利益冲突回避, a
     *                                  finance rule inside [001]): off by default for every kind
     * @param alsoMidContract           for a service with a contract period, a callback halfway through it as
     *                                  well as after it ends [004 十二.3]
     */
    public record KindRule(Due due, List<StaffRole> performers, Integer targetRatePercent,
                           boolean conflictOfInterestAvoided, boolean alsoMidContract) {
    }

    /** One role's share of repair callbacks, in percent. */
    public record RoleShare(StaffRole role, int percent) {
    }

    /** The shares "manager ≥10 %, supervisor ≥30 %, repair lead ≥60 %" add up to 100 % and can be read two ways. */
    public enum RoleShareReading {
        /** Each role calls back at least its share of the repairs. */
        MINIMUM_SHARES,
        /** All repair callbacks are divided among the roles by their shares. */
        DIVISION
    }

    /** How many repairs get a callback (domain §7). */
    public enum RepairCounting {
        /** {@code smallRepairMonthlySharePercent} of a month's small repairs [004]. */
        OFFICE_WIDE_SHARE,
        /** The sampling table by monthly volume [004]. */
        SAMPLING_TABLE,
        /** The role shares [001]. */
        ROLE_SHARES
    }

    /** How paid and special services are covered (domain §7). */
    public enum SpecialServices {
        /** The kind's target rate: at least 90 % [003]. */
        TARGET_RATE,
        /** The sampling table [004]. */
        SAMPLING_TABLE
    }

    /** Who performs complaint callbacks, by severity (domain §7). */
    public enum ComplaintAssignment {
        /** Major: the office director; general: the customer-service supervisor [003]. */
        MAJOR_DIRECTOR_GENERAL_SUPERVISOR,
        /**
         * Major: the office manager, customer-service head or project manager; general: a customer-service assistant
         * [004].
         */
        MAJOR_MANAGER_GENERAL_ASSISTANT,
        /** Major: the general property manager [001]. */
        MAJOR_PROPERTY_MANAGER
    }

    /** When a callback asks for the resident's signature (domain §2, §7); refusing is recorded, never forced. */
    public enum Signatures {
        /** In-person callbacks need the resident's signature [000]. */
        REQUIRED_IN_PERSON,
        /** Routine callbacks are confirmed by the household's signature [004]. */
        REQUIRED_AFTER_ROUTINE_CALLBACKS,
        /** A signature is asked for and may be refused [003]. */
        OPTIONAL
    }
}
