package com.propcare.query.support;

import com.mongodb.client.MongoCollection;
import com.propcare.eventstore.TestMongo;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** A batch's writes, merged per document, leave what applying them one by one would have left. */
class PendingWritesTest {

    private final TestMongo mongo = new TestMongo();
    private final MongoCollection<Document> open = mongo.database("pending-writes-test").getCollection("open");
    private final PendingWrites batch = new PendingWrites();

    @AfterEach
    void close() {
        mongo.close();
    }

    @Test
    void an_item_opened_and_closed_in_one_batch_is_gone_and_one_reopened_is_there() {
        open.insertOne(new Document("_id", "office-1").append("items", new Document("old", "x")));

        batch.set(open, "office-1", "items.a", "first");
        batch.unset(open, "office-1", "items.a");
        batch.unset(open, "office-1", "items.old");
        batch.set(open, "office-1", "items.old", "again");
        batch.set(open, "office-1", "items.b", "one");
        batch.set(open, "office-1", "items.b", "two");
        batch.flush();

        assertThat(open.find().first().get("items", Document.class))
                .isEqualTo(new Document("old", "again").append("b", "two"));
    }

    @Test
    void the_batch_reads_its_own_top_level_writes_before_they_are_flushed() {
        batch.set(open, "ref-1", "office", "office-1");
        batch.set(open, "ref-1", "items.c", "nested");

        assertThat(batch.pendingFields(open, "ref-1")).hasValue(new Document("_id", "ref-1").append("office",
                                                                                                   "office-1"));
        assertThat(batch.pendingFields(open, "ref-2")).isEmpty();
        assertThat(open.countDocuments()).isZero();
    }

    @Test
    void a_document_with_thousands_of_fields_is_written_in_slices_and_whole() {
        IntStream.range(0, 1_000).forEach(n -> batch.set(open, "office-1", "households.h" + n, n % 2 == 0));

        batch.flush();

        assertThat(open.find().first().get("households", Document.class)).hasSize(1_000);
    }
}
