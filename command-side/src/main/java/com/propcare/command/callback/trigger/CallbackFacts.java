package com.propcare.command.callback.trigger;

import com.propcare.events.DepartmentId;
import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;
import com.propcare.events.StaffId;
import com.propcare.events.callback.CallbackId;
import com.propcare.events.callback.CallbackMethod;
import com.propcare.events.callback.CallbackScheduled;
import com.propcare.events.callback.KindCode;
import com.propcare.events.callback.Subject;
import com.propcare.events.registry.StaffRole;

import java.util.List;
import java.util.Set;

/** What a callback's result needs of its scheduling: what it followed up and on which terms, for a follow-up. */
record CallbackFacts(CallbackId callbackId, OfficeId office, KindCode kind, Subject subject, HouseholdId household,
                     List<StaffRole> performerRoles, StaffId handledBy, DepartmentId handlingDepartment,
                     boolean conflictOfInterestAvoided, Set<CallbackMethod> allowedMethods, boolean recordingRequired,
                     int retentionYears) {

    static CallbackFacts of(CallbackScheduled scheduled) {
        return new CallbackFacts(scheduled.callbackId(), scheduled.officeId(), scheduled.kind(), scheduled.subject(),
                                 scheduled.householdId(), scheduled.performerRoles(), scheduled.handledBy(),
                                 scheduled.handlingDepartment(), scheduled.conflictOfInterestAvoided(),
                                 scheduled.allowedMethods(), scheduled.recordingRequired(),
                                 scheduled.retentionYears());
    }
}
