package com.propcare.query.survey;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.propcare.query.support.SequencedUpserts;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One document per campaign with the ids of its returns, one document per return (its latest answers), and one
 * index document per office listing its campaigns, all read by exact key. Returns live apart because a campaign
 * of thousands would otherwise be one document rewritten whole on every return. A change applies only if its
 * document has not seen that event yet, so replays and redeliveries change nothing.
 */
@Component
public class SurveyViews {

    /** The embedded server's cost of an {@code $in} grows with the square of its length: ask in batches. */
    private static final int BATCH = 200;

    final MongoCollection<Document> campaigns;
    final MongoCollection<Document> returns;
    final MongoCollection<Document> offices;

    public SurveyViews(MongoDatabase database) {
        this.campaigns = database.getCollection("survey_campaign_views");
        this.returns = database.getCollection("survey_return_views");
        this.offices = database.getCollection("survey_office_index");
    }

    static String returnKey(String campaign, String returnId) {
        return campaign + "|" + returnId;
    }

    /** Field names may not contain dots or start with '$'; return ids are free text. */
    static String field(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace(".", "%2E");
    }

    void apply(String campaign, long sequence, List<Bson> change) {
        SequencedUpserts.apply(campaigns, campaign, sequence, change);
    }

    /** A return's latest answers; the campaign lists the return once. */
    void applyReturn(String campaign, String returnId, long sequence, List<Bson> change) {
        SequencedUpserts.apply(returns, returnKey(campaign, returnId), sequence, change);
        campaigns.updateOne(Filters.eq("_id", campaign), Updates.addToSet("returnIds", returnId),
                            new UpdateOptions().upsert(true));
    }

    void index(String office, String campaign) {
        offices.updateOne(Filters.eq("_id", office), Updates.addToSet("campaigns", campaign),
                          new UpdateOptions().upsert(true));
    }

    List<Document> returnsOf(Document campaign) {
        List<String> ids = campaign.getList("returnIds", String.class);
        if (ids == null) {
            return List.of();
        }
        List<Document> found = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<String> keys = ids.subList(from, Math.min(ids.size(), from + BATCH)).stream()
                                   .map(id -> returnKey(campaign.getString("_id"), id)).toList();
            returns.find(Filters.in("_id", keys)).into(found);
        }
        return found;
    }

    Optional<Document> campaign(String id) {
        return Optional.ofNullable(campaigns.find(Filters.eq("_id", id)).first());
    }

    List<String> campaignsOf(String office) {
        Document index = offices.find(Filters.eq("_id", office)).first();
        return index == null ? List.of() : index.getList("campaigns", String.class);
    }

    void clear() {
        campaigns.deleteMany(new Document());
        returns.deleteMany(new Document());
        offices.deleteMany(new Document());
    }
}
