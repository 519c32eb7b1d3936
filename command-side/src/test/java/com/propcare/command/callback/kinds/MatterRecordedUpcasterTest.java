package com.propcare.command.callback.kinds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;
import com.propcare.events.StaffId;
import com.propcare.events.callback.CallbackKindTerms;
import com.propcare.events.callback.KindCode;
import com.propcare.events.callback.MatterId;
import com.propcare.events.callback.MatterRecorded;
import com.propcare.events.policy.Due;
import com.propcare.events.policy.DueUnit;
import com.propcare.events.registry.StaffRole;
import com.propcare.eventstore.EventStoreConfiguration;
import com.propcare.eventstore.upcasting.MatterRecordedUpcaster;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Matters stored before they carried their kinds' terms (revision 1) read with the terms "not recorded". */
class MatterRecordedUpcasterTest {

    private static final Instant AT = Instant.parse("2026-03-04T07:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Serializer serializer = EventStoreConfiguration.plainJsonSerializer();

    private static final CallbackKindTerms DELIVERY_CHECK = new CallbackKindTerms(
            new KindCode("DELIVERY_CHECK"), "Delivery", 3, List.of(new Due(2, DueUnit.WORKING_DAYS)),
            List.of(StaffRole.CLERK), 100, false, Set.of(), false, 1);

    private static MatterRecorded matter(List<CallbackKindTerms> kinds) {
        return new MatterRecorded(new MatterId("m-1"), new OfficeId("office-1"), "MATERIAL_DELIVERY",
                                  List.of(new HouseholdId("h-1")), null, "Cement", null, null, AT, AT,
                                  new StaffId("clerk-1"), kinds);
    }

    /** As stored: revision 1 had no terms at all. */
    private String stored(MatterRecorded matter, boolean withTerms) throws Exception {
        ObjectNode json = (ObjectNode) JSON.readTree(serializer.serialize(matter, String.class).getData());
        if (!withTerms) {
            json.remove("callbackKinds");
        }
        return json.toString();
    }

    @Test
    void a_revision_1_matter_reads_as_revision_2_with_its_terms_not_recorded() throws Exception {
        IntermediateEventRepresentation upcast = new MatterRecordedUpcaster().upcast(Stream.of(
                new InitialEventRepresentation(entry(stored(matter(null), false), "1"), serializer))).findFirst()
                                                                             .orElseThrow();

        assertThat(upcast.getType().getRevision()).isEqualTo("2");
        assertThat(upcast.getData(JsonNode.class).getData().get("callbackKinds").isNull()).isTrue();
        assertThat(read(stored(matter(null), false), "1")).containsExactly(matter(null));
    }

    @Test
    void a_revision_2_matter_keeps_its_terms() throws Exception {
        assertThat(read(stored(matter(List.of(DELIVERY_CHECK)), true), "2"))
                .containsExactly(matter(List.of(DELIVERY_CHECK)));
    }

    private static GenericDomainEventEntry<byte[]> entry(String payload, String revision) {
        return new GenericDomainEventEntry<>("Matter", "m-1", 0, "event-1", AT, MatterRecorded.class.getName(),
                                             revision, payload.getBytes(StandardCharsets.UTF_8),
                                             "{}".getBytes(StandardCharsets.UTF_8));
    }

    private List<Object> read(String payload, String revision) {
        return EventStreamUtils.upcastAndDeserializeDomainEvents(Stream.of(entry(payload, revision)), serializer,
                                                                 new MatterRecordedUpcaster())
                               .asStream().map(DomainEventMessage::getPayload).map(Object.class::cast).toList();
    }
}
