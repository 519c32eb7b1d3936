package com.propcare.command.complaint;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import com.propcare.events.OfficeId;
import com.propcare.events.complaint.ComplaintNumber;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Year;

/**
 * Numbers like {@code TS-2026-000042}: one counter document per office and year, incremented with {@code $inc}.
 * The value from <em>before</em> the increment is used, because the embedded server returns a private copy of the
 * old document but may share the live one for "after" under concurrency; "before" is atomic on both servers.
 */
@Component
public class MongoComplaintNumbers implements ComplaintNumbers {

    static final String COLLECTION = "complaint_number_counters";
    private static final int DUPLICATE_KEY = 11000;
    private static final FindOneAndUpdateOptions INCREMENT = new FindOneAndUpdateOptions()
            .upsert(true)
            .returnDocument(ReturnDocument.BEFORE);

    private final MongoCollection<Document> counters;
    private final String prefix;

    public MongoComplaintNumbers(MongoDatabase database,
                                 @Value("${propcare.complaints.number-prefix:TS}") String prefix) {
        this.counters = database.getCollection(COLLECTION);
        this.prefix = prefix;
    }

    @Override
    public ComplaintNumber next(OfficeId office, Year year) {
        long sequence = increment(office.value() + ":" + year.getValue()) + 1;
        return new ComplaintNumber(String.format("%s-%d-%06d", prefix, year.getValue(), sequence));
    }

    private long increment(String counterId) {
        while (true) {
            try {
                Document before = counters.findOneAndUpdate(Filters.eq("_id", counterId), Updates.inc("next", 1L),
                                                            INCREMENT);
                return before == null ? 0L : before.get("next", Number.class).longValue();
            } catch (MongoException e) {
                // two first-ever upserts raced on a real MongoDB; the loser increments the winner's document
                if (e.getCode() != DUPLICATE_KEY) {
                    throw e;
                }
            }
        }
    }
}
