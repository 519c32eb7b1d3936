package com.propcare.query.webhook;

import com.mongodb.client.model.Updates;
import com.propcare.access.OfficeHidden;
import com.propcare.access.Role;
import com.propcare.access.StaffUser;
import com.propcare.query.feed.EventSchemas;
import com.propcare.query.ledger.AuditLedger;
import com.propcare.query.support.ResourceNotFound;
import com.propcare.query.support.Unprocessable;
import com.propcare.query.webhook.WebhookRequests.Create;
import com.propcare.query.webhook.WebhookRequests.Created;
import com.propcare.query.webhook.WebhookRequests.WebhookList;
import com.propcare.query.webhook.WebhookRequests.WebhookView;
import com.propcare.query.webhook.WebhookSubscription.PauseCause;
import com.propcare.query.webhook.WebhookSubscription.Status;
import org.springframework.stereotype.Component;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What people do with subscriptions, each checked for who asks: integrators follow their own, administrators all;
 * a subscription names only offices its maker sees, event types the log has, and a target the rules allow.
 */
@Component
class WebhookSubscriptions {

    static final String NOT_FOUND = "WEBHOOK_NOT_FOUND";
    private static final int DESCRIPTION_MAX = 500;

    private final WebhookStore store;
    private final WebhookTargets targets;
    private final EventSchemas schemas;
    private final AuditLedger ledger;
    private final Clock clock;

    WebhookSubscriptions(WebhookStore store, WebhookTargets targets, EventSchemas schemas, AuditLedger ledger,
                         Clock clock) {
        this.store = store;
        this.targets = targets;
        this.schemas = schemas;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** A new subscription from now on, or the one a request with the same key already made. */
    Created subscribe(Create request, StaffUser user, String idempotencyKey) {
        WebhookSubscription subscription = idempotencyKey == null ? null : store.all().stream()
                .filter(s -> user.name().equals(s.createdBy()) && idempotencyKey.equals(s.idempotencyKey()))
                .findFirst().orElse(null);
        if (subscription == null) {
            subscription = checked(request, user, idempotencyKey);
            store.insert(subscription);
        }
        return new Created(view(subscription), subscription.secret());
    }

    WebhookList followedBy(StaffUser user) {
        long head = ledger.head().position();
        List<WebhookView> views = store.all().stream().filter(s -> mayFollow(user, s))
                                       .sorted((a, b) -> a.createdAt().compareTo(b.createdAt()))
                                       .map(s -> WebhookView.of(s, head)).toList();
        return new WebhookList(views, views.size());
    }

    WebhookView one(StaffUser user, String id) {
        return view(followed(user, id));
    }

    WebhookView pause(StaffUser user, String id) {
        followed(user, id);
        store.change(id, Updates.combine(Updates.set("status", Status.PAUSED.name()),
                                         Updates.set("pausedCause", PauseCause.BY_PERSON.name()),
                                         Updates.set("pausedReason", "Paused by " + user.name()),
                                         Updates.set("pausedAt", WebhookDocuments.date(clock.instant()))));
        return one(user, id);
    }

    /** Delivery goes on from the first event not delivered. */
    WebhookView resume(StaffUser user, String id) {
        followed(user, id);
        store.change(id, Updates.combine(Updates.set("status", Status.ACTIVE.name()),
                                         Updates.set("pausedCause", null), Updates.set("pausedReason", null),
                                         Updates.set("pausedAt", null),
                                         Updates.set("attempts", 0), Updates.set("nextAttemptAt", null)));
        return one(user, id);
    }

    WebhookView replay(StaffUser user, String id, Long from) {
        followed(user, id);
        long head = ledger.head().position();
        if (from == null || from < 1 || from > head + 1) {
            throw new Unprocessable("WEBHOOK_REPLAY_OUT_OF_RANGE", "from", "A position of the log, from 1 to "
                    + (head + 1));
        }
        store.change(id, Updates.combine(Updates.set("position", from - 1), Updates.set("attempts", 0),
                                         Updates.set("nextAttemptAt", null)));
        return one(user, id);
    }

    void delete(StaffUser user, String id) {
        followed(user, id);
        store.delete(id);
    }

    private WebhookSubscription checked(Create request, StaffUser user, String idempotencyKey) {
        URI target = targets.check(request.url());
        String description = request.description() == null ? null : request.description().trim();
        if (description != null && description.length() > DESCRIPTION_MAX) {
            throw new Unprocessable("VALIDATION_FAILED", "description", "At most " + DESCRIPTION_MAX + " characters");
        }
        Set<String> types = new LinkedHashSet<>(request.types() == null ? List.of() : request.types());
        types.stream().filter(type -> !schemas.knows(type)).findFirst().ifPresent(type -> {
            throw new Unprocessable("WEBHOOK_EVENT_TYPE_UNKNOWN", "types",
                                    "Event types are listed at /api/events/schemas; unknown: " + type);
        });
        Set<String> offices = new LinkedHashSet<>(request.offices() == null ? List.of() : request.offices());
        offices.stream().filter(office -> !user.sees(office)).findFirst().ifPresent(office -> {
            throw new OfficeHidden("OFFICE", office);
        });
        if (offices.isEmpty() && !user.allOffices()) {
            offices.addAll(user.offices());
        }
        Instant now = clock.instant();
        // from now on: the events already in the log are there to be replayed if wanted
        return new WebhookSubscription("wh-" + UUID.randomUUID(), target.toString(), description, types, offices,
                                       WebhookSignature.newSecret(), Status.ACTIVE, null, null, null,
                                       ledger.head().position(), 0, null, null, null, 0, user.name(), now,
                                       idempotencyKey, 0, 0, List.of());
    }

    private WebhookSubscription followed(StaffUser user, String id) {
        return store.find(id).filter(s -> mayFollow(user, s))
                    .orElseThrow(() -> new ResourceNotFound(NOT_FOUND, "No webhook " + id));
    }

    private WebhookView view(WebhookSubscription subscription) {
        return WebhookView.of(subscription, ledger.head().position());
    }

    private static boolean mayFollow(StaffUser user, WebhookSubscription subscription) {
        return user.roles().contains(Role.ADMIN) || user.name().equals(subscription.createdBy());
    }
}
