package com.propcare.query.webhook;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;

/** How deliveries are paced and retried; see the configuration reference. */
@Component
record WebhookSettings(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration timeout,
                       Duration lease, Duration pollInterval, int deliveryLogSize) {

    WebhookSettings(@Value("${propcare.webhooks.max-attempts:8}") int maxAttempts,
                    @Value("${propcare.webhooks.initial-backoff:PT1S}") Duration initialBackoff,
                    @Value("${propcare.webhooks.max-backoff:PT10M}") Duration maxBackoff,
                    @Value("${propcare.webhooks.timeout:PT10S}") Duration timeout,
                    @Value("${propcare.webhooks.lease:PT15S}") Duration lease,
                    @Value("${propcare.webhooks.poll-interval:PT0.5S}") Duration pollInterval,
                    @Value("${propcare.webhooks.delivery-log-size:50}") int deliveryLogSize) {
        this.maxAttempts = maxAttempts;
        this.initialBackoff = initialBackoff;
        this.maxBackoff = maxBackoff;
        this.timeout = timeout;
        this.lease = lease;
        this.pollInterval = pollInterval;
        this.deliveryLogSize = deliveryLogSize;
    }
}
