package com.propcare.command.policy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.propcare.events.OfficeId;
import com.propcare.events.PolicyVersion;
import com.propcare.events.StaffId;
import com.propcare.events.policy.PolicyAdopted;
import com.propcare.eventstore.EventStoreConfiguration;
import com.propcare.eventstore.upcasting.PolicyAdoptedUpcaster;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Policies adopted before these were policy values read with the regulations' 1 % target and bulletin by the 5th. */
class PolicyAdoptedUpcasterTest {

    private static final Instant AT = Instant.parse("2026-03-04T07:00:00Z");
    private final Serializer serializer = EventStoreConfiguration.plainJsonSerializer();
    private final PolicyAdopted current = new PolicyAdopted(new OfficeId("office-1"), new PolicyVersion("office-1:v1"),
                                                            1, AT, PolicyDefaults.document(), AT,
                                                            new StaffId("admin-1"));

    @Test
    void a_revision_1_adoption_reads_with_a_one_percent_target_and_a_bulletin_by_the_5th() throws Exception {
        ObjectNode stored = (ObjectNode) new ObjectMapper().readTree(
                serializer.serialize(current, byte[].class).getData());
        ((ObjectNode) stored.path("document").path("complaints")).remove(
                List.of("complaintRateTargetPercent", "monthlyBulletinDay"));

        List<PolicyAdopted> read = read(stored.toString(), "1");

        assertThat(read).singleElement().satisfies(adopted -> {
            assertThat(adopted.document().complaints().complaintRateTargetPercent()).isEqualByComparingTo("1");
            assertThat(adopted.document().complaints().monthlyBulletinDay()).isEqualTo(5);
            assertThat(adopted.document().callbacks()).isEqualTo(current.document().callbacks());
        });
    }

    @Test
    void a_revision_2_adoption_keeps_its_own_target() throws Exception {
        ObjectNode stored = (ObjectNode) new ObjectMapper().readTree(
                serializer.serialize(current, byte[].class).getData());
        ((ObjectNode) stored.path("document").path("complaints")).put("complaintRateTargetPercent", 0.5);

        assertThat(read(stored.toString(), "2")).singleElement()
                .satisfies(adopted -> assertThat(adopted.document().complaints().complaintRateTargetPercent())
                        .isEqualByComparingTo(new BigDecimal("0.5")));
    }

    private List<PolicyAdopted> read(String payload, String revision) {
        GenericDomainEventEntry<byte[]> entry = new GenericDomainEventEntry<>(
                "OfficePolicy", "office-1", 0, "event-1", AT, PolicyAdopted.class.getName(), revision,
                payload.getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8));
        return EventStreamUtils.upcastAndDeserializeDomainEvents(Stream.of(entry), serializer,
                                                                 new PolicyAdoptedUpcaster())
                               .asStream().map(DomainEventMessage::getPayload).map(PolicyAdopted.class::cast).toList();
    }
}
