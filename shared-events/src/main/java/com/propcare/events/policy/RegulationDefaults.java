package com.propcare.events.policy;

import com.propcare.events.policy.CallbackRules.KindRule;
import com.propcare.events.policy.CallbackRules.RoleShare;
import com.propcare.events.policy.SamplingTable.Band;
import com.propcare.events.policy.VisitRules.QuotaBand;
import com.propcare.events.registry.StaffRole;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static com.propcare.events.policy.SamplingTable.SampleKind.FIXED;
import static com.propcare.events.policy.SamplingTable.SampleKind.PERCENT;
import static com.propcare.events.registry.StaffRole.CLERK;
import static com.propcare.events.registry.StaffRole.CUSTOMER_SERVICE_SUPERVISOR;
import static com.propcare.events.registry.StaffRole.DEPARTMENT_HEAD;
import static com.propcare.events.registry.StaffRole.DIRECTOR;
import static com.propcare.events.registry.StaffRole.REPAIR_LEAD;

/**
 * The product defaults of every policy value (domain §1–§4; for each disagreement of §7 the first alternative). The
 * seed stating a number is named on {@link PolicyDocument}'s parts; where no seed gives one it is marked a product
 * choice here. An office that adopted nothing works with this document under the version {@code <office>:default};
 * both sides read it from here, so that a read model applies the same defaults as the commands.
 * <p>
 * Roles: "manager" of the seeds is the office {@link StaffRole#DIRECTOR}, the repair "supervisor" (主管) a
 * {@link StaffRole#DEPARTMENT_HEAD}; customer-service staff are {@link StaffRole#CLERK}s.
 */
public interface RegulationDefaults {

    /** A new document on every call; it is a value, and building it is cheap. */
    static PolicyDocument document() {
        return new PolicyDocument(complaints(), callbacks(), visits(), surveys());
    }

    private static ComplaintRules complaints() {
        return new ComplaintRules(workingDays(1), days(3), days(3), hours(24), 90, days(3), months(1), 2000,
                                  ComplaintRules.IntakeDesk.PROPERTY_OFFICERS, BigDecimal.ONE, 5);
    }

    private static CallbackRules callbacks() {
        List<StaffRole> repairers = List.of(DIRECTOR, DEPARTMENT_HEAD, REPAIR_LEAD);
        List<StaffRole> customerService = List.of(CLERK);
        Map<CallbackKind, KindRule> kinds = new EnumMap<>(CallbackKind.class);
        kinds.put(CallbackKind.COMPLAINT, kind(days(3), List.of(DIRECTOR, CUSTOMER_SERVICE_SUPERVISOR), 100, false));
        kinds.put(CallbackKind.SMALL_REPAIR, kind(days(1), repairers, null, false));
        kinds.put(CallbackKind.SAFETY_FACILITY_REPAIR, kind(days(2), repairers, null, false));
        kinds.put(CallbackKind.LEAK_REPAIR, kind(days(3), repairers, null, false));
        kinds.put(CallbackKind.OTHER_REPAIR, kind(days(7), repairers, null, false));
        kinds.put(CallbackKind.REPAIR_WORKS, kind(months(1), repairers, null, false));
        // after the contract ends, like other services (product choice); [004] also asks for one mid-contract
        kinds.put(CallbackKind.PAID_SERVICE, kind(days(7), customerService, 90, true));
        // "immediately after each service" [001 4.4.2]: by the next day (product choice)
        kinds.put(CallbackKind.NEW_SERVICE, kind(days(1), customerService, 100, false));
        // "after handling" [001 C], 100 % as no seed gives a rate: within 3 days (product choice)
        kinds.put(CallbackKind.ACCIDENT, kind(days(3), List.of(DIRECTOR, DEPARTMENT_HEAD), 100, false));
        kinds.put(CallbackKind.COMMUNITY_ACTIVITY, kind(months(1), customerService, null, false));
        kinds.put(CallbackKind.OTHER_SERVICES, kind(days(7), customerService, null, false));
        // "after a period" [004 3.6]: a month (product choice)
        kinds.put(CallbackKind.SURVEY_FOLLOW_UP, kind(months(1), customerService, null, false));
        SamplingTable sampling = new SamplingTable(List.of(new Band(1, 19, FIXED, 5), new Band(20, 50, PERCENT, 30),
                                                           new Band(51, 100, PERCENT, 15),
                                                           new Band(101, null, FIXED, 20)),
                                                   SamplingTable.Rounding.UP, true);
        return new CallbackRules(kinds, sampling, CallbackRules.RepairCounting.OFFICE_WIDE_SHARE,
                                 List.of(new RoleShare(DIRECTOR, 10), new RoleShare(DEPARTMENT_HEAD, 30),
                                         new RoleShare(REPAIR_LEAD, 60)),
                                 CallbackRules.RoleShareReading.MINIMUM_SHARES, 30,
                                 CallbackRules.SpecialServices.TARGET_RATE,
                                 CallbackRules.ComplaintAssignment.MAJOR_DIRECTOR_GENERAL_SUPERVISOR,
                                 CallbackRules.Signatures.REQUIRED_IN_PERSON, 24, true, 22, false, 3);
    }

    private static VisitRules visits() {
        return new VisitRules(months(1), months(3), 60, 10, 15,
                              List.of(new QuotaBand(1, 300, 4), new QuotaBand(301, 500, 5),
                                      new QuotaBand(501, 800, 6), new QuotaBand(801, null, 7)),
                              100, 1, 5, 3);
    }

    private static SurveyRules surveys() {
        return new SurveyRules(SurveyRules.Frequency.YEARLY, SurveyRules.Surveyed.ALL_OCCUPIED, workingDays(15), 60,
                               5, 80, workingDays(30), workingDays(30), List.of(SurveyRules.Category.values()));
    }

    private static KindRule kind(Due due, List<StaffRole> performers, Integer targetRatePercent,
                                 boolean alsoMidContract) {
        return new KindRule(due, performers, targetRatePercent, false, alsoMidContract);
    }

    private static Due hours(int amount) {
        return new Due(amount, DueUnit.HOURS);
    }

    private static Due days(int amount) {
        return new Due(amount, DueUnit.CALENDAR_DAYS);
    }

    private static Due workingDays(int amount) {
        return new Due(amount, DueUnit.WORKING_DAYS);
    }

    private static Due months(int amount) {
        return new Due(amount, DueUnit.MONTHS);
    }
}
