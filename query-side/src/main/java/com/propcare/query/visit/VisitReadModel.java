package com.propcare.query.visit;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOptions;
import com.propcare.query.support.SequencedUpserts;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The visit read models, every one read and written by exact {@code _id} (the only lookup the embedded server answers
 * from an index): one document per visit and per opinion; per office, the ids of its visits and opinions and its
 * households' occupancy; per office and month, its reception entries and the households counted for the quota. Every
 * write is a {@code $set}, {@code $addToSet} or {@code $max} of what one event says, so a redelivered event changes
 * nothing and a replay in order ends in the same documents. Ids used as field names are escaped so {@code .} and
 * {@code $} cannot break a path. Times are stored as ISO-8601 text, which keeps their full precision.
 */
@Component
class VisitReadModel {

    private static final int IN_BATCH = 200;

    final MongoCollection<Document> visits;
    final MongoCollection<Document> opinions;
    final MongoCollection<Document> offices;
    final MongoCollection<Document> months;
    final MongoCollection<Document> policies;

    VisitReadModel(MongoDatabase database) {
        this.visits = database.getCollection("visit_views");
        this.opinions = database.getCollection("opinion_views");
        this.offices = database.getCollection("visit_office_views");
        this.months = database.getCollection("visit_month_views");
        this.policies = database.getCollection("visit_policy_views");
    }

    static String field(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace(".", "%2E");
    }

    static String unfield(String field) {
        return URLDecoder.decode(field, StandardCharsets.UTF_8);
    }

    static String monthKey(String office, String month) {
        return office + "|" + month;
    }

    static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    static Instant instant(Document document, String field) {
        String text = document.getString(field);
        return text == null ? null : Instant.parse(text);
    }

    void upsert(MongoCollection<Document> collection, String id, Bson change) {
        collection.updateOne(Filters.eq("_id", id), change, new UpdateOptions().upsert(true));
    }

    /** Applies {@code change} to a view once: see {@link SequencedUpserts}. */
    void apply(MongoCollection<Document> collection, String id, long sequence, List<Bson> change) {
        SequencedUpserts.apply(collection, id, sequence, change);
    }

    Optional<Document> find(MongoCollection<Document> collection, String id) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", id)).first());
    }

    /** The zone an office registered, read without its households. */
    Optional<String> zoneOf(String office) {
        return Optional.ofNullable(offices.find(Filters.eq("_id", office)).projection(Projections.include("zone"))
                                          .first())
                       .map(document -> document.getString("zone"));
    }

    List<Document> findAll(MongoCollection<Document> collection, Collection<String> ids) {
        List<String> all = List.copyOf(ids);
        List<Document> found = new ArrayList<>();
        for (int from = 0; from < all.size(); from += IN_BATCH) {
            collection.find(Filters.in("_id", all.subList(from, Math.min(all.size(), from + IN_BATCH))))
                      .into(found);
        }
        return found;
    }

    /** The ids listed under {@code map} of one document, e.g. an office's visits. */
    static List<String> keys(Document document, String map) {
        Document entries = document == null ? null : document.get(map, Document.class);
        return entries == null ? List.of() : entries.keySet().stream().map(VisitReadModel::unfield).toList();
    }

    void deleteAll() {
        List.of(visits, opinions, offices, months, policies).forEach(collection -> collection.deleteMany(new Document()));
    }
}
