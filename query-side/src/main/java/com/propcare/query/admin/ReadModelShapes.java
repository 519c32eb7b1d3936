package com.propcare.query.admin;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Read models whose stored documents changed shape rebuild themselves once, when the first instance of a build that
 * writes the new shape starts on a store written by an earlier build: their processors would otherwise go on from
 * their positions and leave what the earlier build wrote unreadable (e.g. lists reading index buckets that were
 * never filled). Each read model's shape is recorded in {@value #COLLECTION}; one with positions in the token store
 * but no record was written before shapes were recorded, i.e. in shape 1. A fresh store just records the shapes.
 * <p>
 * Whether a rebuild is due is decided when this bean is created, before the processors start and claim positions;
 * the rebuild itself goes through {@link ProjectionRebuilds} (its reset handler clears the old documents) once the
 * application is ready, and shows in the admin API like any other. Two instances of the new build that start at
 * the same moment may both rebuild; the second rebuild starts the replay again and ends in the same read model.
 */
@Component
class ReadModelShapes {

    static final String COLLECTION = "read_model_shapes";
    private static final Logger LOG = LoggerFactory.getLogger(ReadModelShapes.class);

    /** Read model → the shape this build writes; raise it with every change of a read model's stored documents. */
    static final Map<String, Integer> CURRENT = Map.of("complaint-views", 4, "callback-views", 2,
                                                       "registry-views", 2, "dashboards", 3,
                                                       "work-order-views", 2);
    /** Read models kept by processors of other names: the dashboards' blue and green copies. */
    private static final Map<String, List<String>> PROCESSORS = Map.of(
            "dashboards", List.of("dashboards-blue", "dashboards-green"));

    private final MongoCollection<Document> shapes;
    private final ProjectionRebuilds rebuilds;
    private final Set<String> outdated = new LinkedHashSet<>();

    ReadModelShapes(MongoDatabase database, TokenStore tokens, ProjectionRebuilds rebuilds) {
        this.shapes = database.getCollection(COLLECTION);
        this.rebuilds = rebuilds;
        CURRENT.forEach((readModel, shape) -> {
            Document recorded = shapes.find(Filters.eq("_id", readModel)).first();
            if (recorded != null) {
                if (recorded.getInteger("shape", 1) < shape) {
                    outdated.add(readModel);
                }
            } else if (PROCESSORS.getOrDefault(readModel, List.of(readModel)).stream()
                                 .anyMatch(processor -> tokens.fetchSegments(processor).length > 0)) {
                outdated.add(readModel);
            } else {
                record(readModel, shape);
            }
        });
    }

    @EventListener(ApplicationReadyEvent.class)
    void rebuildOutdated() {
        List.copyOf(outdated).forEach(readModel -> {
            LOG.warn("Read model {} was written by an earlier build in another shape: rebuilding it from the log",
                     readModel);
            rebuilds.rebuild(readModel);
            record(readModel, CURRENT.get(readModel));
        });
    }

    private void record(String readModel, int shape) {
        shapes.replaceOne(Filters.eq("_id", readModel), new Document("_id", readModel).append("shape", shape),
                          new ReplaceOptions().upsert(true));
    }
}
