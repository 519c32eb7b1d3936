package com.propcare.eventstore;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.ReadConcern;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.propcare.eventstore.deadletter.DeadLetterConfiguration;
import com.propcare.eventstore.personal.PersonalDataVault;
import com.propcare.eventstore.upcasting.ComplainantConfirmedUpcaster;
import com.propcare.eventstore.upcasting.ComplaintRegisteredUpcaster;
import com.propcare.eventstore.upcasting.MatterRecordedUpcaster;
import com.propcare.eventstore.upcasting.PolicyAdoptedUpcaster;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.spring.eventsourcing.SpringAggregateSnapshotter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executors;

/**
 * Wiring of the system of record, shared by the command side and the query side: the Mongo client, the event
 * storage engine, the token store, serializers and snapshots.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EventStoreProperties.class)
@Import({ProcessingErrors.class, DeadLetterConfiguration.class})
public class EventStoreConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EventStoreConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedStoreHandle embeddedStore(EventStoreProperties properties) {
        if (!properties.usesEmbeddedStore()) {
            log.info("Event store: MongoDB at {} (database {})", redacted(properties.uri()), properties.database());
            return EmbeddedStoreHandle.NONE;
        }
        // the embedded server's classes are optional: they are touched only on this path
        return switch (properties.embedded()) {
            case H2 -> EmbeddedMongoServer.fileBacked(properties.dataDir()).handle();
            case MEMORY -> EmbeddedMongoServer.inMemory().handle();
            case NONE -> throw new IllegalStateException(
                    "No MongoDB configured: set MONGODB_URI (or propcare.mongodb.uri), "
                            + "or choose an embedded store with propcare.mongodb.embedded=h2|memory");
        };
    }

    @Bean(destroyMethod = "close")
    MongoClient mongoClient(EventStoreProperties properties, EmbeddedStoreHandle embedded) {
        boolean isEmbedded = embedded.connectionString() != null;
        MongoClientSettings.Builder settings = MongoClientSettings.builder().applyConnectionString(
                new ConnectionString(isEmbedded ? embedded.connectionString() : properties.uri()));
        if (!isEmbedded) {
            // the log is the legal record: acknowledged means on a majority, journaled, and reads see only that
            settings.writeConcern(WriteConcern.MAJORITY.withJournal(true)).readConcern(ReadConcern.MAJORITY);
        }
        return MongoClients.create(settings.build());
    }

    @Bean
    MongoDatabase mongoDatabase(MongoClient client, EventStoreProperties properties) {
        return client.getDatabase(properties.database());
    }

    /** Upcasters of older event revisions; Axon chains every EventUpcaster bean into the store's reads. */
    @Bean
    ComplainantConfirmedUpcaster complainantConfirmedUpcaster() {
        return new ComplainantConfirmedUpcaster();
    }

    @Bean
    ComplaintRegisteredUpcaster complaintRegisteredUpcaster() {
        return new ComplaintRegisteredUpcaster();
    }

    @Bean
    MatterRecordedUpcaster matterRecordedUpcaster() {
        return new MatterRecordedUpcaster();
    }

    @Bean
    PolicyAdoptedUpcaster policyAdoptedUpcaster() {
        return new PolicyAdoptedUpcaster();
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Personal data in events is sealed with a key per subject, so that erasing the key erases the data. */
    @Bean
    PersonalDataVault personalDataVault(MongoDatabase database, Clock clock) {
        return new PersonalDataVault(database, clock);
    }

    @Bean
    @Primary
    Serializer serializer() {
        return typedJsonSerializer();
    }

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer() {
        return plainJsonSerializer();
    }

    @Bean
    @Qualifier("messageSerializer")
    Serializer messageSerializer() {
        return typedJsonSerializer();
    }

    /**
     * The log's format: plain JSON that any language reads, in the shape each event's schema publishes (a time zone
     * is {@code "Asia/Shanghai"}, a set of roles {@code ["CLERK"]}). Events are records of concrete types, so they
     * need no type names inside. Axon 4 needs Jackson 2; the web layer of Spring Boot 4 uses Jackson 3. Each keeps
     * its own mapper.
     */
    public static JacksonSerializer plainJsonSerializer() {
        return JacksonSerializer.builder().objectMapper(objectMapper()).build();
    }

    /**
     * Everything else Axon keeps for itself (tokens, dead letters, commands in flight) may hold values of abstract
     * types, so it is written with Jackson's type names; none of it is published.
     */
    public static JacksonSerializer typedJsonSerializer() {
        return JacksonSerializer.builder().objectMapper(objectMapper()).defaultTyping().build();
    }

    /**
     * Snapshots hold an aggregate's private state, which has no getters: they are written field by field, with type
     * names like other private state.
     */
    public static JacksonSerializer snapshotSerializer() {
        ObjectMapper mapper = objectMapper()
                .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY);
        return JacksonSerializer.builder().objectMapper(mapper).defaultTyping().build();
    }

    private static ObjectMapper objectMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    @Bean
    EventStorageEngine eventStorageEngine(MongoDatabase database, EventStoreProperties properties,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          org.axonframework.config.Configuration axon,
                                          ObjectProvider<PositionCounter> positionCounter, Clock clock) {
        MongoEventStorageEngine engine = MongoEventStorageEngine.builder()
                                                                .database(database)
                                                                .positionCounter(positionCounter.getIfAvailable())
                                                                .clock(clock)
                                                                .eventSerializer(eventSerializer)
                                                                .snapshotSerializer(snapshotSerializer())
                                                                .upcasterChain(axon.upcasterChain())
                                                                .batchSize(properties.batchSize())
                                                                .gapTimeout(properties.gapTimeout())
                                                                .reservationTimeout(properties.reservationTimeout())
                                                                .maxGapOffset(properties.maxGapOffset())
                                                                .build();
        engine.ensureIndexes();
        return engine;
    }

    /** The log in its stored form, for auditors and integrators; it reads what the storage engine writes. */
    @Bean
    EventLog eventLog(MongoDatabase database, EventStoreProperties properties,
                      @Qualifier("eventSerializer") Serializer eventSerializer,
                      org.axonframework.config.Configuration axon, ObjectProvider<PositionCounter> positionCounter,
                      Clock clock) {
        PositionCounter counter = positionCounter.getIfAvailable(
                () -> new MongoPositionCounter(database.getCollection(MongoEventStorageEngine.POSITIONS)));
        return new EventLog(database.getCollection(MongoEventStorageEngine.EVENTS), counter,
                            new GapSightings(clock, properties.gapTimeout()), eventSerializer, axon.upcasterChain());
    }

    /**
     * Who holds a processor's segments in the token store. Unique per application context (not only per process),
     * so that several instances in one JVM, as in the scale-out test, are told apart.
     */
    @Bean
    ProcessingNode processingNode(@Value("${propcare.processing.node-id:}") String nodeId) {
        return new ProcessingNode(nodeId.isBlank() ? ManagementFactory.getRuntimeMXBean().getName() + "/"
                + UUID.randomUUID().toString().substring(0, 8) : nodeId);
    }

    @Bean
    SegmentBalancer segmentBalancer(ProcessingNode node, MongoDatabase database,
                                    org.axonframework.config.Configuration axon, TokenStore tokens,
                                    @Value("${propcare.processing.balance-interval:PT10S}") Duration interval,
                                    Clock clock) {
        return new SegmentBalancer(node.id(), database.getCollection(SegmentBalancer.NODES),
                                   axon.eventProcessingConfiguration(), tokens, interval, clock);
    }

    @Bean
    TokenStore tokenStore(MongoClient client, EventStoreProperties properties, Serializer serializer,
                          ProcessingNode node,
                          @Value("${propcare.processing.claim-timeout:PT10S}") Duration claimTimeout) {
        MongoTokenStore tokenStore = MongoTokenStore.builder()
                                                    .nodeId(node.id())
                                                    .claimTimeout(claimTimeout)
                                                    .mongoTemplate(DefaultMongoTemplate.builder()
                                                                                       .mongoDatabase(client, properties.database())
                                                                                       .build())
                                                    .serializer(serializer)
                                                    .build();
        tokenStore.ensureIndexes();
        return tokenStore;
    }

    /** Read from the token store's collection, as {@code MongoTokenStore} writes it (its default name). */
    @Bean
    ProcessedPositions processedPositions(MongoDatabase database, Serializer serializer) {
        return new ProcessedPositions(database.getCollection("trackingtokens"), serializer);
    }

    @Bean
    TransactionManager axonTransactionManager() {
        return NoTransactionManager.INSTANCE;
    }

    @Bean
    SpringAggregateSnapshotter aggregateSnapshotter(org.axonframework.config.Configuration axon,
                                                    TransactionManager transactionManager) {
        // the aggregates' handlers take Spring beans as parameters: the snapshotter must resolve them as Axon does
        return SpringAggregateSnapshotter.builder()
                                         .eventStore(axon.eventStore())
                                         .repositoryProvider(axon::repository)
                                         .parameterResolverFactory(axon.parameterResolverFactory())
                                         .handlerDefinition(axon.handlerDefinition(Object.class))
                                         .transactionManager(transactionManager)
                                         .executor(Executors.newSingleThreadExecutor(runnable -> {
                                             Thread thread = new Thread(runnable, "aggregate-snapshotter");
                                             thread.setDaemon(true);
                                             return thread;
                                         }))
                                         .build();
    }

    /** Aggregates opt in with {@code @Aggregate(snapshotTriggerDefinition = "snapshotTrigger")}. */
    @Bean
    SnapshotTriggerDefinition snapshotTrigger(Snapshotter snapshotter, EventStoreProperties properties) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, properties.snapshotThreshold());
    }

    private static String redacted(String uri) {
        return uri.replaceAll("//[^@/]+@", "//***@");
    }
}
