package com.propcare.query.support;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.bson.Document;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * An index kept beside the views as a few documents per owner (an office; an office and a role; …) instead of one:
 * each entry lives in the bucket its id hashes to, so a write changes a sixteenth of the owner's entries, and the
 * owner's list is still read by exact keys, all buckets in one {@code _id $in} lookup. One document per owner grew
 * with the office, and the embedded server copies a whole document for every update, so rebuilding an office's
 * index cost more the longer the office had been served; a real MongoDB rewrites the whole document too.
 * <p>
 * {@code _id} is the owner's key, {@code '#'} and the bucket number; the suffix is always {@code #0}–{@code #15}, so
 * no two owners share a document whatever their keys hold.
 */
public final class IndexBuckets {

    /** Enough that an office's buckets stay small for years of entries, few enough that a list reads them at once. */
    static final int BUCKETS = 16;

    private IndexBuckets() {
    }

    /** The document of {@code owner}'s index that holds the entry {@code entryId}. */
    public static String key(String owner, String entryId) {
        return owner + "#" + Math.floorMod(entryId.hashCode(), BUCKETS);
    }

    /** Every document of {@code owner}'s index that exists, in one lookup by {@code _id}. */
    public static List<Document> read(MongoCollection<Document> collection, String owner) {
        List<String> keys = IntStream.range(0, BUCKETS).mapToObj(bucket -> owner + "#" + bucket).toList();
        return collection.find(Filters.in("_id", keys)).into(new ArrayList<>());
    }

    /** The entries held under {@code field} in all of {@code owner}'s documents, in no particular order. */
    public static List<Document> entries(MongoCollection<Document> collection, String owner, String field) {
        return read(collection, owner).stream().flatMap(bucket -> entriesOf(bucket, field)).toList();
    }

    /** The entries held under {@code field} in one document of an index. */
    public static Stream<Document> entriesOf(Document bucket, String field) {
        Document entries = bucket.get(field, Document.class);
        return entries == null ? Stream.empty()
                : entries.values().stream()
                         .flatMap(entry -> entry instanceof Document document ? Stream.of(document) : Stream.empty());
    }
}
