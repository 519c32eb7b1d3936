package com.propcare.command.support;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Remembers command requests by their {@code Idempotency-Key}: the first request claims the key, its response is
 * stored, and a retry with the same key and the same request gets that response back without a second event.
 * Keys are kept for a configurable time (a TTL index removes them on MongoDB; the age check here covers servers
 * without TTL support).
 * <p>
 * A claim left without a response for longer than {@code propcare.idempotency.abandon-after} belongs to a request
 * whose process died: the next retry takes it over ({@link Claim.Recovered}). Whether that request's command was
 * stored is unknown here; creations therefore derive their aggregate id from the key (see
 * {@link CommandExecutor#create}), so that a second attempt meets the first one's events instead of repeating them.
 */
@Component
public class IdempotencyKeys {

    private static final int DUPLICATE_KEY = 11000;

    private final MongoCollection<Document> keys;
    private final Clock clock;
    private final Duration retention;
    private final Duration abandonAfter;

    IdempotencyKeys(MongoDatabase database, Clock clock,
                    @Value("${propcare.idempotency.retention:P1D}") Duration retention,
                    @Value("${propcare.idempotency.abandon-after:PT30S}") Duration abandonAfter) {
        this.keys = database.getCollection("idempotency_keys");
        this.clock = clock;
        this.retention = retention;
        this.abandonAfter = abandonAfter;
        keys.createIndex(Indexes.ascending("createdAt"),
                         new IndexOptions().name("idempotency_ttl").expireAfter(retention.toSeconds(), TimeUnit.SECONDS));
    }

    /** The outcome of trying to claim a key. */
    public sealed interface Claim {
        record Claimed() implements Claim {
        }

        /** An abandoned claim taken over: the first attempt may or may not have stored its command. */
        record Recovered() implements Claim {
        }

        record AlreadyCompleted(StoredResponse response) implements Claim {
        }

        record InProgress() implements Claim {
        }

        record UsedForAnotherRequest() implements Claim {
        }
    }

    /** A response as it was sent the first time. */
    /** @param logPosition the log position of the command's last event; null when it stored none */
    public record StoredResponse(int status, String location, String etag, Long logPosition, String body) {
    }

    public Claim claim(String key, String fingerprint) {
        Instant now = clock.instant();
        try {
            keys.insertOne(new Document("_id", key).append("fingerprint", fingerprint)
                                                   .append("createdAt", Date.from(now))
                                                   .append("claimedAt", Date.from(now)));
            return new Claim.Claimed();
        } catch (MongoWriteException e) {
            if (e.getError().getCode() != DUPLICATE_KEY) {
                throw e;
            }
        }
        Document existing = keys.find(Filters.eq("_id", key)).first();
        if (existing == null || expired(existing, now)) {
            if (existing != null) {
                keys.deleteOne(Filters.and(Filters.eq("_id", key), Filters.eq("createdAt", existing.get("createdAt"))));
            }
            return claim(key, fingerprint);
        }
        if (!fingerprint.equals(existing.getString("fingerprint"))) {
            return new Claim.UsedForAnotherRequest();
        }
        return Optional.ofNullable(existing.get("response", Document.class))
                       .<Claim>map(response -> new Claim.AlreadyCompleted(
                               new StoredResponse(response.getInteger("status"), response.getString("location"),
                                                  response.getString("etag"), response.getLong("logPosition"),
                                                  response.getString("body"))))
                       .orElseGet(() -> abandoned(existing, now) ? takeOver(key, existing, now)
                                                                 : new Claim.InProgress());
    }

    private boolean abandoned(Document claim, Instant now) {
        Date claimedAt = claim.getDate("claimedAt") != null ? claim.getDate("claimedAt") : claim.getDate("createdAt");
        return claimedAt.toInstant().plus(abandonAfter).isBefore(now);
    }

    /** Only one retry wins the takeover: the update names the claim time it saw. */
    private Claim takeOver(String key, Document claim, Instant now) {
        Object seen = claim.get("claimedAt");
        long taken = keys.updateOne(Filters.and(Filters.eq("_id", key), Filters.eq("claimedAt", seen),
                                                Filters.exists("response", false)),
                                    Updates.set("claimedAt", Date.from(now))).getModifiedCount();
        return taken == 1 ? new Claim.Recovered() : new Claim.InProgress();
    }

    public void complete(String key, StoredResponse response) {
        keys.updateOne(Filters.eq("_id", key),
                       Updates.set("response", new Document("status", response.status())
                               .append("location", response.location())
                               .append("etag", response.etag())
                               .append("logPosition", response.logPosition())
                               .append("body", response.body())));
    }

    /** The request failed: let a retry with the same key try again. */
    public void release(String key) {
        keys.deleteOne(Filters.and(Filters.eq("_id", key), Filters.exists("response", false)));
    }

    private boolean expired(Document existing, Instant now) {
        return existing.getDate("createdAt").toInstant().plus(retention).isBefore(now);
    }
}
