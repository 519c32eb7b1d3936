package com.propcare.access;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;

/**
 * Local passwords of accounts, for offices that sign in without an identity provider: one document per account
 * ({@code _id} = account name) with the password's hash, set and reset by an admin or changed by its owner. Never
 * in the event log: a password is not a fact of the office's record, and a hash there could never be removed.
 */
public class LocalPasswords {

    static final String COLLECTION = "account_passwords";

    private final MongoCollection<Document> passwords;

    public LocalPasswords(MongoDatabase database) {
        this.passwords = database.getCollection(COLLECTION);
    }

    /** The stored hash, with its encoder prefix ({@code {bcrypt}…}). */
    public Optional<String> hashOf(String account) {
        Document entry = passwords.find(Filters.eq("_id", account)).first();
        return entry == null ? Optional.empty() : Optional.ofNullable(entry.getString("hash"));
    }

    public void set(String account, String hash, Instant at, String by) {
        passwords.replaceOne(Filters.eq("_id", account),
                             new Document("_id", account).append("hash", hash).append("changedAt", Date.from(at))
                                                         .append("changedBy", by),
                             new ReplaceOptions().upsert(true));
    }
}
