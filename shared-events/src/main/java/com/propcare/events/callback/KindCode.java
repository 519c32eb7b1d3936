package com.propcare.events.callback;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;

/** Names a callback kind: a built-in {@link com.propcare.events.policy.CallbackKind} by its name, or a kind an office defined itself (its code). */
public record KindCode(@JsonValue String value) {
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public KindCode {
        Objects.requireNonNull(value, "KindCode value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("KindCode must not be blank");
        }
    }

    /** The code of a built-in kind. */
    public static KindCode of(com.propcare.events.policy.CallbackKind kind) {
        return new KindCode(kind.name());
    }

    /** The built-in kind this code names, if it names one rather than an office-defined kind. */
    public java.util.Optional<com.propcare.events.policy.CallbackKind> builtIn() {
        return java.util.Arrays.stream(com.propcare.events.policy.CallbackKind.values())
                               .filter(kind -> kind.name().equals(value))
                               .findFirst();
    }

    @Override
    public String toString() {
        return value;
    }
}
