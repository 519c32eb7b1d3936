package com.propcare.eventstore.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * Reads one revision of an event as the next: its JSON payload is changed in place. It names the event by its type
 * name only, so that the store needs none of the event classes; every application reading the log gets it with the
 * store's configuration.
 */
abstract class NextRevisionUpcaster extends SingleEventUpcaster {

    private final SimpleSerializedType from;
    private final SimpleSerializedType to;

    NextRevisionUpcaster(String type, String fromRevision, String toRevision) {
        this.from = new SimpleSerializedType(type, fromRevision);
        this.to = new SimpleSerializedType(type, toRevision);
    }

    /** The payload of the older revision, changed into the next one's. */
    abstract void change(ObjectNode payload);

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return from.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(to, JsonNode.class, payload -> {
            change((ObjectNode) payload);
            return payload;
        });
    }
}
