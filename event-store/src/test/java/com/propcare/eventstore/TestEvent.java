package com.propcare.eventstore;

import org.axonframework.serialization.Revision;

/** A minimal payload for storage tests. */
@Revision("1")
public record TestEvent(String label) {
}
