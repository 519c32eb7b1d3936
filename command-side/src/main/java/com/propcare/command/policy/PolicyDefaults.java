package com.propcare.command.policy;

import com.propcare.events.policy.PolicyDocument;
import com.propcare.events.policy.RegulationDefaults;

/** The regulations' defaults as the command side uses them; the document itself is published language. */
public final class PolicyDefaults {

    private static final PolicyDocument DOCUMENT = RegulationDefaults.document();

    private PolicyDefaults() {
    }

    public static PolicyDocument document() {
        return DOCUMENT;
    }
}
