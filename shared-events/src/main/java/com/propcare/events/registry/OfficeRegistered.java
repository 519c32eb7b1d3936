package com.propcare.events.registry;

import com.propcare.events.OfficeId;
import com.propcare.events.StaffId;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.ZoneId;

/**
 * A management office (管理处) was registered. {@code region} names the working-day calendar it follows (e.g.
 * {@code cn-mainland}); {@code timeZone} is where its days begin and end, for due times and "not in the future".
 */
@Revision("1")
public record OfficeRegistered(OfficeId officeId, String company, String name, String region, ZoneId timeZone,
                               Instant registeredAt, StaffId registeredBy) implements OfficeEvent {
}
