package com.propcare.eventstore.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * {@code PolicyAdopted} revision 1 → 2: the complaint-rate target and the day the monthly complaint bulletin is due
 * became policy values. Versions adopted before could not choose them, so they read with the regulations' figures,
 * 1 % and the 5th (domain §5), which is what applied to them.
 */
public class PolicyAdoptedUpcaster extends SingleEventUpcaster {

    private static final String TYPE = "com.propcare.events.policy.PolicyAdopted";
    private static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(TYPE, "1");
    private static final SimpleSerializedType REVISION_2 = new SimpleSerializedType(TYPE, "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return REVISION_1.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, JsonNode.class, payload -> {
            JsonNode complaints = payload.path("document").path("complaints");
            if (complaints instanceof ObjectNode rules) {
                if (!rules.has("complaintRateTargetPercent")) {
                    rules.put("complaintRateTargetPercent", 1);
                }
                if (!rules.has("monthlyBulletinDay")) {
                    rules.put("monthlyBulletinDay", 5);
                }
            }
            return payload;
        });
    }
}
