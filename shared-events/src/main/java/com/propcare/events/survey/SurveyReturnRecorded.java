package com.propcare.events.survey;

import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;
import com.propcare.events.StaffId;
import com.propcare.events.policy.SurveyRules;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A questionnaire came back. {@code answers} holds the ticks exactly as made, per category: none (left blank) or
 * two or more (double-ticked) make that category an abstention, which the statistics exclude (domain §4).
 *
 * @param returnId    unique within the campaign; a correction names it
 * @param householdId null for an anonymous return, which is counted all the same
 * @param opinion     free-text opinions; may be null
 */
@Revision("1")
public record SurveyReturnRecorded(SurveyCampaignId campaignId, OfficeId officeId, String returnId,
                                   HouseholdId householdId, Map<SurveyRules.Category, List<Answer>> answers,
                                   String opinion, Instant receivedAt, StaffId recordedBy) implements SurveyEvent {

    /**
     * Immutable copies, whatever map the caller built: the store's serializer records a map's class, and an
     * {@code EnumMap} read back that way loses the type of its lists.
     */
    public SurveyReturnRecorded {
        answers = answers == null ? Map.of()
                : answers.entrySet().stream().collect(java.util.stream.Collectors.toUnmodifiableMap(
                        Map.Entry::getKey, entry -> entry.getValue() == null ? List.of() : List.copyOf(entry.getValue())));
    }
}
