package com.propcare.events.registry;

import com.propcare.events.OfficeId;
import com.propcare.events.StaffId;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;

/** The staff member left the office on {@code leftOn}; nothing can be assigned to them any more. */
@Revision("1")
public record StaffLeft(StaffId staffId, OfficeId officeId, LocalDate leftOn, Instant recordedAt,
                        StaffId recordedBy) implements StaffEvent {
}
