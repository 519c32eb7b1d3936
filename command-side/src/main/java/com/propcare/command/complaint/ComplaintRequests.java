package com.propcare.command.complaint;

import com.propcare.access.OfficeScopedRequest;
import com.propcare.command.support.NamesWhoDidIt;
import com.propcare.command.support.OneOf;
import com.propcare.events.complaint.ComplaintCategory;
import com.propcare.events.complaint.ComplaintChannel;
import com.propcare.events.complaint.ComplaintSeverity;
import com.propcare.events.complaint.EscalationLevel;
import com.propcare.events.complaint.Responsibility;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/**
 * The bodies of the complaint command endpoints. Enumerated fields are strings checked by {@link OneOf} so an
 * unknown value is reported like any other invalid field. Who acts is the signed-in user, never a field of the body.
 */
final class ComplaintRequests {

    static final int SUMMARY_MAX = 2000;
    static final int TEXT_MAX = 4000;
    static final int ID_MAX = 100;

    private ComplaintRequests() {
    }

    record Register(@NotBlank @Size(max = ID_MAX) String officeId,
                    @NotBlank @OneOf(ComplaintChannel.class) String channel,
                    @NotBlank @Size(max = ID_MAX) String householdId,
                    @NotBlank @OneOf(ComplaintCategory.class) String category,
                    @NotBlank @Size(max = SUMMARY_MAX) String summary,
                    @NotNull Instant receivedAt,
                    @Size(min = 1, max = ID_MAX) String receivedBy,
                    @Size(max = ID_MAX) String originalDocumentRef,
                    @Size(max = 100) String complainantName,
                    @Size(max = 40) String complainantPhone) implements OfficeScopedRequest, NamesWhoDidIt {

        @Override
        public Named whoDidIt() {
            return new Named("receivedBy", receivedBy);
        }
    }

    record Verify(@NotBlank @Size(max = TEXT_MAX) String findings,
                  @NotBlank @Size(max = TEXT_MAX) String proposedHandling) {
    }

    record Classify(@NotBlank @OneOf(ComplaintSeverity.class) String severity,
                    @NotBlank @OneOf(Responsibility.class) String responsibility) {
    }

    record DeclareInvalid(@NotBlank @Size(max = TEXT_MAX) String explanation) {
    }

    record DecideHandling(@NotBlank @Size(max = ID_MAX) String department,
                          @NotBlank @Size(max = TEXT_MAX) String handlingMethod) {
    }

    /** {@code due} may be omitted: the office's policy default applies. */
    record Dispatch(@NotBlank @Size(max = ID_MAX) String department,
                    Instant due) {
    }

    record Acknowledge() {
    }

    record FirstReply(@NotBlank @Size(max = TEXT_MAX) String content) {
    }

    record RemedialAction(@NotBlank @Size(max = TEXT_MAX) String description) {
    }

    record CorrectiveAction(@NotBlank @Size(max = TEXT_MAX) String description,
                            @NotNull Instant due) {
    }

    record CompleteCorrectiveAction(@NotBlank @Size(max = TEXT_MAX) String outcome) {
    }

    record Escalate(@NotBlank @OneOf(EscalationLevel.class) String level,
                    @NotBlank @Size(max = TEXT_MAX) String reason) {
    }

    record ReportResult(@NotBlank @Size(max = TEXT_MAX) String result) {
    }

    record Confirm(@NotNull Boolean satisfied,
                   @Size(max = TEXT_MAX) String comment,
                   @NotBlank @Size(max = TEXT_MAX) String directorDecision) {
    }

    record RequestReview(@NotBlank @Size(max = TEXT_MAX) String reason) {
    }

    record FlagRepeat(@NotBlank @Size(max = ID_MAX) String previousComplaintId) {
    }

    /** The answer to a registration. */
    record Registered(String id, String number, long version) {
    }

    /** The answer to a transition: where to read the complaint, and its version for the next If-Match. */
    record Accepted(String id, long version) {
    }
}
