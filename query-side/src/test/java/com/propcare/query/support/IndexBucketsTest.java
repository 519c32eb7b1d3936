package com.propcare.query.support;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.propcare.eventstore.TestMongo;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** An owner's index entries spread over a few documents and are read back together, and only the owner's. */
class IndexBucketsTest {

    private final TestMongo mongo = new TestMongo();
    private final MongoCollection<Document> index = mongo.database("buckets-test").getCollection("index");

    @AfterEach
    void close() {
        mongo.close();
    }

    private void put(String owner, String entry) {
        index.updateOne(Filters.eq("_id", IndexBuckets.key(owner, entry)), Updates.set("entries." + entry, entry),
                        new UpdateOptions().upsert(true));
    }

    private List<String> entriesOf(String owner) {
        return IndexBuckets.read(index, owner).stream()
                           .flatMap(document -> document.get("entries", Document.class).values().stream())
                           .map(String.class::cast)
                           .sorted()
                           .toList();
    }

    @Test
    void an_owners_entries_spread_over_its_buckets_and_read_back_together() {
        List<String> entries = IntStream.range(0, 200).mapToObj(n -> "cb-" + n).sorted().toList();
        entries.forEach(entry -> put("office-1", entry));

        assertThat(entriesOf("office-1")).isEqualTo(entries);
        assertThat(index.countDocuments()).isEqualTo(IndexBuckets.BUCKETS);
        index.find().forEach(bucket -> assertThat(bucket.get("entries", Document.class)).hasSizeLessThan(30));
    }

    @Test
    void owners_whose_keys_look_like_bucket_keys_keep_their_own_entries() {
        put("office-1", "a");
        put("office-1#3", "b");
        put("office-1#3#3", "c");

        assertThat(entriesOf("office-1")).containsExactly("a");
        assertThat(entriesOf("office-1#3")).containsExactly("b");
        assertThat(entriesOf("office-1#3#3")).containsExactly("c");
        assertThat(entriesOf("office-2")).isEmpty();
    }
}
