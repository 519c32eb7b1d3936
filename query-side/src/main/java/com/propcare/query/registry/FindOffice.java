package com.propcare.query.registry;

import java.util.Objects;

/** One office with its structure; answered with {@code null} when there is none. */
public record FindOffice(String officeId) {

    public FindOffice {
        Objects.requireNonNull(officeId, "officeId");
    }
}
