package com.propcare.command.callback;

import com.propcare.events.DepartmentId;
import com.propcare.events.StaffId;
import com.propcare.events.callback.CallbackId;
import com.propcare.events.callback.CallbackMethod;
import com.propcare.events.callback.CallbackResult;
import com.propcare.events.callback.RaisedComplaint;
import com.propcare.events.callback.RaisedWorkOrder;
import com.propcare.events.callback.Signature;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;
import java.util.List;

/**
 * Records a callback as performed [001 客户回访管理规定]: when and by whom, how, what was said, the problems found and
 * the household's verdict. Questions not answered on the spot carry the reply time promised to the resident; a
 * problem that cannot be solved at once gets a rectification for a department and, optionally, a next-callback
 * date. {@code recordedAt}/{@code recordedBy} stamp the entry, which may come later than the callback itself.
 *
 * @param signature    null means not asked for ({@link Signature#NOT_REQUIRED})
 * @param rectification null when no problem needs one
 * @param newComplaint  a complaint the household made during the callback, registered from it; may be null
 * @param newWorkOrder  a work order opened from the callback's findings; may be null
 */
public record RecordCallback(@TargetAggregateIdentifier CallbackId callbackId,
                             @TargetAggregateVersion Long expectedVersion, CallbackMethod method, Instant performedAt,
                             StaffId performedBy, String content, String problemsFound, CallbackResult result,
                             Signature signature, String recordingRef, List<PromisedReply> promisedReplies,
                             Rectification rectification, Instant nextCallbackDue, Instant recordedAt,
                             StaffId recordedBy, RaisedComplaint newComplaint, RaisedWorkOrder newWorkOrder) {

    public RecordCallback {
        promisedReplies = promisedReplies == null ? List.of() : List.copyOf(promisedReplies);
    }

    /** A question the performer could not answer on the spot, and by when the resident was promised a reply. */
    public record PromisedReply(String question, Instant replyBy) {
    }

    /** A problem that cannot be solved at once: which department rectifies it, by when, and what. */
    public record Rectification(DepartmentId department, Instant due, String description) {
    }
}
