package com.propcare.query.audit;

import com.propcare.eventstore.EventLog.StoredEvent;
import com.propcare.query.ledger.LedgerEntry;
import com.propcare.query.ledger.MessageOrigins;
import com.propcare.query.support.PersonalDataMask;
import org.apache.commons.csv.CSVFormat;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.Map;

/** Turns stored events into history entries, and entries into JSON lines or CSV rows. */
@Component
public class HistoryEntries {

    public static final String CSV_HEADER = CSVFormat.DEFAULT.format(
            "position", "recordedAt", "officeId", "aggregateType", "aggregateId", "sequence", "type", "revision",
            "actor", "user", "command", "policyVersion", "correlationId", "causationId", "hash", "data") + "\r\n";

    private final PersonalDataMask mask;
    private final MessageOrigins origins;
    private final JsonMapper json;

    HistoryEntries(PersonalDataMask mask, MessageOrigins origins, JsonMapper json) {
        this.mask = mask;
        this.origins = origins;
        this.json = json;
    }

    /** @param chained the ledger's entry for the event, null if not chained yet */
    public HistoryEntry of(StoredEvent event, LedgerEntry chained) {
        JsonNode data = mask.masked(event.payload());
        MessageOrigins.Origin origin = origins.of(event.metaData());
        return new HistoryEntry(event.position(), event.timestamp(), chained == null ? null : chained.officeId(),
                                event.aggregateType(), event.aggregateId(), event.sequence(), event.simpleType(),
                                event.payloadRevision(), actor(data), origin.user(), origin.command(),
                                text(data.get("policy")), origin.correlationId(), origin.causationId(),
                                chained == null ? null : chained.hash(), data);
    }

    public String jsonLine(HistoryEntry entry) {
        return json.writeValueAsString(entry) + "\n";
    }

    public String csvRow(HistoryEntry entry) {
        return CSVFormat.DEFAULT.format(entry.position(), entry.recordedAt(), entry.officeId(), entry.aggregateType(),
                                        entry.aggregateId(), entry.sequence(), entry.type(), entry.revision(),
                                        entry.actor(), entry.user(), entry.command(), entry.policyVersion(),
                                        entry.correlationId(), entry.causationId(), entry.hash(),
                                        json.writeValueAsString(entry.data())) + "\r\n";
    }

    private static String actor(JsonNode data) {
        for (Map.Entry<String, JsonNode> field : data.properties()) {
            if (field.getKey().endsWith("By") && field.getValue().isString()) {
                return field.getValue().asString();
            }
        }
        return null;
    }

    private static String text(JsonNode node) {
        return node != null && node.isString() ? node.asString() : null;
    }
}
