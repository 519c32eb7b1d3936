package com.propcare.events.callback;

import com.propcare.events.OfficeId;
import com.propcare.events.PolicyVersion;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A callback record created a commitment with its own due time.
 *
 * @param itemId   unique within the callback, e.g. {@code reply-1}, {@code notice}, {@code rectification}
 * @param assignee who owes it: a staff id, a department id, or null (the office)
 * @param policy   the policy version that set the due time; null when the performer set it (a promised time)
 */
@Revision("1")
public record FollowUpScheduled(CallbackId callbackId, OfficeId officeId, String itemId, FollowUpType type,
                                String description, String assignee, Instant due, PolicyVersion policy,
                                Instant scheduledAt) implements CallbackEvent {
}
