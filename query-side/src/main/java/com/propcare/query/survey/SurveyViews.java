package com.propcare.query.survey;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One document per campaign, returns included (5,000 returns make about a megabyte), read by exact key; and one
 * index document per office listing its campaigns. A change applies only if the campaign's document has not
 * seen that event yet, so replays and redeliveries change nothing.
 */
@Component
class SurveyViews {

    final MongoCollection<Document> campaigns;
    final MongoCollection<Document> offices;

    SurveyViews(MongoDatabase database) {
        this.campaigns = database.getCollection("survey_campaign_views");
        this.offices = database.getCollection("survey_office_index");
    }

    /** Field names may not contain dots or start with '$'; return ids are free text. */
    static String field(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace(".", "%2E");
    }

    void apply(String campaign, long sequence, List<Bson> change) {
        List<Bson> all = new ArrayList<>(change);
        all.add(Updates.set("version", sequence));
        try {
            campaigns.updateOne(Filters.and(Filters.eq("_id", campaign),
                                            Filters.or(Filters.exists("version", false),
                                                       Filters.lt("version", sequence))),
                                Updates.combine(all), new UpdateOptions().upsert(true));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }

    void index(String office, String campaign) {
        offices.updateOne(Filters.eq("_id", office), Updates.addToSet("campaigns", campaign),
                          new UpdateOptions().upsert(true));
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
        offices.deleteMany(new Document());
    }
}
