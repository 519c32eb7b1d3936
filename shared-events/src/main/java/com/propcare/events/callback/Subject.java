package com.propcare.events.callback;

import java.util.Objects;

/** The matter a callback follows up, e.g. complaint {@code c-17} or work order {@code wo-3}. */
public record Subject(SubjectType type, String id) {
    public Subject {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
    }
}
