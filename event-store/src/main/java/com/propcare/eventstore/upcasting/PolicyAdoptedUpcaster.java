package com.propcare.eventstore.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code PolicyAdopted} revision 1 → 2: the complaint-rate target and the day the monthly complaint bulletin is due
 * became policy values. Versions adopted before could not choose them, so they read with the regulations' figures,
 * 1 % and the 5th (domain §5), which is what applied to them.
 */
public class PolicyAdoptedUpcaster extends NextRevisionUpcaster {

    public PolicyAdoptedUpcaster() {
        super("com.propcare.events.policy.PolicyAdopted", "1", "2");
    }

    @Override
    void change(ObjectNode payload) {
        JsonNode complaints = payload.path("document").path("complaints");
        if (complaints instanceof ObjectNode rules) {
            if (!rules.has("complaintRateTargetPercent")) {
                rules.put("complaintRateTargetPercent", 1);
            }
            if (!rules.has("monthlyBulletinDay")) {
                rules.put("monthlyBulletinDay", 5);
            }
        }
    }
}
