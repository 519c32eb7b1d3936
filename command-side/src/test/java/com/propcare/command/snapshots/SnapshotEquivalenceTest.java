package com.propcare.command.snapshots;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.propcare.access.TestOffice;
import com.propcare.command.CommandSideApplication;
import com.propcare.eventstore.EventStoreConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every aggregate type that takes snapshots, given a history past the threshold through the API: its stored
 * snapshot, read back, holds exactly the state a replay of its events up to the same point builds (field by field,
 * as snapshots are written), and nothing warns that a snapshot could not be taken.
 */
@SpringBootTest(classes = CommandSideApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = {"propcare.mongodb.embedded=memory", "propcare.mongodb.snapshot-threshold=3"})
@AutoConfigureWebTestClient(timeout = "PT30S")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SnapshotEquivalenceTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    WebTestClient web;
    @Autowired
    EventStorageEngine engine;
    @Autowired
    org.axonframework.config.Configuration axon;

    private final ListAppender<ILoggingEvent> warnings = new ListAppender<>();
    private final Serializer snapshots = EventStoreConfiguration.snapshotSerializer();

    @BeforeAll
    void listen() {
        warnings.start();
        ((Logger) LoggerFactory.getLogger("org.axonframework")).addAppender(warnings);
    }

    @AfterAll
    void stopListening() {
        ((Logger) LoggerFactory.getLogger("org.axonframework")).detachAppender(warnings);
    }

    private WebTestClient.ResponseSpec post(WebTestClient client, String path, String body) {
        return client.post().uri(path).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private String created(WebTestClient client, String path, String body) {
        return post(client, path, body).expectStatus().isCreated().expectBody(Map.class).returnResult()
                                       .getResponseBody().get("id").toString();
    }

    private static String yesterdayAt(int hour) {
        return LocalDate.now(SHANGHAI).minusDays(1).atTime(hour, 0).atZone(SHANGHAI).toInstant().toString();
    }

    @Test
    void every_snapshotting_aggregate_loads_from_its_snapshot_as_from_its_full_history() {
        TestOffice office = TestOffice.register(web, "office-snapshots");
        Map<String, String> aggregates = new LinkedHashMap<>();
        aggregates.put("Office", office.id());

        String staff = office.clerk();
        for (String change : List.of("/roles|{\"roles\":[\"CLERK\",\"CUSTOMER_SERVICE_SUPERVISOR\"]}",
                                     "/department|{\"department\":\"repairs\"}",
                                     "/roles|{\"roles\":[\"CLERK\"]}",
                                     "/department|{\"department\":\"customer-service\"}")) {
            String[] parts = change.split("\\|");
            post(web, "/api/staff/" + staff + parts[0], parts[1]).expectStatus().isAccepted();
        }
        aggregates.put("StaffMember", staff);

        String household = office.household();
        for (String change : List.of("/key-resident-flags|{\"keyResidentFlags\":[\"DISABLED\"]}",
                                     "/contact-preferences|{\"preferredChannel\":\"SMS\",\"declinedChannels\":[\"VISIT\"]}",
                                     "/residents|{\"residents\":[{\"role\":\"OWNER\",\"name\":\"Wang Fang\"}]}",
                                     "/key-resident-flags|{\"keyResidentFlags\":[]}")) {
            String[] parts = change.split("\\|");
            post(web, "/api/households/" + household + parts[0], parts[1]).expectStatus().isAccepted();
        }
        aggregates.put("Household", household);

        WebTestClient clerk = office.as(office.clerk());
        String complaint = created(clerk, "/api/complaints", """
                {"officeId":"%s","channel":"LETTER","householdId":"%s","category":"GREENING",
                 "summary":"Dead trees","receivedAt":"%s"}""".formatted(office.id(), household,
                                                                       Instant.now().minusSeconds(3600)));
        String base = "/api/complaints/" + complaint;
        post(clerk, base + "/verify", "{\"findings\":\"seen\",\"proposedHandling\":\"replant\"}")
                .expectStatus().isAccepted();
        post(clerk, base + "/first-reply", "{\"content\":\"noted\"}").expectStatus().isAccepted();
        post(clerk, base + "/classify", "{\"severity\":\"MAJOR\",\"responsibility\":\"OWN\"}")
                .expectStatus().isAccepted();
        post(office.as(office.director()), base + "/decide-handling",
             "{\"department\":\"cleaning\",\"handlingMethod\":\"replant\"}").expectStatus().isAccepted();
        aggregates.put("Complaint", complaint);

        WebTestClient supervisor = office.as(office.supervisor());
        String workOrder = created(supervisor, "/api/work-orders", """
                {"officeId":"%s","householdId":"%s","kind":"HELP_SERVICE","description":"Carry a sofa",
                 "source":"HOUSEHOLD"}""".formatted(office.id(), household));
        for (String assignee : List.of(office.repairLead(), office.clerk(), office.repairLead())) {
            post(supervisor, "/api/work-orders/" + workOrder + "/assign",
                 "{\"department\":\"repairs\",\"assignee\":\"%s\"}".formatted(assignee)).expectStatus().isAccepted();
        }
        post(office.as(office.repairLead()), "/api/work-orders/" + workOrder + "/complete", "{\"notes\":\"done\"}")
                .expectStatus().isAccepted();
        aggregates.put("WorkOrder", workOrder);

        String visit = created(supervisor, "/api/visits", """
                {"officeId":"%s","kind":"ROUTINE","householdId":"%s","due":"%s"}"""
                .formatted(office.id(), household, Instant.now().plus(Duration.ofDays(7))));
        for (int hour : List.of(18, 19, 20)) {
            post(supervisor, "/api/visits/" + visit + "/appointment",
                 "{\"appointedFor\":\"%s\",\"method\":\"PHONE\",\"with\":\"%s\"}".formatted(yesterdayAt(hour),
                                                                                        office.supervisor()))
                    .expectStatus().isAccepted();
        }
        post(supervisor, "/api/visits/" + visit + "/record", """
                {"method":"PHONE","visitedAt":"%s","summary":"Talked","feedbackRequired":false,
                 "signature":"NOT_REQUIRED"}""".formatted(yesterdayAt(20))).expectStatus().isAccepted();
        aggregates.put("Visit", visit);

        List<String> surveyed = List.of(office.household(), office.household(), office.household(),
                                        office.household());
        WebTestClient director = office.as(office.director());
        post(director, "/api/surveys", "{\"officeId\":\"%s\",\"period\":\"2026-H2\"}".formatted(office.id()))
                .expectStatus().isCreated();
        String survey = office.id() + ":2026-H2";
        for (int n = 0; n < 4; n++) {
            post(clerk, "/api/surveys/" + survey + "/returns", """
                    {"returnId":"q-%d","householdId":"%s","answers":{"CLEANING":["SATISFIED"]}}"""
                    .formatted(n, surveyed.get(n))).expectStatus().isAccepted();
        }
        aggregates.put("SurveyCampaign", survey);

        String callback = callbackOfReportedResult(office, complaint);
        aggregates.put("Callback", callback);

        aggregates.forEach((type, id) -> {
            await("a snapshot of the " + type + " " + id).atMost(Duration.ofSeconds(20))
                   .until(() -> engine.readSnapshot(id).isPresent());
            DomainEventMessage<?> snapshot = engine.readSnapshot(id).orElseThrow();
            assertThat(snapshot.getPayload().getClass().getSimpleName()).isEqualTo(type);
            assertThat(state(snapshot.getPayload())).as("the %s %s loaded from its snapshot", type, id)
                    .isEqualTo(state(replayed(snapshot.getPayload().getClass(), id,
                                              snapshot.getSequenceNumber())));
        });
        assertThat(warnings.list).filteredOn(event -> event.getLevel().isGreaterOrEqual(Level.WARN))
                                 .extracting(ILoggingEvent::getFormattedMessage).isEmpty();
    }

    /** The complaint's result is reported and its callback recorded with promised replies, one of them done. */
    private String callbackOfReportedResult(TestOffice office, String complaint) {
        String base = "/api/complaints/" + complaint;
        WebTestClient clerk = office.as(office.clerk());
        post(clerk, base + "/dispatch", "{\"department\":\"cleaning\"}").expectStatus().isAccepted();
        post(clerk, base + "/acknowledge-dispatch", "{}").expectStatus().isAccepted();
        post(clerk, base + "/report-result", "{\"result\":\"replanted\"}").expectStatus().isAccepted();
        long resultSequence = engine.readEvents(complaint).asStream()
                                    .filter(event -> event.getPayloadType().getSimpleName()
                                                          .equals("HandlingResultReported"))
                                    .mapToLong(DomainEventMessage::getSequenceNumber).max().orElseThrow();
        String callback = "cb-" + complaint + "-" + resultSequence;
        await().atMost(Duration.ofSeconds(20)).until(() -> engine.readEvents(callback).asStream().count() > 0);
        WebTestClient director = office.as(office.director());
        Instant now = Instant.now();
        post(director, "/api/callbacks/" + callback + "/record", """
                {"method":"PHONE","content":"Asked","result":"SATISFIED",
                 "promisedReplies":[{"question":"Who pays?","replyBy":"%s"},{"question":"Repaint?","replyBy":"%s"}]}"""
                .formatted(now.plus(Duration.ofDays(2)), now.plus(Duration.ofDays(3)))).expectStatus().isAccepted();
        post(director, "/api/callbacks/" + callback + "/follow-ups/reply-1/completion", "{\"outcome\":\"Insurance\"}")
                .expectStatus().isAccepted();
        return callback;
    }

    /** The aggregate as its events up to {@code lastSequence} build it, the way the snapshotter builds one. */
    private <T> T replayed(Class<T> type, String id, long lastSequence) {
        AggregateModel<T> model = AnnotatedAggregateMetaModelFactory.inspectAggregate(
                type, axon.parameterResolverFactory(), axon.handlerDefinition(type));
        List<? extends DomainEventMessage<?>> events =
                engine.readEvents(id, 0).asStream().filter(event -> event.getSequenceNumber() <= lastSequence)
                      .toList();
        T root = new GenericAggregateFactory<>(type).createAggregateRoot(id, events.get(0));
        EventSourcedAggregate<T> aggregate = EventSourcedAggregate.initialize(
                root, model, null, null, NoSnapshotTriggerDefinition.TRIGGER);
        aggregate.initializeState(DomainEventStream.of(new ArrayList<>(events)));
        return aggregate.getAggregateRoot();
    }

    /**
     * Field by field as snapshots are written; neither the order inside sets and maps nor the collection class
     * (an immutable list read from an event, an array list read from a snapshot) counts.
     */
    private JsonNode state(Object aggregate) {
        try {
            return normalized(JSON.readTree(snapshots.serialize(aggregate, String.class).getData()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode normalized(JsonNode node) {
        if (node instanceof ObjectNode object) {
            ObjectNode sorted = JSON.createObjectNode();
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            names.stream().sorted().forEach(name -> sorted.set(name, normalized(object.get(name))));
            return sorted;
        }
        if (node instanceof ArrayNode array && array.size() == 2 && array.get(0).isTextual()
                && array.get(0).asText().startsWith("java.util.")) {
            return normalized(array.get(1));
        }
        if (node instanceof ArrayNode array) {
            List<JsonNode> elements = new ArrayList<>();
            array.forEach(element -> elements.add(normalized(element)));
            ArrayNode sorted = JSON.createArrayNode();
            elements.stream().sorted(Comparator.comparing(JsonNode::toString)).forEach(sorted::add);
            return sorted;
        }
        return node;
    }
}
