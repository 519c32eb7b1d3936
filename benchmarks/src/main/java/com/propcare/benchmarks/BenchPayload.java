package com.propcare.benchmarks;

import org.axonframework.serialization.Revision;

/** A payload about the size of a typical complaint event. */
@Revision("1")
public record BenchPayload(String aggregate, long sequence, String text) {
}
