package com.propcare.command.survey;

import com.propcare.access.OfficeScopedRequest;
import com.propcare.command.support.OneOf;
import com.propcare.events.policy.SurveyRules.Category;
import com.propcare.events.survey.SurveyDeliverable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Request bodies of the survey API. Answers arrive as names and are checked one by one by the controller, so that
 * an unknown category or answer is reported with its place ({@code answers.CLEANING[1]}).
 */
final class SurveyRequests {

    static final int ID_MAX = 64;
    static final int TEXT_MAX = 2000;

    private SurveyRequests() {
    }

    record Open(@NotBlank @Size(max = ID_MAX) String officeId,
                @NotBlank @Size(max = 16) String period,
                List<String> categories) implements OfficeScopedRequest {
    }

    record Return(@NotBlank @Size(max = ID_MAX) String returnId,
                  @Size(max = ID_MAX) String householdId,
                  Map<String, List<String>> answers,
                  @Size(max = TEXT_MAX) String opinion,
                  Instant receivedAt) {
    }

    record Correction(Map<String, List<String>> answers,
                      @Size(max = TEXT_MAX) String opinion) {
    }

    record Close(@NotBlank @Size(max = TEXT_MAX) String reason) {
    }

    record Deliverable(@NotNull @OneOf(SurveyDeliverable.class) String deliverable,
                       @Size(max = TEXT_MAX) String reference) {
    }

    record Rectification(@NotBlank @Size(max = ID_MAX) String rectificationId,
                         @NotNull Category category,
                         @NotBlank @Size(max = TEXT_MAX) String causeAnalysis,
                         @NotBlank @Size(max = TEXT_MAX) String measures,
                         @NotBlank @Size(max = ID_MAX) String owner,
                         @Size(max = ID_MAX) String department,
                         Instant due) {
    }

    record Completion(@NotBlank @Size(max = TEXT_MAX) String outcome) {
    }

    record Verification(@NotNull Boolean effective,
                        @NotBlank @Size(max = TEXT_MAX) String verification) {
    }

    record Accepted(String id, Long version) {
    }
}
