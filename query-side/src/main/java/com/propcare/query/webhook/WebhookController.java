package com.propcare.query.webhook;

import com.mongodb.client.model.Updates;
import com.propcare.access.OfficeAccess;
import com.propcare.access.OfficeHidden;
import com.propcare.access.Role;
import com.propcare.access.StaffUser;
import com.propcare.query.audit.AuditLedger;
import com.propcare.query.feed.EventSchemas;
import com.propcare.query.support.ResourceNotFound;
import com.propcare.query.support.Unprocessable;
import com.propcare.query.webhook.WebhookRequests.Create;
import com.propcare.query.webhook.WebhookRequests.Created;
import com.propcare.query.webhook.WebhookRequests.Replay;
import com.propcare.query.webhook.WebhookRequests.WebhookList;
import com.propcare.query.webhook.WebhookRequests.WebhookView;
import com.propcare.query.webhook.WebhookSubscription.Status;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * Webhook subscriptions, made and followed by integrators (their own) and administrators (all): the receiver's
 * URL, the event types and offices wanted; pause, resume where delivery stopped, or replay from a position.
 */
@RestController
@RequestMapping("/api/webhooks")
@Tag(name = "Webhooks", description = "Signed pushes of the log's events to a receiver, retried until taken")
class WebhookController {

    static final String NOT_FOUND = "WEBHOOK_NOT_FOUND";
    private static final int DESCRIPTION_MAX = 500;

    private final WebhookStore store;
    private final WebhookTargets targets;
    private final EventSchemas schemas;
    private final AuditLedger ledger;
    private final OfficeAccess access;
    private final Clock clock;

    WebhookController(WebhookStore store, WebhookTargets targets, EventSchemas schemas, AuditLedger ledger,
                      OfficeAccess access, Clock clock) {
        this.store = store;
        this.targets = targets;
        this.schemas = schemas;
        this.ledger = ledger;
        this.access = access;
        this.clock = clock;
    }

    @PostMapping
    @Operation(summary = "Subscribe a receiver: events from now on, signed with the secret answered here (once)")
    Mono<ResponseEntity<Created>> create(@RequestBody Create request,
                                         @Parameter(description = "Makes a retried request answer the subscription "
                                                 + "the first one made") @RequestHeader(value = "Idempotency-Key",
                                                 required = false) String idempotencyKey) {
        return access.currentUser().flatMap(user -> blocking(() -> {
            String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.trim();
            WebhookSubscription subscription = key == null ? null : store.all().stream()
                    .filter(s -> user.name().equals(s.createdBy()) && key.equals(s.idempotencyKey()))
                    .findFirst().orElse(null);
            if (subscription == null) {
                subscription = subscribe(request, user, key);
                store.insert(subscription);
            }
            return ResponseEntity.created(URI.create("/api/webhooks/" + subscription.id()))
                                 .body(new Created(view(subscription), subscription.secret()));
        }));
    }

    @GetMapping
    @Operation(summary = "The subscriptions the caller may follow: an integrator's own, every one for administrators")
    Mono<WebhookList> list() {
        return access.currentUser().flatMap(user -> blocking(() -> {
            long head = ledger.head().position();
            List<WebhookView> views = store.all().stream().filter(s -> mayFollow(user, s))
                                           .sorted((a, b) -> a.createdAt().compareTo(b.createdAt()))
                                           .map(s -> WebhookView.of(s, head)).toList();
            return new WebhookList(views, views.size());
        }));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One subscription: where delivery stands, why it paused, and its latest attempts")
    Mono<WebhookView> one(@PathVariable String id) {
        return followed(id, this::view);
    }

    @PostMapping("/{id}/pause")
    @Operation(summary = "Stop delivering until resumed; nothing is skipped")
    Mono<WebhookView> pause(@PathVariable String id) {
        return followed(id, subscription -> {
            store.change(id, Updates.combine(Updates.set("status", Status.PAUSED.name()),
                                             Updates.set("pausedReason", "Paused by a person"),
                                             Updates.set("pausedAt", WebhookDocuments.date(clock.instant()))));
            return current(id);
        });
    }

    @PostMapping("/{id}/resume")
    @Operation(summary = "Deliver again, from the first event not delivered")
    Mono<WebhookView> resume(@PathVariable String id) {
        return followed(id, subscription -> {
            store.change(id, Updates.combine(Updates.set("status", Status.ACTIVE.name()),
                                             Updates.set("pausedReason", null), Updates.set("pausedAt", null),
                                             Updates.set("attempts", 0), Updates.set("nextAttemptAt", null)));
            return current(id);
        });
    }

    @PostMapping("/{id}/replay")
    @Operation(summary = "Deliver again from a position of the log (from=1: everything), then go on")
    Mono<WebhookView> replay(@PathVariable String id, @RequestBody Replay request) {
        return followed(id, subscription -> {
            long head = ledger.head().position();
            if (request.from() == null || request.from() < 1 || request.from() > head + 1) {
                throw new Unprocessable("WEBHOOK_REPLAY_OUT_OF_RANGE", "from",
                                        "A position of the log, from 1 to " + (head + 1));
            }
            store.change(id, Updates.combine(Updates.set("position", request.from() - 1),
                                             Updates.set("attempts", 0), Updates.set("nextAttemptAt", null)));
            return current(id);
        });
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Stop and forget the subscription")
    Mono<ResponseEntity<Void>> delete(@PathVariable String id) {
        return followed(id, subscription -> {
            store.delete(id);
            return ResponseEntity.noContent().<Void>build();
        });
    }

    private WebhookSubscription subscribe(Create request, StaffUser user, String key) {
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
                                       WebhookSignature.newSecret(), Status.ACTIVE, null, null,
                                       ledger.head().position(), 0, null, null, null, 0, user.name(), now, key, 0, 0,
                                       List.of());
    }

    private <T> Mono<T> followed(String id, Function<WebhookSubscription, T> action) {
        return access.currentUser().flatMap(user -> blocking(() -> {
            WebhookSubscription subscription = store.find(id).filter(s -> mayFollow(user, s))
                    .orElseThrow(() -> new ResourceNotFound(NOT_FOUND, "No webhook " + id));
            return action.apply(subscription);
        }));
    }

    private WebhookView current(String id) {
        return store.find(id).map(this::view).orElseThrow(() -> new ResourceNotFound(NOT_FOUND, "No webhook " + id));
    }

    private WebhookView view(WebhookSubscription subscription) {
        return WebhookView.of(subscription, ledger.head().position());
    }

    private static boolean mayFollow(StaffUser user, WebhookSubscription subscription) {
        return user.roles().contains(Role.ADMIN) || user.name().equals(subscription.createdBy());
    }

    private static <T> Mono<T> blocking(Callable<T> work) {
        return Mono.fromCallable(work).subscribeOn(Schedulers.boundedElastic());
    }
}
