package com.propcare.query.ledger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.propcare.eventstore.EventLog.StoredEvent;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the ledger learns about aggregates as it chains the log ({@value #COLLECTION}, one document per aggregate,
 * read by exact {@code _id}): the office each belongs to, and which complaints each is linked to.
 * <p>
 * A complaint is linked to itself. Any other aggregate becomes linked to a complaint when one of its events
 * refers (by an {@code …Id} field, a subject's {@code id}, or {@code followUpOf}) to the complaint or to an
 * aggregate already linked to it: a work order opened for a complaint, a callback on that work order, and so on.
 * The complaint's document lists the aggregates linked to it, which is how its full history is found.
 */
@Component
public class AuditAggregates {

    static final String COLLECTION = "audit_aggregates";
    private static final String COMPLAINT = "Complaint";
    private static final Set<String> NOT_REFERENCES = Set.of("officeId", "householdId", "keyId", "departmentId");
    private static final int IN_BATCH = 200;

    private final MongoCollection<Document> aggregates;
    private final ObjectMapper json = new ObjectMapper();

    AuditAggregates(MongoDatabase database) {
        this.aggregates = database.getCollection(COLLECTION);
    }

    /** An aggregate as the ledger knows it. */
    public record Known(String id, String type, String officeId, Set<String> complaints, Set<String> linked) {
    }

    public Optional<Known> find(String aggregateId) {
        return Optional.ofNullable(aggregates.find(Filters.eq("_id", aggregateId)).first()).map(AuditAggregates::known);
    }

    /**
     * Learns from a slice of the log (in position order) and answers the office of each of its events, by
     * position. Idempotent: learning the same slice again changes nothing.
     */
    Map<Long, String> learn(List<StoredEvent> events) {
        List<Facts> facts = new ArrayList<>(events.size());
        Set<String> ids = new LinkedHashSet<>();
        for (StoredEvent event : events) {
            Facts fact = facts(event);
            facts.add(fact);
            ids.add(event.aggregateId());
            ids.addAll(fact.references());
        }
        Map<String, Mutable> known = load(ids);
        Set<Mutable> changed = new LinkedHashSet<>();
        Map<Long, String> offices = new HashMap<>();
        for (int i = 0; i < events.size(); i++) {
            StoredEvent event = events.get(i);
            Facts fact = facts.get(i);
            if (event.aggregateType() == null) {
                offices.put(event.position(), fact.officeId());
                continue;
            }
            Mutable aggregate = known.computeIfAbsent(event.aggregateId(),
                                                      id -> new Mutable(id, event.aggregateType()));
            if (aggregate.officeId == null && fact.officeId() != null) {
                aggregate.officeId = fact.officeId();
                changed.add(aggregate);
            }
            if (COMPLAINT.equals(aggregate.type)) {
                if (aggregate.complaints.add(aggregate.id)) {
                    changed.add(aggregate);
                }
            } else {
                link(aggregate, fact.references(), known, changed);
            }
            offices.put(event.position(), aggregate.officeId);
        }
        save(changed);
        return offices;
    }

    private void link(Mutable aggregate, Set<String> references, Map<String, Mutable> known, Set<Mutable> changed) {
        for (String reference : references) {
            Mutable referred = known.get(reference);
            if (referred == null || referred == aggregate) {
                continue;
            }
            if (aggregate.officeId == null && referred.officeId != null) {
                aggregate.officeId = referred.officeId;
                changed.add(aggregate);
            }
            for (String complaint : List.copyOf(referred.complaints)) {
                if (aggregate.complaints.add(complaint)) {
                    changed.add(aggregate);
                }
                Mutable root = known.computeIfAbsent(complaint, id -> load(Set.of(id)).get(id));
                if (root != null && root.linked.add(aggregate.id)) {
                    changed.add(root);
                }
            }
        }
    }

    private Facts facts(StoredEvent event) {
        try {
            JsonNode payload = json.readTree(event.payload());
            Set<String> references = new LinkedHashSet<>();
            collectReferences(payload, references);
            references.remove(event.aggregateId());
            JsonNode office = payload.get("officeId");
            return new Facts(office != null && office.isTextual() ? office.asText() : null, references);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event at position " + event.position() + " has no JSON payload", e);
        }
    }

    private static void collectReferences(JsonNode node, Set<String> references) {
        if (node.isArray()) {
            node.forEach(element -> collectReferences(element, references));
            return;
        }
        node.fields().forEachRemaining(field -> {
            String name = field.getKey();
            JsonNode value = field.getValue();
            if (value.isTextual()) {
                if (!NOT_REFERENCES.contains(name)
                        && (name.endsWith("Id") || name.equals("id") || name.equals("followUpOf"))) {
                    references.add(value.asText());
                }
            } else if (value.isContainerNode()) {
                collectReferences(value, references);
            }
        });
    }

    private Map<String, Mutable> load(Collection<String> ids) {
        Map<String, Mutable> found = new HashMap<>();
        List<String> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += IN_BATCH) {
            for (Document document : aggregates.find(Filters.in("_id", all.subList(from,
                                                                                  Math.min(all.size(),
                                                                                           from + IN_BATCH))))) {
                Known known = known(document);
                found.put(known.id(), new Mutable(known));
            }
        }
        return found;
    }

    private void save(Collection<Mutable> changed) {
        if (changed.isEmpty()) {
            return;
        }
        List<ReplaceOneModel<Document>> writes = new ArrayList<>();
        for (Mutable aggregate : changed) {
            writes.add(new ReplaceOneModel<>(Filters.eq("_id", aggregate.id), aggregate.toDocument(),
                                             new ReplaceOptions().upsert(true)));
        }
        aggregates.bulkWrite(writes);
    }

    private static Known known(Document document) {
        return new Known(document.getString("_id"), document.getString("type"), document.getString("officeId"),
                         new LinkedHashSet<>(document.getList("complaints", String.class, List.of())),
                         new LinkedHashSet<>(document.getList("linked", String.class, List.of())));
    }

    private record Facts(String officeId, Set<String> references) {
    }

    private static final class Mutable {
        private final String id;
        private final String type;
        private String officeId;
        private final Set<String> complaints;
        private final Set<String> linked;

        private Mutable(String id, String type) {
            this.id = id;
            this.type = type;
            this.complaints = new LinkedHashSet<>();
            this.linked = new LinkedHashSet<>();
        }

        private Mutable(Known known) {
            this.id = known.id();
            this.type = known.type();
            this.officeId = known.officeId();
            this.complaints = new LinkedHashSet<>(known.complaints());
            this.linked = new LinkedHashSet<>(known.linked());
        }

        private Document toDocument() {
            return new Document("_id", id).append("type", type).append("officeId", officeId)
                                          .append("complaints", List.copyOf(complaints))
                                          .append("linked", List.copyOf(linked));
        }
    }
}
