package com.propcare.command.callback.kinds;

import com.propcare.events.policy.CallbackKind;

import java.util.Map;
import java.util.Optional;

/**
 * The matter types the product knows, and the built-in kind each triggers by the policy. A survey rectification
 * that was done is recorded as a matter too, until surveys record their own rectifications.
 */
public final class BuiltInMatters {

    public static final String ACCIDENT = "ACCIDENT";

    private static final Map<String, CallbackKind> KINDS = Map.of(
            ACCIDENT, CallbackKind.ACCIDENT, "COMMUNITY_ACTIVITY", CallbackKind.COMMUNITY_ACTIVITY,
            "NEW_SERVICE", CallbackKind.NEW_SERVICE, "OTHER_SERVICE", CallbackKind.OTHER_SERVICES,
            "SURVEY_RECTIFICATION_DONE", CallbackKind.SURVEY_FOLLOW_UP);

    private BuiltInMatters() {
    }

    public static Optional<CallbackKind> kindOf(String matterType) {
        return Optional.ofNullable(KINDS.get(matterType));
    }
}
