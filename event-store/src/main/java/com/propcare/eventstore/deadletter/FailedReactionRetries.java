package com.propcare.eventstore.deadletter;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Failed reactions are retried without anyone asking, so that one whose cause was fixed (a missing reference added,
 * a store back) is handled: every {@code propcare.dead-letters.retry-interval}. Retries asked for through another
 * instance are taken up every {@code propcare.dead-letters.request-poll-interval}.
 */
class FailedReactionRetries {

    private static final Logger LOG = LoggerFactory.getLogger(FailedReactionRetries.class);

    private final FailedReactions failedReactions;

    FailedReactionRetries(FailedReactions failedReactions) {
        this.failedReactions = failedReactions;
    }

    @Scheduled(fixedDelayString = "${propcare.dead-letters.retry-interval:PT5M}",
               initialDelayString = "${propcare.dead-letters.retry-interval:PT5M}")
    void retryAll() {
        int handled = failedReactions.retryAllHere();
        if (handled > 0) {
            LOG.info("{} failed reactions were handled on retry", handled);
        }
    }

    @Scheduled(fixedDelayString = "${propcare.dead-letters.request-poll-interval:PT5S}",
               initialDelayString = "${propcare.dead-letters.request-poll-interval:PT5S}")
    void retryRequested() {
        failedReactions.retryRequestedHere();
    }
}
