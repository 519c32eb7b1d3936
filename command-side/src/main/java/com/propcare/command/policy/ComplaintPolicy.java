package com.propcare.command.policy;

import com.propcare.events.OfficeId;
import com.propcare.events.PolicyVersion;
import com.propcare.events.policy.ComplaintRules;
import com.propcare.events.policy.Due;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;

/**
 * One office's complaint rules as the complaint aggregate uses them: the complaint section of the policy version in
 * force, named by that version, with the office's time zone (which is the office's, not the policy's).
 *
 * @param firstReply            first reply to the complainant, solved or not
 * @param remedyAnswer          answer with the remedial measure
 * @param repeatSpecialMeasures special measures for a repeated complaint
 * @param repeatWindow          a complaint of the same household and category within this window repeats it
 * @param dispatchDefault       the department's due time when the dispatcher gives none
 * @param maxSummaryLength      longest summary accepted on the register, in characters
 */
public record ComplaintPolicy(OfficeId office, PolicyVersion version, ZoneId zone, Due firstReply, Due remedyAnswer,
                              Due repeatSpecialMeasures, Duration repeatWindow, Due dispatchDefault,
                              int maxSummaryLength) {

    public ComplaintPolicy {
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(firstReply, "firstReply");
        Objects.requireNonNull(remedyAnswer, "remedyAnswer");
        Objects.requireNonNull(repeatSpecialMeasures, "repeatSpecialMeasures");
        Objects.requireNonNull(repeatWindow, "repeatWindow");
        Objects.requireNonNull(dispatchDefault, "dispatchDefault");
    }

    /** The complaint part of an adopted (or the default) policy document. */
    public static ComplaintPolicy of(OfficeId office, PolicyVersion version, ZoneId zone, ComplaintRules rules) {
        return new ComplaintPolicy(office, version, zone, rules.firstReply(), rules.remedyAnswer(),
                                   rules.repeatSpecialMeasures(), Duration.ofDays(rules.repeatWindowDays()),
                                   rules.dispatchDefault(), rules.summaryMaxLength());
    }
}
