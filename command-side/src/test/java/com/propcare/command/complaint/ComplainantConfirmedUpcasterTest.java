package com.propcare.command.complaint;

import com.propcare.events.StaffId;
import com.propcare.events.complaint.ComplainantConfirmed;
import com.propcare.events.complaint.ComplaintId;
import com.propcare.eventstore.EventStoreConfiguration;
import com.propcare.eventstore.upcasting.ComplainantConfirmedUpcaster;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Verdicts stored before callbacks existed (revision 1) still read, as verdicts whose basis was not recorded. */
class ComplainantConfirmedUpcasterTest {

    private static final Instant AT = Instant.parse("2026-03-04T07:00:00Z");
    private final Serializer serializer = EventStoreConfiguration.plainJsonSerializer();

    @Test
    void a_revision_1_verdict_reads_as_revision_2_without_a_basis() {
        String stored = """
                {"complaintId":"complaint-1","satisfied":true,"comment":"Thanks",
                 "confirmedAt":"2026-03-04T07:00:00Z","recordedBy":"clerk-1"}""";

        assertThat(read(stored, "1")).containsExactly(
                new ComplainantConfirmed(new ComplaintId("complaint-1"), true, "Thanks", AT, new StaffId("clerk-1"),
                                         null, null));
    }

    @Test
    void a_revision_2_verdict_is_left_as_it_is() {
        String stored = """
                {"complaintId":"complaint-1","satisfied":false,"comment":"Still dripping",
                 "confirmedAt":"2026-03-04T07:00:00Z","recordedBy":"director-1","callbackId":null,
                 "directorDecision":"checked on site"}""";

        assertThat(read(stored, "2")).containsExactly(
                new ComplainantConfirmed(new ComplaintId("complaint-1"), false, "Still dripping", AT,
                                         new StaffId("director-1"), null, "checked on site"));
    }

    private List<Object> read(String payload, String revision) {
        GenericDomainEventEntry<byte[]> entry = new GenericDomainEventEntry<>(
                "Complaint", "complaint-1", 9, "event-1", AT, ComplainantConfirmed.class.getName(), revision,
                payload.getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8));
        return EventStreamUtils.upcastAndDeserializeDomainEvents(Stream.of(entry), serializer,
                                                                 new ComplainantConfirmedUpcaster())
                               .asStream().map(DomainEventMessage::getPayload).map(Object.class::cast).toList();
    }
}
