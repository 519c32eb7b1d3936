package com.propcare.eventstore;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events written before the log was plain JSON carry Java type names inside ({@code ["java.util.TreeSet",[…]]}).
 * A store holding them keeps working: aggregates and processors read them as the same events, the log publishes
 * them as plain JSON, and their stored text, which the audit chain hashes, is what it was.
 */
class LegacyTypedEventsTest {

    /** A payload with the kinds of values default typing wrapped: a set, a map of lists, a time zone. */
    @Revision("1")
    public record Shaped(String label, Set<String> roles, Map<String, List<String>> answers, ZoneId timeZone,
                         List<String> notes) {
    }

    private static final Shaped SHAPED = new Shaped("java.util.List", new TreeSet<>(Set.of("CLERK", "DIRECTOR")),
                                                    new TreeMap<>(Map.of("CLEANING", List.of("GOOD", "FAIR"))),
                                                    ZoneId.of("Asia/Shanghai"),
                                                    List.of("java.lang.String", "a resident's words"));

    private static final String PLAIN = """
            {"label":"java.util.List","roles":["CLERK","DIRECTOR"],"answers":{"CLEANING":["GOOD","FAIR"]},\
            "timeZone":"Asia/Shanghai","notes":["java.lang.String","a resident's words"]}""";

    private TestMongo mongo;
    private MongoDatabase database;

    @BeforeEach
    void start() {
        mongo = new TestMongo();
        database = mongo.database("legacy-test");
    }

    @AfterEach
    void stop() {
        mongo.close();
    }

    private MongoEventStorageEngine engine(org.axonframework.serialization.Serializer serializer) {
        MongoEventStorageEngine engine = MongoEventStorageEngine.builder().database(database)
                                                                .clock(new MutableClock(Instant.now()))
                                                                .eventSerializer(serializer)
                                                                .snapshotSerializer(serializer)
                                                                .gapTimeout(Duration.ofSeconds(60)).build();
        engine.ensureIndexes();
        return engine;
    }

    /** What an older version wrote: the typed serializer, and no encoding mark on the event. */
    private void writeAsAnOlderVersion(DomainEventMessage<?> event) {
        engine(EventStoreConfiguration.typedJsonSerializer()).appendEvents(List.of(event));
        database.getCollection(MongoEventStorageEngine.EVENTS)
                .updateMany(new Document(), Updates.unset("events.$[].encoding"));
    }

    private EventLog log() {
        return new EventLog(database.getCollection(MongoEventStorageEngine.EVENTS),
                            new MongoPositionCounter(database.getCollection(MongoEventStorageEngine.POSITIONS)),
                            new GapSightings(new MutableClock(Instant.now()), Duration.ofSeconds(60)),
                            EventStoreConfiguration.plainJsonSerializer(), new EventUpcasterChain());
    }

    @Test
    void an_event_written_with_type_names_reads_back_as_the_same_event() {
        writeAsAnOlderVersion(new GenericDomainEventMessage<>("Shaped", "s-1", 0, SHAPED,
                                                              MetaData.with("user", "clerk-1")));
        String stored = database.getCollection(MongoEventStorageEngine.EVENTS).find().first()
                                .getList("events", Document.class).get(0).getString("payload");
        assertThat(stored).contains("[\"java.util.TreeSet\"");

        List<? extends DomainEventMessage<?>> read = engine(EventStoreConfiguration.plainJsonSerializer())
                .readEvents("s-1").asStream().toList();

        assertThat(read).singleElement().satisfies(event -> {
            assertThat(event.getPayload()).isEqualTo(SHAPED);
            assertThat(event.getMetaData()).containsEntry("user", "clerk-1");
        });
    }

    @Test
    void the_log_publishes_it_as_plain_json_and_keeps_its_text_as_written() {
        writeAsAnOlderVersion(new GenericDomainEventMessage<>("Shaped", "s-1", 0, SHAPED));
        String asWritten = database.getCollection(MongoEventStorageEngine.EVENTS).find(Filters.eq("_id", 1L)).first()
                                   .getList("events", Document.class).get(0).getString("payload");

        EventLog.StoredEvent event = log().aggregate("s-1").get(0);

        assertThat(event.payload()).isEqualTo(PLAIN);
        assertThat(event.metaData()).doesNotContain("org.axonframework");
        assertThat(event.asWritten().payload()).isEqualTo(asWritten);
    }

    @Test
    void events_written_now_are_plain_json_as_stored() {
        engine(EventStoreConfiguration.plainJsonSerializer())
                .appendEvents(List.of(new GenericDomainEventMessage<>("Shaped", "s-2", 0, SHAPED)));

        EventLog.StoredEvent event = log().aggregate("s-2").get(0);

        assertThat(event.asWritten().payload()).isEqualTo(event.payload()).isEqualTo(PLAIN);
        assertThat(event.asWritten().metaData()).doesNotContain("org.axonframework");
    }
}
