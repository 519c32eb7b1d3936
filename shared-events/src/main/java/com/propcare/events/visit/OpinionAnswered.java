package com.propcare.events.visit;

import com.propcare.events.OfficeId;
import com.propcare.events.StaffId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * The resident got an answer; {@code adopted} records the director's decision whether to adopt the opinion [003]
 * (null when not decided). {@code onTime} compares {@code answeredAt} with the answer's due time.
 */
@Revision("1")
public record OpinionAnswered(OpinionId opinionId, OfficeId officeId, String answer, Boolean adopted,
                              Instant answeredAt, StaffId answeredBy, boolean onTime) implements OpinionEvent {
}
