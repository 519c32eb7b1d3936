package com.propcare.command.callback.kinds;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.propcare.command.support.RecordDocuments;
import com.propcare.events.OfficeId;
import com.propcare.events.callback.CallbackKindDefined;
import com.propcare.events.callback.CallbackKindTerms;
import com.propcare.events.callback.KindCode;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The {@value #COLLECTION} collection: one document per office kind ({@code _id} = {@code <office>:<code>}) with
 * its matter type and terms, and one per office and matter type ({@code _id} = {@code <office>/<matter type>})
 * listing the codes defined for it; read by exact {@code _id}. Written in the unit of work of the definition
 * ({@value #PROCESSING_GROUP} is subscribing), so a matter recorded after the definition's answer sees it.
 */
@Component
@ProcessingGroup(MongoCallbackKindsInForce.PROCESSING_GROUP)
class MongoCallbackKindsInForce implements CallbackKindsInForce {

    static final String PROCESSING_GROUP = "callback-kind-lookup";
    static final String COLLECTION = "callback_kind_lookup";
    /** Marks a lookup that holds every kind of the log ({@link CallbackKindLookupBackfill}). */
    private static final String FILLED = "~filled";

    private final MongoCollection<Document> kinds;

    MongoCallbackKindsInForce(MongoDatabase database) {
        this.kinds = database.getCollection(COLLECTION);
    }

    @Override
    public List<CallbackKindTerms> forMatterType(OfficeId office, String matterType) {
        Document type = kinds.find(Filters.eq("_id", typeKey(office, matterType))).first();
        List<CallbackKindTerms> terms = new ArrayList<>();
        if (type != null) {
            for (String code : type.getList("codes", String.class)) {
                kind(office, new KindCode(code)).ifPresent(terms::add);
            }
        }
        terms.sort(Comparator.comparing(kind -> kind.code().value()));
        return terms;
    }

    @Override
    public Optional<CallbackKindTerms> kind(OfficeId office, KindCode code) {
        return Optional.ofNullable(kinds.find(Filters.eq("_id", OfficeCallbackKind.idOf(office, code))).first())
                       .map(document -> RecordDocuments.fromDocument(document.get("terms", Document.class),
                                                                     CallbackKindTerms.class));
    }

    boolean isFilled() {
        return kinds.find(Filters.eq("_id", FILLED)).first() != null;
    }

    void markFilled() {
        kinds.replaceOne(Filters.eq("_id", FILLED), new Document("_id", FILLED), new ReplaceOptions().upsert(true));
    }

    /** A redefinition may move the kind to another matter type: it leaves the old type's list. */
    @EventHandler
    void on(CallbackKindDefined event) {
        String id = OfficeCallbackKind.idOf(event.officeId(), event.code());
        Document previous = kinds.find(Filters.eq("_id", id)).first();
        if (previous != null && !previous.getString("matterType").equals(event.matterType())) {
            changeCodes(typeKey(event.officeId(), previous.getString("matterType")), event.code(), false);
        }
        kinds.replaceOne(Filters.eq("_id", id),
                         new Document("_id", id).append("matterType", event.matterType())
                                                .append("terms", RecordDocuments.toDocument(
                                                        CallbackKindTerms.of(event))),
                         new ReplaceOptions().upsert(true));
        changeCodes(typeKey(event.officeId(), event.matterType()), event.code(), true);
    }

    private void changeCodes(String typeKey, KindCode code, boolean add) {
        Document type = kinds.find(Filters.eq("_id", typeKey)).first();
        List<String> codes = new ArrayList<>(type == null ? List.of() : type.getList("codes", String.class));
        codes.remove(code.value());
        if (add) {
            codes.add(code.value());
        }
        kinds.replaceOne(Filters.eq("_id", typeKey), new Document("_id", typeKey).append("codes", codes),
                         new ReplaceOptions().upsert(true));
    }

    private static String typeKey(OfficeId office, String matterType) {
        return office.value() + "/" + matterType;
    }
}
