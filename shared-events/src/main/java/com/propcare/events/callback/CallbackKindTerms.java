package com.propcare.events.callback;

import com.propcare.events.policy.Due;
import com.propcare.events.registry.StaffRole;

import java.util.List;
import java.util.Set;

/**
 * An office callback kind's definition as it stood at one revision: what a matter of its type owes. A recorded
 * matter carries the terms of every kind in force for its type, so that its callbacks follow the definition of that
 * moment, whatever is defined later.
 */
public record CallbackKindTerms(KindCode code, String name, int revision, List<Due> dueOffsets,
                                List<StaffRole> performerRoles, int ratePercent, boolean conflictOfInterestAvoided,
                                Set<CallbackMethod> allowedMethods, boolean recordingRequired, int retentionYears) {

    public static CallbackKindTerms of(CallbackKindDefined defined) {
        return new CallbackKindTerms(defined.code(), defined.name(), defined.revision(), defined.dueOffsets(),
                                     defined.performerRoles(), defined.ratePercent(),
                                     defined.conflictOfInterestAvoided(), defined.allowedMethods(),
                                     defined.recordingRequired(), defined.retentionYears());
    }
}
