package com.propcare.events.policy;

import java.util.List;

/**
 * The satisfaction-survey (业主意见调查) rules of an office (domain §4 and the survey questions of §7).
 *
 * @param frequency                  how often a survey is run (domain §7): yearly [002]
 * @param surveyed                   who gets a questionnaire (domain §7): every occupied household [003]
 * @param collectionWindow           questionnaires are collected within: 15 working days [003]
 * @param returnRateThresholdPercent at least this share of questionnaires must come back: 60 % [003]
 * @param penaltyPointsPerPoint      each percentage point of return rate below the threshold takes this many
 *                                   points off the satisfaction rate: 5 [003]
 * @param paretoCumulativePercent    the categories within this cumulative share of "not satisfied" answers are
 *                                   the main improvement items: 80 % [003]
 * @param reportWithin               the survey report is due within: 30 working days [002][003]
 * @param improvementsPostedWithin   improvement measures are on the notice board within: 30 working days of
 *                                   distribution [003]
 * @param categories                 the categories asked about (domain §7): the 9 of [004], public order included
 */
public record SurveyRules(Frequency frequency, Surveyed surveyed, Due collectionWindow,
                          int returnRateThresholdPercent, int penaltyPointsPerPoint, int paretoCumulativePercent,
                          Due reportWithin, Due improvementsPostedWithin, List<Category> categories) {

    /** How often a survey is run (domain §7). */
    public enum Frequency {
        /** At least once a year [002]. */
        YEARLY,
        /** In June and December [003]. */
        JUNE_AND_DECEMBER,
        /** Every half year [004]. */
        HALF_YEARLY,
        /** Every quarter [004]. */
        QUARTERLY
    }

    /** Who gets a questionnaire (domain §7). */
    public enum Surveyed {
        /** Every occupied household [003]. */
        ALL_OCCUPIED,
        /** A representative sample by floor or unit [004]. */
        SAMPLE_BY_FLOOR_OR_UNIT,
        /** All households, tenants included [004]. */
        ALL_INCLUDING_TENANTS
    }

    /** A survey category (domain §4). */
    public enum Category {
        POWER_SUPPLY, WATER_SUPPLY, FIRE_SAFETY_AND_SECURITY, PUBLIC_ORDER, CLEANING, GREENING, PUBLIC_FACILITIES,
        REPAIR_SERVICE, SERVICE_ATTITUDE
    }
}
