package com.propcare.eventstore.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * {@code MatterRecorded} revision 1 → 2: a matter did not carry the office kinds in force for its type; their
 * callbacks were created from the definitions the triggers had seen. Added as null, which says "not recorded", not
 * "none".
 */
public class MatterRecordedUpcaster extends SingleEventUpcaster {

    private static final String TYPE = "com.propcare.events.callback.MatterRecorded";
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
            event.putNull("callbackKinds");
            return event;
        });
    }
}
