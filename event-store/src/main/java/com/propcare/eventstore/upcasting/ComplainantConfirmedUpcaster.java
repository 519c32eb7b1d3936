package com.propcare.eventstore.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * {@code ComplainantConfirmed} revision 1 → 2: the basis of the verdict was not recorded before callbacks existed,
 * so both basis fields are added as null. It names the event by its type name only, so that the store needs none
 * of the event classes; every application reading the log gets it with the store's configuration.
 */
public class ComplainantConfirmedUpcaster extends SingleEventUpcaster {

    private static final String TYPE = "com.propcare.events.complaint.ComplainantConfirmed";
    private static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(TYPE, "1");
    private static final SimpleSerializedType REVISION_2 = new SimpleSerializedType(TYPE, "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return REVISION_1.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, JsonNode.class, payload -> {
            ObjectNode event = (ObjectNode) payload;
            event.putNull("callbackId");
            event.putNull("directorDecision");
            return event;
        });
    }
}
