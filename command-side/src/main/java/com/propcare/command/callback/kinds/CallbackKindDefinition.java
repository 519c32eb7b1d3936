package com.propcare.command.callback.kinds;

import com.propcare.events.StaffId;
import com.propcare.events.callback.CallbackMethod;
import com.propcare.events.policy.Due;
import com.propcare.events.registry.StaffRole;

import java.util.List;
import java.util.Set;

/** What an office says about a callback kind of its own; the same for defining and redefining it. */
public record CallbackKindDefinition(String name, String matterType, List<Due> dueOffsets,
                                     List<StaffRole> performerRoles, int ratePercent,
                                     boolean conflictOfInterestAvoided, Set<CallbackMethod> allowedMethods,
                                     boolean recordingRequired, int retentionYears, StaffId by) {
}
