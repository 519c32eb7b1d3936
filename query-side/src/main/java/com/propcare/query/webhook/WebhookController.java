package com.propcare.query.webhook;

import com.propcare.access.OfficeAccess;
import com.propcare.access.StaffUser;
import com.propcare.query.webhook.WebhookRequests.Create;
import com.propcare.query.webhook.WebhookRequests.Created;
import com.propcare.query.webhook.WebhookRequests.Replay;
import com.propcare.query.webhook.WebhookRequests.WebhookList;
import com.propcare.query.webhook.WebhookRequests.WebhookView;
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
import java.util.function.Function;

/**
 * Webhook subscriptions, made and followed by integrators (their own) and administrators (all): the receiver's
 * URL, the event types and offices wanted; pause, resume where delivery stopped, or replay from a position.
 */
@RestController
@RequestMapping("/api/webhooks")
@Tag(name = "Webhooks", description = "Signed pushes of the log's events to a receiver, retried until taken")
class WebhookController {

    private final WebhookSubscriptions subscriptions;
    private final OfficeAccess access;

    WebhookController(WebhookSubscriptions subscriptions, OfficeAccess access) {
        this.subscriptions = subscriptions;
        this.access = access;
    }

    @PostMapping
    @Operation(summary = "Subscribe a receiver: events from now on, signed with the secret answered here (once)")
    Mono<ResponseEntity<Created>> create(@RequestBody Create request,
                                         @Parameter(description = "Makes a retried request answer the subscription "
                                                 + "the first one made") @RequestHeader(value = "Idempotency-Key",
                                                 required = false) String idempotencyKey) {
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.trim();
        return asUser(user -> {
            Created created = subscriptions.subscribe(request, user, key);
            return ResponseEntity.created(URI.create("/api/webhooks/" + created.webhook().id())).body(created);
        });
    }

    @GetMapping
    @Operation(summary = "The subscriptions the caller may follow: an integrator's own, every one for administrators")
    Mono<WebhookList> list() {
        return asUser(subscriptions::followedBy);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One subscription: where delivery stands, why it paused, and its latest attempts")
    Mono<WebhookView> one(@PathVariable String id) {
        return asUser(user -> subscriptions.one(user, id));
    }

    @PostMapping("/{id}/pause")
    @Operation(summary = "Stop delivering until resumed; nothing is skipped")
    Mono<WebhookView> pause(@PathVariable String id) {
        return asUser(user -> subscriptions.pause(user, id));
    }

    @PostMapping("/{id}/resume")
    @Operation(summary = "Deliver again, from the first event not delivered")
    Mono<WebhookView> resume(@PathVariable String id) {
        return asUser(user -> subscriptions.resume(user, id));
    }

    @PostMapping("/{id}/replay")
    @Operation(summary = "Deliver again from a position of the log (from=1: everything), then go on")
    Mono<WebhookView> replay(@PathVariable String id, @RequestBody Replay request) {
        return asUser(user -> subscriptions.replay(user, id, request.from()));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Stop and forget the subscription")
    Mono<ResponseEntity<Void>> delete(@PathVariable String id) {
        return asUser(user -> {
            subscriptions.delete(user, id);
            return ResponseEntity.noContent().<Void>build();
        });
    }

    /** The store is read and written off the event loop, as the signed-in user. */
    private <T> Mono<T> asUser(Function<StaffUser, T> action) {
        return access.currentUser().flatMap(user -> Mono.fromCallable(() -> action.apply(user))
                                                        .subscribeOn(Schedulers.boundedElastic()));
    }
}
