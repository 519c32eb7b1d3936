package com.propcare.query.feed;

import com.propcare.eventstore.EventLog.StoredEvent;
import com.propcare.query.ledger.FeedEvent;
import com.propcare.query.ledger.LedgerEntry;
import com.propcare.query.ledger.MessageOrigins;
import com.propcare.query.support.PersonalDataMask;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.jackson.JsonFormat;
import org.springframework.stereotype.Component;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;

/**
 * Writes a feed event as a CloudEvents 1.0 JSON object (structured mode): {@code id} = global position,
 * {@code source} = {@code /offices/<office>} (or {@code /propcare} for company-wide events), {@code subject} =
 * aggregate id, {@code type} = the event's Java type, {@code dataschema} = its schema; extensions
 * {@code aggregatetype}, {@code aggregatesequence}, {@code revision}, {@code correlationid},
 * {@code causationid} and {@code ledgerhash} (the audit chain's hash at this event). The data is the payload
 * with personal data masked. JSON never holds a raw line break, so one event is always one line.
 */
@Component
public class CloudEventJson {

    private final JsonFormat format = new JsonFormat();
    private final PersonalDataMask mask;
    private final MessageOrigins origins;

    CloudEventJson(PersonalDataMask mask, MessageOrigins origins) {
        this.mask = mask;
        this.origins = origins;
    }

    public byte[] write(FeedEvent event) {
        StoredEvent stored = event.stored();
        LedgerEntry entry = event.entry();
        CloudEventBuilder builder = CloudEventBuilder.v1()
                .withId(Long.toString(entry.position()))
                .withSource(source(entry.officeId()))
                .withType(stored.payloadType())
                .withSubject(stored.aggregateId())
                .withTime(stored.timestamp().atOffset(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .withDataSchema(URI.create("/api/events/schemas/" + stored.payloadType()))
                .withExtension("ledgerhash", entry.hash())
                .withData(mask.maskedBytes(stored.payload()));
        if (stored.aggregateType() != null) {
            builder.withExtension("aggregatetype", stored.aggregateType())
                   .withExtension("aggregatesequence", Long.toString(stored.sequence()));
        }
        if (stored.payloadRevision() != null) {
            builder.withExtension("revision", stored.payloadRevision());
        }
        MessageOrigins.Origin origin = origins.of(stored.metaData());
        if (origin.correlationId() != null) {
            builder.withExtension("correlationid", origin.correlationId());
        }
        if (origin.causationId() != null) {
            builder.withExtension("causationid", origin.causationId());
        }
        return format.serialize(builder.build());
    }

    static URI source(String officeId) {
        return officeId == null ? URI.create("/propcare")
                : URI.create("/offices/" + URLEncoder.encode(officeId, StandardCharsets.UTF_8));
    }
}
