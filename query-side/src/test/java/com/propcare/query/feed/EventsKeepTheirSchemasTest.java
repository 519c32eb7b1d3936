package com.propcare.query.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.propcare.eventstore.EventLog.AsWritten;
import com.propcare.eventstore.EventLog.StoredEvent;
import com.propcare.eventstore.EventStoreConfiguration;
import com.propcare.query.ledger.FeedEvent;
import com.propcare.query.ledger.LedgerEntry;
import com.propcare.query.ledger.MessageOrigins;
import com.propcare.query.support.PersonalDataMask;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every event type, with generated instances, written by the log's serializer and framed as the feed frames it,
 * validates against the JSON Schema the feed publishes for it, and reads back as the same event from its plain JSON.
 */
class EventsKeepTheirSchemasTest {

    private static final EventSchemas SCHEMAS = new EventSchemas();
    private static final List<Class<?>> TYPES = SCHEMAS.catalogue().keySet().stream()
                                                       .<Class<?>>map(EventsKeepTheirSchemasTest::load).toList();

    private final Serializer serializer = EventStoreConfiguration.plainJsonSerializer();
    private final CloudEventJson feed = new CloudEventJson(new PersonalDataMask(JsonMapper.builder().build()),
                                                           new MessageOrigins(JsonMapper.builder().build()));
    private final ObjectMapper json = new ObjectMapper();
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private final Map<Class<?>, Schema> compiled = new ConcurrentHashMap<>();

    @Provide
    Arbitrary<Object> anyEvent() {
        return Arbitraries.oneOf(TYPES.stream().map(EventInstances::of).toList());
    }

    @Property(tries = 1500)
    void every_event_in_the_feed_validates_against_its_published_schema(@ForAll("anyEvent") Object event)
            throws IOException {
        SerializedObject<String> payload = serializer.serialize(event, String.class);
        String metaData = serializer.serialize(MetaData.with("traceId", "t-1").and("user", "clerk-1"), String.class)
                                    .getData();
        String revision = payload.getType().getRevision();
        StoredEvent stored = new StoredEvent(7, "Aggregate", "a-1", 3, "e-1", Instant.parse("2026-12-01T08:00:00Z"),
                                             event.getClass().getName(), revision, payload.getData(), metaData,
                                             new AsWritten(revision, payload.getData(), metaData));
        LedgerEntry entry = new LedgerEntry(7, "0".repeat(64), "office-1", "Aggregate", "a-1", 3,
                                            event.getClass().getSimpleName(), stored.timestamp());

        JsonNode data = json.readTree(feed.write(new FeedEvent(entry, stored))).get("data");

        List<Error> errors = schemaOf(event.getClass()).validate(data);
        assertThat(errors).as("%s %s", event.getClass().getSimpleName(), data).isEmpty();
        assertThat(payload.getData()).as("no Java type names in the log").doesNotContain("java.");
        assertThat((Object) serializer.deserialize(payload)).isEqualTo(event);
    }

    @Example
    void every_event_type_has_instances() {
        for (Class<?> type : TYPES) {
            assertThat(EventInstances.of(type).sampleStream().limit(3).toList()).as(type.getName()).hasSize(3);
        }
        assertThat(TYPES).hasSizeGreaterThan(30);
    }

    private Schema schemaOf(Class<?> type) {
        return compiled.computeIfAbsent(type, name -> registry.getSchema(
                SCHEMAS.schema(type.getName()).orElseThrow()));
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
