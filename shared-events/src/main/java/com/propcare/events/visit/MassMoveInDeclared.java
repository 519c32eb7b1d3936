package com.propcare.events.visit;

import com.propcare.events.OfficeId;
import com.propcare.events.StaffId;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A new community's mass move-in (集中入伙) runs from {@code from} to {@code to}, both inclusive: new owners moving
 * in then are visited by sample [001 A].
 */
@Revision("1")
public record MassMoveInDeclared(MassMoveInId massMoveInId, OfficeId officeId, LocalDate from, LocalDate to,
                                 Instant declaredAt, StaffId declaredBy) {
}
