package com.propcare.eventstore;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import org.bson.Document;

/**
 * A counter document incremented with {@code $inc}. The value *before* the increment is used: the embedded server
 * hands back a private copy of the old document but shares the live one for "after" under concurrency, so only
 * "before" is reliable on both servers. The unique index on event positions still backs every block.
 */
public final class MongoPositionCounter implements PositionCounter {

    private static final String COUNTER_ID = "global";
    private static final int DUPLICATE_KEY = 11000;

    private final MongoCollection<Document> counters;

    public MongoPositionCounter(MongoCollection<Document> counters) {
        this.counters = counters;
    }

    @Override
    public long reserve(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be positive");
        }
        FindOneAndUpdateOptions options = new FindOneAndUpdateOptions().upsert(true)
                                                                       .returnDocument(ReturnDocument.BEFORE);
        while (true) {
            try {
                Document before = counters.findOneAndUpdate(Filters.eq("_id", COUNTER_ID),
                                                            Updates.inc("value", (long) count), options);
                return valueOf(before) + 1;
            } catch (MongoWriteException e) {
                // two first-ever upserts raced on a real MongoDB; the loser simply increments the winner's document
                if (e.getError().getCode() != DUPLICATE_KEY) {
                    throw e;
                }
            }
        }
    }

    @Override
    public long highestReserved() {
        return valueOf(counters.find(Filters.eq("_id", COUNTER_ID)).first());
    }

    private static long valueOf(Document counter) {
        return counter == null ? 0L : counter.get("value", Number.class).longValue();
    }
}
