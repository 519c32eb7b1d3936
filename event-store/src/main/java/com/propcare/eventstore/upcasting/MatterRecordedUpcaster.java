package com.propcare.eventstore.upcasting;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code MatterRecorded} revision 1 → 2: a matter did not carry the office kinds in force for its type; their
 * callbacks were created from the definitions the triggers had seen. Added as null, which says "not recorded", not
 * "none".
 */
public class MatterRecordedUpcaster extends NextRevisionUpcaster {

    public MatterRecordedUpcaster() {
        super("com.propcare.events.callback.MatterRecorded", "1", "2");
    }

    @Override
    void change(ObjectNode payload) {
        payload.putNull("callbackKinds");
    }
}
