package com.propcare.events.survey;

import com.propcare.events.OfficeId;
import com.propcare.events.StaffId;
import com.propcare.events.policy.SurveyRules;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The household corrected its return before the window closed; the latest answers count. */
@Revision("1")
public record SurveyReturnCorrected(SurveyCampaignId campaignId, OfficeId officeId, String returnId,
                                    Map<SurveyRules.Category, List<Answer>> answers, String opinion,
                                    Instant correctedAt, StaffId recordedBy) implements SurveyEvent {

    /**
     * Immutable copies, whatever map the caller built: the store's serializer records a map's class, and an
     * {@code EnumMap} read back that way loses the type of its lists.
     */
    public SurveyReturnCorrected {
        answers = answers == null ? Map.of()
                : answers.entrySet().stream().collect(java.util.stream.Collectors.toUnmodifiableMap(
                        Map.Entry::getKey, entry -> entry.getValue() == null ? List.of() : List.copyOf(entry.getValue())));
    }
}
