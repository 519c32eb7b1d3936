package com.propcare.eventstore.upcasting;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code ComplainantConfirmed} revision 1 → 2: the basis of the verdict was not recorded before callbacks existed,
 * so both basis fields are added as null.
 */
public class ComplainantConfirmedUpcaster extends NextRevisionUpcaster {

    public ComplainantConfirmedUpcaster() {
        super("com.propcare.events.complaint.ComplainantConfirmed", "1", "2");
    }

    @Override
    void change(ObjectNode payload) {
        payload.putNull("callbackId");
        payload.putNull("directorDecision");
    }
}
