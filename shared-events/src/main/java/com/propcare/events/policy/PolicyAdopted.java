package com.propcare.events.policy;

import com.propcare.events.OfficeId;
import com.propcare.events.PolicyVersion;
import com.propcare.events.StaffId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * An office adopted a new version of its policy, in force from {@code effectiveFrom}. Versions are never edited:
 * a change is the next version. Every decision made under a policy names the version it used (e.g.
 * {@code office-1:v3}), which was the one in force when the triggering fact happened.
 *
 * Revision 2 added {@code document.complaints.complaintRateTargetPercent} and {@code monthlyBulletinDay}.
 *
 * @param number the version's number within the office, 1 for the first adoption
 */
@Revision("2")
public record PolicyAdopted(OfficeId officeId, PolicyVersion version, int number, Instant effectiveFrom,
                            PolicyDocument document, Instant adoptedAt, StaffId adoptedBy) {
}
