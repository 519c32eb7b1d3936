package com.propcare.command.registry;

import com.propcare.events.OfficeId;
import com.propcare.events.StaffId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.ZoneId;

/** Register a management office under the id the caller chose (offices are named by their company). */
public record RegisterOffice(@TargetAggregateIdentifier OfficeId officeId, String company, String name,
                             String region, ZoneId timeZone, Instant at, StaffId by) {
}
