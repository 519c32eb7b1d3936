package com.propcare.command.policy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.propcare.command.support.ReferenceCache;
import com.propcare.events.OfficeId;
import com.propcare.events.PolicyVersion;
import com.propcare.events.StaffId;
import com.propcare.events.policy.PolicyAdopted;
import com.propcare.events.policy.PolicyDocument;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@value #COLLECTION} collection: one document per office ({@code _id} = office id) listing the versions it
 * adopted with their effective dates and documents, read by exact {@code _id}. It is written by the subscribing
 * processing group {@value #PROCESSING_GROUP} in the unit of work of the adoption, so the next command sees the new
 * version. A version is added only while the list lacks its number, so a redelivered event changes nothing.
 * Versions never change, so their parsed documents are kept in memory by version; an office's list is read through a
 * {@link ReferenceCache}, which an adoption invalidates.
 */
@Component
@ProcessingGroup(MongoPolicyVersions.PROCESSING_GROUP)
public class MongoPolicyVersions implements PolicyVersions {

    public static final String PROCESSING_GROUP = "policy-lookup";
    static final String COLLECTION = "policy_lookup";
    private static final int DUPLICATE_KEY = 11000;

    private final MongoCollection<Document> lookup;
    private final ObjectMapper json = JsonMapper.builder().build();
    private final Map<PolicyVersion, PolicyDocument> documents = new ConcurrentHashMap<>();
    private final ReferenceCache<OfficeId, List<AdoptedPolicy>> adoptedByOffice;

    public MongoPolicyVersions(MongoDatabase database,
                               @Value("${propcare.lookups.reference-cache-ttl:PT5S}") Duration cacheTtl) {
        this.lookup = database.getCollection(COLLECTION);
        this.adoptedByOffice = new ReferenceCache<>(cacheTtl);
    }

    @Override
    public List<AdoptedPolicy> adopted(OfficeId office) {
        return adoptedByOffice.get(office, this::readAdopted);
    }

    private List<AdoptedPolicy> readAdopted(OfficeId office) {
        Document entry = lookup.find(Filters.eq("_id", office.value())).first();
        if (entry == null) {
            return List.of();
        }
        return entry.getList("versions", Document.class).stream()
                    .map(version -> adoptedPolicy(office, version))
                    .sorted(Comparator.comparing(AdoptedPolicy::number))
                    .toList();
    }

    @EventHandler
    void on(PolicyAdopted event) {
        addVersion(event);
        adoptedByOffice.invalidate(event.officeId());
    }

    private void addVersion(PolicyAdopted event) {
        String office = event.officeId().value();
        Document version = new Document("number", event.number())
                .append("version", event.version().value())
                .append("effectiveFrom", Date.from(event.effectiveFrom()))
                .append("adoptedAt", Date.from(event.adoptedAt()))
                .append("adoptedBy", event.adoptedBy().value())
                .append("document", Document.parse(write(event.document())));
        while (true) {
            try {
                lookup.updateOne(Filters.and(Filters.eq("_id", office), Filters.ne("versions.number", event.number())),
                                 Updates.push("versions", version), new UpdateOptions().upsert(true));
                return;
            } catch (MongoException e) {
                if (e.getCode() != DUPLICATE_KEY) {
                    throw e;
                }
                if (lookup.find(Filters.and(Filters.eq("_id", office), Filters.eq("versions.number", event.number())))
                          .first() != null) {
                    return;
                }
                // two first-ever upserts of this office raced; the retry adds to the winner's document
            }
        }
    }

    private AdoptedPolicy adoptedPolicy(OfficeId office, Document version) {
        PolicyVersion name = new PolicyVersion(version.getString("version"));
        PolicyDocument document = documents.computeIfAbsent(
                name, ignored -> read(version.get("document", Document.class).toJson()));
        return new AdoptedPolicy(office, name, version.getInteger("number"),
                                 version.getDate("effectiveFrom").toInstant(), document,
                                 version.getDate("adoptedAt").toInstant(), new StaffId(version.getString("adoptedBy")));
    }

    private String write(PolicyDocument document) {
        try {
            return json.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A policy document is plain data and always writable", e);
        }
    }

    private PolicyDocument read(String document) {
        try {
            return json.readValue(document, PolicyDocument.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The policy lookup holds a document this version cannot read", e);
        }
    }
}
