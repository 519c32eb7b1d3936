package com.propcare.command.visit;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.propcare.events.OfficeId;
import com.propcare.events.visit.MassMoveInDeclared;
import com.propcare.events.visit.MassMoveInId;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The {@value #COLLECTION} collection: one document per office ({@code _id} = office id) listing its declared mass
 * move-in windows, read by exact {@code _id}. {@code $addToSet} of the whole window keeps a redelivery harmless.
 */
@Component
@ProcessingGroup(VisitLookups.PROCESSING_GROUP)
class MongoMassMoveIns implements MassMoveIns {

    static final String COLLECTION = "visit_mass_move_in_lookup";

    private final MongoCollection<Document> offices;

    MongoMassMoveIns(MongoDatabase database) {
        this.offices = database.getCollection(COLLECTION);
    }

    @Override
    public Optional<MassMoveInId> covering(OfficeId office, LocalDate date) {
        Document document = offices.find(Filters.eq("_id", office.value())).first();
        List<Document> windows = document == null ? List.of() : document.getList("windows", Document.class);
        String day = date.toString();
        return windows.stream()
                      .filter(window -> window.getString("from").compareTo(day) <= 0
                              && window.getString("to").compareTo(day) >= 0)
                      .min(Comparator.comparing((Document window) -> window.getString("declaredAt"))
                                     .thenComparing(window -> window.getString("id")))
                      .map(window -> new MassMoveInId(window.getString("id")));
    }

    @EventHandler
    void on(MassMoveInDeclared event) {
        Document window = new Document("id", event.massMoveInId().value())
                .append("from", event.from().toString())
                .append("to", event.to().toString())
                .append("declaredAt", event.declaredAt().toString());
        offices.updateOne(Filters.eq("_id", event.officeId().value()), Updates.addToSet("windows", window),
                          new UpdateOptions().upsert(true));
    }
}
