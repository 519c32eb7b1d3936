package com.propcare.command.policy;

/** The stable codes with which an office's policy refuses an adoption; they are part of the HTTP API. */
public final class PolicyRefusalCodes {

    /** A field the command needs is missing (422; details: field). */
    public static final String FIELD_REQUIRED = "POLICY_FIELD_REQUIRED";
    /** The document breaks rules (422; details: field of the first, errors [{field, rule, message}]). */
    public static final String INVALID = "POLICY_INVALID";
    /**
     * effectiveFrom lies before the adoption itself: decisions already taken would have used another version (422;
     * details: field, effectiveFrom, adoptedAt).
     */
    public static final String RETROACTIVE = "POLICY_RETROACTIVE";
    /**
     * effectiveFrom lies before the latest version's: versions take effect in the order they are adopted (409;
     * details: effectiveFrom, latestVersion, latestEffectiveFrom).
     */
    public static final String EFFECTIVE_BEFORE_LATEST = "POLICY_EFFECTIVE_BEFORE_LATEST";

    private PolicyRefusalCodes() {
    }
}
