package com.propcare.query.dashboard;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * Which of the two generations of the dashboard read model is live. The choice is kept in MongoDB so that every
 * instance serving dashboards agrees; each instance re-reads it every few seconds, so a switch made by a rebuild on
 * one instance reaches the others within {@link #REFRESH_EVERY}.
 */
@Component
class DashboardGenerations {

    static final String BLUE = "blue";
    static final String GREEN = "green";
    static final Duration REFRESH_EVERY = Duration.ofSeconds(5);

    private final MongoCollection<Document> control;
    private final DashboardStore blue;
    private final DashboardStore green;
    private final Clock clock;
    private volatile DashboardStore live;
    private volatile Instant readAt = Instant.MIN;

    DashboardGenerations(MongoDatabase database, Clock clock) {
        this.control = database.getCollection("dashboard_generations");
        this.blue = new DashboardStore(database, BLUE);
        this.green = new DashboardStore(database, GREEN);
        this.clock = clock;
    }

    DashboardStore store(String generation) {
        return GREEN.equals(generation) ? green : blue;
    }

    List<DashboardStore> stores() {
        return List.of(blue, green);
    }

    /** The generation dashboards read; blue until a rebuild made green live. */
    DashboardStore live() {
        Instant now = clock.instant();
        if (live == null || now.isAfter(readAt.plus(REFRESH_EVERY))) {
            Document document = control.find(Filters.eq("_id", "live")).first();
            live = store(document == null ? BLUE : document.getString("generation"));
            readAt = now;
        }
        return live;
    }

    boolean isLive(DashboardStore store) {
        return live() == store;
    }

    DashboardStore standby() {
        return live() == blue ? green : blue;
    }

    void makeLive(DashboardStore store) {
        control.replaceOne(Filters.eq("_id", "live"), new Document("_id", "live")
                .append("generation", store.generation()).append("since", Date.from(clock.instant())),
                           new ReplaceOptions().upsert(true));
        live = store;
        readAt = clock.instant();
    }
}
