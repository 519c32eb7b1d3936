package com.propcare.events.policy;

import java.math.BigDecimal;

/**
 * The complaint rules of an office (domain §1).
 *
 * @param firstReply            first reply to the complainant, solved or not: 1 working day [004 回访制度 4.1(1)]
 * @param remedyAnswer          answer with the remedial measure: 3 days at most [002]
 * @param generalAnswer         a general complaint is answered within: 3 days [004 四]
 * @param repeatSpecialMeasures special measures for a repeated complaint about a still defective service:
 *                              24 hours [004 十三.4]
 * @param repeatWindowDays      a complaint of the same household and category within this many days repeats the
 *                              earlier one: 90 (product default)
 * @param dispatchDefault       the department's due time when the dispatcher names none: 3 days (product default)
 * @param opinionAnswer         opinions and suggestions are answered within: 1 month [001][004]
 * @param summaryMaxLength      the longest summary on the register, in characters: 2,000 (product default)
 * @param intakeDesk            who takes complaints in (domain §7): property officers [002]
 * @param complaintRateTargetPercent complaints received in a month per 100 households stay below: 1 % ("力争控制在
 *                              1%以下" [000][001]; domain §5)
 * @param monthlyBulletinDay    last month's complaint statistics are published by this day of the month: 5 [003]
 */
public record ComplaintRules(Due firstReply, Due remedyAnswer, Due generalAnswer, Due repeatSpecialMeasures,
                             int repeatWindowDays, Due dispatchDefault, Due opinionAnswer, int summaryMaxLength,
                             IntakeDesk intakeDesk, BigDecimal complaintRateTargetPercent,
                             int monthlyBulletinDay) {

    /** Where complaints are taken in (domain §7). */
    public enum IntakeDesk {
        /** Property officers (物业助理) [002]. */
        PROPERTY_OFFICERS,
        /** The customer-service centre [002]. */
        CUSTOMER_SERVICE_CENTRE,
        /** The owners' reception room [004]. */
        OWNERS_RECEPTION_ROOM
    }
}
