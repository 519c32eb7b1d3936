package com.propcare.events.survey;

/** What a campaign owes after distribution, each with its due time (domain §4). */
public enum SurveyDeliverable {
    /** The report (问卷结果统计表 and analysis), reviewed by the director. */
    REPORT,
    /** The improvement measures, posted on the notice board. */
    IMPROVEMENTS_POSTED
}
