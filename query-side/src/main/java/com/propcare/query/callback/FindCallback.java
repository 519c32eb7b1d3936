package com.propcare.query.callback;

import java.util.Objects;

/** One callback with its record; answered with {@code null} when there is none. */
public record FindCallback(String callbackId) {

    public FindCallback {
        Objects.requireNonNull(callbackId, "callbackId");
    }
}
