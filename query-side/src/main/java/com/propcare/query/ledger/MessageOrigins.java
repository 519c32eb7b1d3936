package com.propcare.query.ledger;

import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads who and what caused an event from its stored metadata. Axon's message origin provider stores the id of
 * the message being handled as {@code correlationId} (for us: the causation) and the id of the first message of the
 * chain as {@code traceId} (for us: the correlation); the command side adds {@code command} and, once users sign
 * in, {@code user}.
 */
@Component
public class MessageOrigins {

    private final JsonMapper json;

    public MessageOrigins(JsonMapper json) {
        this.json = json;
    }

    /** Where an event came from; any part may be null. */
    public record Origin(String correlationId, String causationId, String command, String user) {
    }

    public Origin of(String metaData) {
        JsonNode node = json.readTree(metaData);
        return new Origin(text(node, "traceId"), text(node, "correlationId"), text(node, "command"),
                          text(node, "user"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isString() ? value.asString() : null;
    }
}
