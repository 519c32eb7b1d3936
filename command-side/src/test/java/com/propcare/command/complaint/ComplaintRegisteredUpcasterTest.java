package com.propcare.command.complaint;

import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;
import com.propcare.events.PolicyVersion;
import com.propcare.events.StaffId;
import com.propcare.events.complaint.ComplaintCategory;
import com.propcare.events.complaint.ComplaintChannel;
import com.propcare.events.complaint.ComplaintId;
import com.propcare.events.complaint.ComplaintNumber;
import com.propcare.events.complaint.ComplaintRegistered;
import com.propcare.eventstore.EventStoreConfiguration;
import com.propcare.eventstore.upcasting.ComplaintRegisteredUpcaster;
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

/** Registrations stored before complainants travelled in the event (revision 1) read as naming none. */
class ComplaintRegisteredUpcasterTest {

    private static final Instant AT = Instant.parse("2026-03-04T07:00:00Z");
    private final Serializer serializer = EventStoreConfiguration.plainJsonSerializer();

    @Test
    void a_revision_1_registration_reads_as_revision_2_naming_no_complainant() {
        String stored = """
                {"complaintId":"complaint-1","officeId":"office-1","number":"TS-2026-000001","channel":"PHONE",
                 "householdId":"h-1","category":"CLEANING","summary":"Stairs","receivedAt":"2026-03-04T07:00:00Z",
                 "receivedBy":"clerk-1","originalDocumentRef":null,"firstReplyDue":"2026-03-05T07:00:00Z",
                 "remedyDue":"2026-03-07T07:00:00Z","policy":"office-1:v1"}""";

        List<Object> read = EventStreamUtils.upcastAndDeserializeDomainEvents(Stream.of(new GenericDomainEventEntry<>(
                "Complaint", "complaint-1", 0, "event-1", AT, ComplaintRegistered.class.getName(), "1",
                stored.getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8))), serializer,
                new ComplaintRegisteredUpcaster()).asStream().map(DomainEventMessage::getPayload)
                .map(Object.class::cast).toList();

        assertThat(read).containsExactly(new ComplaintRegistered(
                new ComplaintId("complaint-1"), new OfficeId("office-1"), new ComplaintNumber("TS-2026-000001"),
                ComplaintChannel.PHONE, new HouseholdId("h-1"), ComplaintCategory.CLEANING, "Stairs", AT,
                new StaffId("clerk-1"), null, Instant.parse("2026-03-05T07:00:00Z"),
                Instant.parse("2026-03-07T07:00:00Z"), new PolicyVersion("office-1:v1")));
    }
}
