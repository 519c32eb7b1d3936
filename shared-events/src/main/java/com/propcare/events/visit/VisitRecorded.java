package com.propcare.events.visit;

import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;
import com.propcare.events.StaffId;
import com.propcare.events.callback.Signature;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/**
 * The visit took place and was recorded on 《拜(回)访客户记录表》 [001]. {@code onTime} compares {@code visitedAt}
 * with the due time: a late visit is recorded as late, never hidden. Each opinion raised starts its own lifecycle.
 * Kind and household are restated so that counting visits needs no other event.
 */
@Revision("1")
public record VisitRecorded(VisitId visitId, OfficeId officeId, VisitKind kind, HouseholdId householdId,
                            VisitMethod method, Instant visitedAt, StaffId visitedBy, String summary,
                            List<RaisedOpinion> opinions, boolean feedbackRequired, Signature signature,
                            boolean onTime, Instant recordedAt, StaffId recordedBy) implements VisitEvent {
}
