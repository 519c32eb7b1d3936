package com.propcare.query.webhook;

import com.propcare.eventstore.ProcessingNode;
import com.propcare.query.feed.CloudEventJson;
import com.propcare.query.ledger.AuditLedger;
import com.propcare.query.ledger.EventFeed;
import com.propcare.query.ledger.FeedEvent;
import com.propcare.query.ledger.FeedFilter;
import com.propcare.query.support.Unprocessable;
import com.propcare.query.webhook.RetryPolicy.Decision;
import com.propcare.query.webhook.RetryPolicy.Delivered;
import com.propcare.query.webhook.RetryPolicy.Pause;
import com.propcare.query.webhook.RetryPolicy.RetryAt;
import com.propcare.query.webhook.WebhookSubscription.Delivery;
import com.propcare.query.webhook.WebhookSubscription.PauseCause;
import com.propcare.query.webhook.WebhookSubscription.Status;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Delivers the log's events to the subscriptions, on every instance without delivering an event twice: each
 * subscription has one owner at a time, which holds a lease it renews while it runs and gives up when it stops;
 * a lease that ran out (an instance that died) is taken over by the next instance that looks. The owner delivers
 * the subscription's events one by one in the log's order, and an event counts as delivered only when the receiver
 * answered 2xx; what a failure means is the {@link RetryPolicy}'s to decide. Each attempt is written (conditionally
 * on still being the owner and on nobody having paused or replayed meanwhile) before the next event is sent, so a
 * crash repeats at most the one event in flight: delivery is at least once, and the event id lets a receiver drop
 * a repeat.
 */
@Component
class WebhookDispatcher implements SmartLifecycle {

    static final String CONTENT_TYPE = "application/cloudevents+json; charset=utf-8";
    private static final Logger LOG = LoggerFactory.getLogger(WebhookDispatcher.class);
    private static final int DELIVERY_THREADS = 4;

    private final WebhookStore store;
    private final EventFeed feed;
    private final CloudEventJson cloudEvents;
    private final WebhookTargets targets;
    private final AuditLedger ledger;
    private final MeterRegistry meters;
    private final Clock clock;
    private final WebhookSettings settings;
    private final RetryPolicy policy;
    private final String node;
    private final HttpClient http;
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    private final Map<String, Long> lags = new ConcurrentHashMap<>();
    private final AtomicInteger paused = new AtomicInteger();
    private final Timer latency;
    private volatile ScheduledExecutorService ticker;
    private volatile ExecutorService deliveries;

    WebhookDispatcher(WebhookStore store, EventFeed feed, CloudEventJson cloudEvents, WebhookTargets targets,
                      AuditLedger ledger, MeterRegistry meters, Clock clock, WebhookSettings settings,
                      ProcessingNode node) {
        this.store = store;
        this.feed = feed;
        this.cloudEvents = cloudEvents;
        this.targets = targets;
        this.ledger = ledger;
        this.meters = meters;
        this.clock = clock;
        this.settings = settings;
        this.policy = new RetryPolicy(settings.maxAttempts(), settings.initialBackoff(), settings.maxBackoff(),
                                      () -> ThreadLocalRandom.current().nextDouble());
        this.node = node.id();
        // redirects are not followed: a receiver must not send events on to where nobody allowed them to go
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout())
                              .followRedirects(HttpClient.Redirect.NEVER).build();
        this.latency = Timer.builder("propcare.webhooks.latency").description("Time a receiver took to answer")
                            .register(meters);
        Gauge.builder("propcare.webhooks.paused", paused, AtomicInteger::get)
             .description("Webhook subscriptions paused, by a person or after failing deliveries").register(meters);
    }

    @Override
    public void start() {
        deliveries = Executors.newFixedThreadPool(DELIVERY_THREADS, runnable -> {
            Thread thread = new Thread(runnable, "webhook-delivery");
            thread.setDaemon(true);
            return thread;
        });
        ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "webhook-dispatch");
            thread.setDaemon(true);
            return thread;
        });
        long every = settings.pollInterval().toMillis();
        ticker.scheduleWithFixedDelay(this::tickSafely, every, every, TimeUnit.MILLISECONDS);
    }

    /** Stops delivering and hands this instance's subscriptions over at once, instead of when their leases run out. */
    @Override
    public void stop() {
        ScheduledExecutorService stoppingTicker = ticker;
        ExecutorService stoppingDeliveries = deliveries;
        ticker = null;
        deliveries = null;
        if (stoppingTicker == null) {
            return;
        }
        stoppingTicker.shutdownNow();
        stoppingDeliveries.shutdown();
        try {
            stoppingDeliveries.awaitTermination(settings.timeout().toMillis() + 1000, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        store.all().stream().filter(subscription -> node.equals(subscription.owner()))
             .forEach(subscription -> store.release(subscription.id(), node));
    }

    @Override
    public boolean isRunning() {
        return ticker != null;
    }

    private void tickSafely() {
        try {
            tick();
        } catch (RuntimeException e) {
            // the store may be briefly unreachable; the next tick tries again, and the leases say who delivers
            LOG.warn("Webhook dispatch round failed: {}", e.toString());
        }
    }

    /** One round: claim or renew leases, and set each owned subscription that is due to deliver. */
    void tick() {
        Instant now = clock.instant();
        List<WebhookSubscription> subscriptions = store.all();
        long head = ledger.head().position();
        paused.set((int) subscriptions.stream().filter(s -> s.status() == Status.PAUSED).count());
        updateLags(subscriptions, head);
        for (WebhookSubscription subscription : subscriptions) {
            String id = subscription.id();
            if (subscription.status() != Status.ACTIVE) {
                if (node.equals(subscription.owner())) {
                    store.release(id, node);
                }
                continue;
            }
            boolean mine = subscription.ownedBy(node, now);
            if (!mine && subscription.claimable(now)) {
                mine = store.claim(subscription, node, now.plus(settings.lease()));
            } else if (mine && Duration.between(now, subscription.leaseUntil())
                                      .compareTo(settings.lease().dividedBy(2)) < 0) {
                mine = store.renew(id, node, now.plus(settings.lease()));
            }
            boolean due = subscription.nextAttemptAt() == null || !subscription.nextAttemptAt().isAfter(now);
            ExecutorService pool = deliveries;
            if (mine && due && subscription.position() < head && pool != null && inFlight.add(id)) {
                pool.execute(() -> {
                    try {
                        deliver(id);
                    } catch (RuntimeException e) {
                        LOG.warn("Delivery to webhook {} stopped: {}", id, e.toString());
                    } finally {
                        inFlight.remove(id);
                    }
                });
            }
        }
    }

    /** Sends the subscription's next events in order until one fails, the log is exhausted or it is not ours. */
    void deliver(String id) {
        WebhookSubscription subscription = store.find(id).orElse(null);
        while (subscription != null && deliverable(subscription)) {
            EventFeed.Read read = feed.next(subscription.position(),
                                            new FeedFilter(subscription.types(), subscription.offices(), null));
            for (FeedEvent event : read.events()) {
                WebhookSubscription next = attempt(subscription, event);
                if (!store.afterAttempt(next, node)) {
                    return;
                }
                subscription = next;
                if (subscription.attempts() > 0 || subscription.status() != Status.ACTIVE) {
                    return;
                }
            }
            if (read.readTo() <= subscription.position()) {
                return;
            }
            WebhookSubscription passedOver = changed(subscription, read.readTo(), 0, null, Status.ACTIVE, null, null,
                                                     null, 0, 0, null);
            if (!store.afterAttempt(passedOver, node)) {
                return;
            }
            subscription = passedOver;
        }
    }

    /** Read afresh: a round may have set it off from an older reading, before its last attempt set the next wait. */
    private boolean deliverable(WebhookSubscription subscription) {
        Instant now = clock.instant();
        return subscription.status() == Status.ACTIVE && subscription.ownedBy(node, now) && deliveries != null
                && (subscription.nextAttemptAt() == null || !subscription.nextAttemptAt().isAfter(now));
    }

    private WebhookSubscription attempt(WebhookSubscription subscription, FeedEvent event) {
        long position = event.entry().position();
        byte[] body = cloudEvents.write(event);
        Instant sentAt = clock.instant();
        Integer status = null;
        String error = null;
        String retryAfter = null;
        long started = System.nanoTime();
        try {
            URI target = targets.check(subscription.url());
            String messageId = Long.toString(position);
            long timestamp = sentAt.getEpochSecond();
            HttpRequest request = HttpRequest.newBuilder(target).timeout(settings.timeout())
                    .header("Content-Type", CONTENT_TYPE)
                    .header("webhook-id", messageId)
                    .header("webhook-timestamp", Long.toString(timestamp))
                    .header("webhook-signature", WebhookSignature.sign(subscription.secret(), messageId, timestamp, body))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            status = response.statusCode();
            retryAfter = response.headers().firstValue("Retry-After").orElse(null);
        } catch (Unprocessable refused) {
            // the target was allowed when the subscription was made; now its name points somewhere it may not go
            return paused(subscription, position, sentAt, PauseCause.TARGET_NOT_ALLOWED,
                          "The target is no longer allowed: " + refused.getMessage());
        } catch (HttpTimeoutException e) {
            error = "timed out after " + settings.timeout().toMillis() + " ms";
        } catch (IOException e) {
            error = "could not be reached (" + e.getClass().getSimpleName() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "was interrupted by this instance stopping";
        }
        long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        latency.record(Duration.ofMillis(millis));
        int attempts = subscription.attempts() + 1;
        Decision decision = policy.decide(status, error, attempts, retryAfter, clock.instant());
        if (decision instanceof Delivered) {
            count(subscription.id(), "delivered");
            return changed(subscription, position, 0, null, Status.ACTIVE, null, null, null, 1, 0,
                           new Delivery(sentAt, position, status, "DELIVERED", millis, attempts, null));
        }
        count(subscription.id(), "failed");
        if (decision instanceof RetryAt retry) {
            return changed(subscription, subscription.position(), attempts, retry.at(), Status.ACTIVE, null, null,
                           null, 0, 1, new Delivery(sentAt, position, status, "RETRYING", millis, attempts, error));
        }
        Pause pause = (Pause) decision;
        LOG.warn("Webhook {} paused: {}", subscription.id(), pause.reason());
        return changed(subscription, subscription.position(), attempts, null, Status.PAUSED, pause.cause(),
                       pause.reason(), sentAt, 0, 1,
                       new Delivery(sentAt, position, status, "PAUSED", millis, attempts, error));
    }

    private WebhookSubscription paused(WebhookSubscription subscription, long position, Instant at, PauseCause cause,
                                       String reason) {
        count(subscription.id(), "failed");
        LOG.warn("Webhook {} paused: {}", subscription.id(), reason);
        return changed(subscription, subscription.position(), subscription.attempts() + 1, null, Status.PAUSED,
                       cause, reason, at, 0, 1, new Delivery(at, position, null, "PAUSED", 0, subscription.attempts() + 1,
                                                      reason));
    }

    private WebhookSubscription changed(WebhookSubscription s, long position, int attempts, Instant nextAttemptAt,
                                        Status status, PauseCause pausedCause, String pausedReason,
                                        Instant pausedAt, long delivered, long failed, Delivery delivery) {
        List<Delivery> log = new ArrayList<>();
        if (delivery != null) {
            log.add(delivery);
        }
        s.deliveries().stream().limit(Math.max(0, settings.deliveryLogSize() - log.size())).forEach(log::add);
        return new WebhookSubscription(s.id(), s.url(), s.description(), s.types(), s.offices(), s.secret(), status,
                                       pausedCause, pausedReason, pausedAt, position, attempts, nextAttemptAt, s.owner(),
                                       s.leaseUntil(), s.revision(), s.createdBy(), s.createdAt(), s.idempotencyKey(),
                                       s.delivered() + delivered, s.failed() + failed, log);
    }

    private void count(String subscription, String outcome) {
        Counter.builder("propcare.webhooks.deliveries").description("Webhook delivery attempts by outcome")
               .tag("subscription", subscription).tag("outcome", outcome).register(meters).increment();
    }

    /** Events of the log not yet delivered to each subscription (events it does not want included). */
    private void updateLags(List<WebhookSubscription> subscriptions, long head) {
        Set<String> present = ConcurrentHashMap.newKeySet();
        for (WebhookSubscription subscription : subscriptions) {
            present.add(subscription.id());
            if (lags.put(subscription.id(), Math.max(0, head - subscription.position())) == null) {
                Gauge.builder("propcare.webhooks.lag", lags, all -> all.getOrDefault(subscription.id(), 0L))
                     .description("Events of the log after the last one delivered to the subscription")
                     .tag("subscription", subscription.id()).register(meters);
            }
        }
        lags.keySet().removeIf(id -> {
            if (present.contains(id)) {
                return false;
            }
            meters.find("propcare.webhooks.lag").tag("subscription", id).meters().forEach(meters::remove);
            return true;
        });
    }
}
