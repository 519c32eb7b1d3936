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
 * sign-out) or every token of an account issued before a moment ({@code account:<name>}, after an admin's
 * revocation or a password change). One lookup by exact keys per request made with a token.
 */
public class SessionRevocations {

    static final String COLLECTION = "session_revocations";
    private static final String TOKEN = "token:";
    private static final String ACCOUNT = "account:";

    private final MongoCollection<Document> revocations;

    public SessionRevocations(MongoDatabase database) {
        this.revocations = database.getCollection(COLLECTION);
    }

    /** Whether the token (its id may be null for tokens without one) of {@code account}, issued then, has ended. */
    public boolean revoked(String tokenId, String account, Instant issuedAt) {
        List<String> keys = tokenId == null ? List.of(ACCOUNT + account) : List.of(TOKEN + tokenId, ACCOUNT + account);
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

    /** Ends every token of the account issued before {@code at}. */
    public void revokeAccount(String account, Instant at, String reason) {
        revocations.replaceOne(Filters.eq("_id", ACCOUNT + account),
                               new Document("_id", ACCOUNT + account).append("kind", "account")
                                                                     .append("notBefore", Date.from(at))
                                                                     .append("reason", reason),
                               new ReplaceOptions().upsert(true));
    }
}
