package com.propcare.eventstore.deadletter;

import java.time.Instant;

/**
 * An automatic reaction or read model that failed on an event and keeps it until it is handled: one per processing
 * group and sequence (the aggregate the event belongs to). Later events of the same aggregate wait behind it, so
 * they are handled in order once it succeeds.
 *
 * @param processingGroup  the reaction or read model, e.g. {@code callback-triggers}, {@code complaint-views}
 * @param sequence         the aggregate whose events wait
 * @param officeId         the office the aggregate belongs to; null when its events name none
 * @param eventType        the event that failed, by simple name
 * @param eventId          the failed event's message id
 * @param cause            what failed, in the words of the refusal or error
 * @param causeType        the refusal's or error's type
 * @param failedAt         when it first failed
 * @param lastAttemptAt    the latest attempt, the first included
 * @param attempts         attempts so far, the first included
 * @param waitingEvents    events kept in this sequence, the failed one included
 * @param retryRequestedAt a retry requested through the API that the processing instance has not made yet
 */
public record FailedReaction(String processingGroup, String sequence, String officeId, String eventType,
                             String eventId, String cause, String causeType, Instant failedAt, Instant lastAttemptAt,
                             int attempts, long waitingEvents, Instant retryRequestedAt) {
}
