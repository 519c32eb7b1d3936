package com.propcare.access;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;

import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * Ended sign-ins, in the store so that every instance refuses them: a single token ({@code token:<id>}, after a
 * sign-out), every sign-in token of an account issued before a moment ({@code sessions:<name>}, after a password
 * change), or every token of an account, the identity provider's included ({@code account:<name>}, after an admin's
 * revocation). One lookup by exact keys per request made with a token.
 */
public class SessionRevocations {

    static final String COLLECTION = "session_revocations";
    private static final String TOKEN = "token:";
    private static final String ACCOUNT = "account:";
    private static final String SESSIONS = "sessions:";

    private final MongoCollection<Document> revocations;

    public SessionRevocations(MongoDatabase database) {
        this.revocations = database.getCollection(COLLECTION);
    }

    /** Whether one of our sign-in tokens of {@code account}, issued then, has ended. */
    public boolean revoked(String tokenId, String account, Instant issuedAt) {
        return revoked(List.of(TOKEN + tokenId, SESSIONS + account, ACCOUNT + account), issuedAt);
    }

    /** Whether the identity provider's token of {@code account}, issued then, was revoked by an admin. */
    public boolean revokedForProvider(String account, Instant issuedAt) {
        return revoked(List.of(ACCOUNT + account), issuedAt);
    }

    private boolean revoked(List<String> keys, Instant issuedAt) {
        for (Document entry : revocations.find(Filters.in("_id", keys))) {
            if (entry.getString("_id").startsWith(TOKEN)) {
                return true;
            }
            Date notBefore = entry.getDate("notBefore");
            if (issuedAt == null || issuedAt.isBefore(notBefore.toInstant())) {
                return true;
            }
        }
        return false;
    }

    /** Ends one token; kept until it would have expired anyway. */
    public void revokeToken(String tokenId, Instant expiresAt, Instant at) {
        revocations.deleteMany(Filters.and(Filters.eq("kind", "token"), Filters.lt("until", Date.from(at))));
        revocations.replaceOne(Filters.eq("_id", TOKEN + tokenId),
                               new Document("_id", TOKEN + tokenId).append("kind", "token")
                                                                   .append("until", Date.from(expiresAt)),
                               new ReplaceOptions().upsert(true));
    }

    /** Ends every sign-in token of the account issued before {@code at} (a password change). */
    public void revokeSessions(String account, Instant at, String reason) {
        floor(SESSIONS + account, "sessions", at, reason);
    }

    /** Ends every token of the account issued before {@code at}, the identity provider's included. */
    public void revokeAccount(String account, Instant at, String reason) {
        floor(ACCOUNT + account, "account", at, reason);
    }

    private void floor(String key, String kind, Instant notBefore, String reason) {
        revocations.replaceOne(Filters.eq("_id", key),
                               new Document("_id", key).append("kind", kind).append("notBefore", Date.from(notBefore))
                                                       .append("reason", reason),
                               new ReplaceOptions().upsert(true));
    }
}
