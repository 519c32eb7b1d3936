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
 */
@Component
public class IdempotencyKeys {

    private static final int DUPLICATE_KEY = 11000;

    private final MongoCollection<Document> keys;
    private final Clock clock;
    private final Duration retention;

    IdempotencyKeys(MongoDatabase database, Clock clock,
                    @Value("${propcare.idempotency.retention:P1D}") Duration retention) {
        this.keys = database.getCollection("idempotency_keys");
        this.clock = clock;
        this.retention = retention;
        keys.createIndex(Indexes.ascending("createdAt"),
                         new IndexOptions().name("idempotency_ttl").expireAfter(retention.toSeconds(), TimeUnit.SECONDS));
    }

    /** The outcome of trying to claim a key. */
    public sealed interface Claim {
        record Claimed() implements Claim {
        }

        record AlreadyCompleted(StoredResponse response) implements Claim {
        }

        record InProgress() implements Claim {
        }

        record UsedForAnotherRequest() implements Claim {
        }
    }

    /** A response as it was sent the first time. */
    public record StoredResponse(int status, String location, String etag, String body) {
    }

    public Claim claim(String key, String fingerprint) {
        Instant now = clock.instant();
        try {
            keys.insertOne(new Document("_id", key).append("fingerprint", fingerprint)
                                                   .append("createdAt", Date.from(now)));
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
                                                  response.getString("etag"), response.getString("body"))))
                       .orElseGet(Claim.InProgress::new);
    }

    public void complete(String key, StoredResponse response) {
        keys.updateOne(Filters.eq("_id", key),
                       Updates.set("response", new Document("status", response.status())
                               .append("location", response.location())
                               .append("etag", response.etag())
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
