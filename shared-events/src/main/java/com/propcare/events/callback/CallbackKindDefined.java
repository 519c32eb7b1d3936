package com.propcare.events.callback;

import com.propcare.events.OfficeId;
import com.propcare.events.StaffId;
import com.propcare.events.policy.Due;
import com.propcare.events.registry.StaffRole;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * An office defined (or redefined, with the next revision) a callback kind of its own, so that a follow-up the
 * regulations name works by configuration: a recorded matter of {@code matterType} creates one callback per due
 * offset and per household or member of staff it concerns.
 *
 * @param ratePercent share of matters that get the callbacks; 100 means all, less a deterministic sample
 */
@Revision("1")
public record CallbackKindDefined(OfficeId officeId, KindCode code, String name, String matterType,
                                  List<Due> dueOffsets, List<StaffRole> performerRoles, int ratePercent,
                                  boolean conflictOfInterestAvoided, Set<CallbackMethod> allowedMethods,
                                  boolean recordingRequired, int retentionYears, int revision, Instant definedAt,
                                  StaffId definedBy) {
}
