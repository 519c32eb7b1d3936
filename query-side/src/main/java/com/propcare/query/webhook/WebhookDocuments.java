package com.propcare.query.webhook;

import com.propcare.query.webhook.WebhookSubscription.Delivery;
import com.propcare.query.webhook.WebhookSubscription.PauseCause;
import com.propcare.query.webhook.WebhookSubscription.Status;
import org.bson.Document;

import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;

/** The one place a subscription is mapped to and from its stored document. */
final class WebhookDocuments {

    private WebhookDocuments() {
    }

    static Document toDocument(WebhookSubscription subscription) {
        return new Document("_id", subscription.id())
                .append("url", subscription.url())
                .append("description", subscription.description())
                .append("types", List.copyOf(subscription.types()))
                .append("offices", List.copyOf(subscription.offices()))
                .append("secret", subscription.secret())
                .append("status", subscription.status().name())
                .append("pausedCause", subscription.pausedCause() == null ? null : subscription.pausedCause().name())
                .append("pausedReason", subscription.pausedReason())
                .append("pausedAt", date(subscription.pausedAt()))
                .append("position", subscription.position())
                .append("attempts", subscription.attempts())
                .append("nextAttemptAt", date(subscription.nextAttemptAt()))
                .append("owner", subscription.owner())
                .append("leaseUntil", date(subscription.leaseUntil()))
                .append("revision", subscription.revision())
                .append("createdBy", subscription.createdBy())
                .append("createdAt", date(subscription.createdAt()))
                .append("idempotencyKey", subscription.idempotencyKey())
                .append("delivered", subscription.delivered())
                .append("failed", subscription.failed())
                .append("deliveries", subscription.deliveries().stream().map(WebhookDocuments::toDocument).toList());
    }

    static WebhookSubscription fromDocument(Document document) {
        return new WebhookSubscription(
                document.getString("_id"),
                document.getString("url"),
                document.getString("description"),
                new LinkedHashSet<>(document.getList("types", String.class, List.of())),
                new LinkedHashSet<>(document.getList("offices", String.class, List.of())),
                document.getString("secret"),
                Status.valueOf(document.getString("status")),
                document.getString("pausedCause") == null ? null : PauseCause.valueOf(document.getString("pausedCause")),
                document.getString("pausedReason"),
                instant(document, "pausedAt"),
                number(document, "position"),
                (int) number(document, "attempts"),
                instant(document, "nextAttemptAt"),
                document.getString("owner"),
                instant(document, "leaseUntil"),
                number(document, "revision"),
                document.getString("createdBy"),
                instant(document, "createdAt"),
                document.getString("idempotencyKey"),
                number(document, "delivered"),
                number(document, "failed"),
                document.getList("deliveries", Document.class, List.of()).stream()
                        .map(WebhookDocuments::delivery).toList());
    }

    static Document toDocument(Delivery delivery) {
        return new Document("at", date(delivery.at()))
                .append("position", delivery.position())
                .append("status", delivery.status())
                .append("outcome", delivery.outcome())
                .append("latencyMillis", delivery.latencyMillis())
                .append("attempt", delivery.attempt())
                .append("error", delivery.error());
    }

    private static Delivery delivery(Document document) {
        return new Delivery(instant(document, "at"), number(document, "position"), document.getInteger("status"),
                            document.getString("outcome"), number(document, "latencyMillis"),
                            (int) number(document, "attempt"), document.getString("error"));
    }

    static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static Instant instant(Document document, String field) {
        Date date = document.getDate(field);
        return date == null ? null : date.toInstant();
    }

    private static long number(Document document, String field) {
        Number value = document.get(field, Number.class);
        return value == null ? 0 : value.longValue();
    }
}
