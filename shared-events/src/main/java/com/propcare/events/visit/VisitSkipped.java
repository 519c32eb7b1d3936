package com.propcare.events.visit;

import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;
import com.propcare.events.PolicyVersion;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A new owner who moved in during a declared mass move-in was left out of the visit sample [001 A]; the reason
 * names the rule and the household's position in it, so the choice can be checked later.
 */
@Revision("1")
public record VisitSkipped(VisitId visitId, OfficeId officeId, VisitKind kind, HouseholdId householdId,
                           MassMoveInId massMoveIn, int samplePercent, int householdBucket, String reason,
                           PolicyVersion policy, Instant decidedAt) implements VisitEvent {
}
