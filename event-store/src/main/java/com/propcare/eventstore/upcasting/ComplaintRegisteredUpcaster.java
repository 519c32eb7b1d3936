package com.propcare.eventstore.upcasting;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code ComplaintRegistered} revision 1 → 2: the complainant's contact was kept outside the log then, so the
 * event names none.
 */
public class ComplaintRegisteredUpcaster extends NextRevisionUpcaster {

    public ComplaintRegisteredUpcaster() {
        super("com.propcare.events.complaint.ComplaintRegistered", "1", "2");
    }

    @Override
    void change(ObjectNode payload) {
        payload.putNull("complainant");
    }
}
