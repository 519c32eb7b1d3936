package com.propcare.command.callback;

import com.propcare.command.support.NamesWhoDidIt;
import com.propcare.command.support.OneOf;
import com.propcare.events.callback.CallbackMethod;
import com.propcare.events.callback.CallbackResult;
import com.propcare.events.callback.Signature;
import com.propcare.events.complaint.ComplaintCategory;
import com.propcare.events.workorder.WorkOrderKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;

/**
 * The bodies of the callback command endpoints. Enumerated fields are strings checked by {@link OneOf}, so an
 * unknown value is reported like any other invalid field. Who acts is the signed-in user, never a field of the body.
 */
final class CallbackRequests {

    static final int ID_MAX = 100;
    static final int TEXT_MAX = 4000;
    static final int REPLIES_MAX = 20;

    private CallbackRequests() {
    }

    /**
     * {@code method} and {@code result} are checked by the aggregate, so that a record missing one is refused with
     * the callback's own code; {@code performedAt} may be omitted: the callback happened now. {@code performedBy}
     * names who did the callback when that is not the signed-in user typing it in (a supervisor's visit entered by
     * a clerk); omitted, the signed-in user performed it. The event records both.
     */
    record Record(@OneOf(CallbackMethod.class) String method,
                  Instant performedAt,
                  @Size(min = 1, max = ID_MAX) String performedBy,
                  @NotBlank @Size(max = TEXT_MAX) String content,
                  @Size(max = TEXT_MAX) String problemsFound,
                  @OneOf(CallbackResult.class) String result,
                  @OneOf(Signature.class) String signature,
                  @Size(max = ID_MAX) String recordingRef,
                  @Size(max = REPLIES_MAX) List<@Valid @NotNull PromisedReply> promisedReplies,
                  @Valid Rectification rectification,
                  Instant nextCallbackDue,
                  @Valid NewComplaint newComplaint,
                  @Valid NewWorkOrder newWorkOrder) implements NamesWhoDidIt {

        @Override
        public Named whoDidIt() {
            return new Named("performedBy", performedBy);
        }
    }

    record NewComplaint(@NotNull @OneOf(ComplaintCategory.class) String category,
                        @NotBlank @Size(max = TEXT_MAX) String summary) {
    }

    record NewWorkOrder(@NotNull @OneOf(WorkOrderKind.class) String kind,
                        @NotBlank @Size(max = TEXT_MAX) String description) {
    }

    record PromisedReply(@NotBlank @Size(max = TEXT_MAX) String question,
                         @NotNull Instant replyBy) {
    }

    record Rectification(@NotBlank @Size(max = ID_MAX) String department,
                         @NotNull Instant due,
                         @NotBlank @Size(max = TEXT_MAX) String description) {
    }

    record CompleteFollowUp(@NotBlank @Size(max = TEXT_MAX) String outcome) {
    }

    record SpotCheck(@NotBlank @Size(max = ID_MAX) String checkId,
                     @NotNull Boolean planned,
                     @NotNull Boolean onTime,
                     @NotNull Boolean recordedTruthfully,
                     @Size(max = TEXT_MAX) String findings) {
    }

    record Cancel(@NotBlank @Size(max = TEXT_MAX) String reason) {
    }

    /** The answer to any callback command: its id and its version for the next If-Match. */
    record Accepted(String id, long version) {
    }
}
