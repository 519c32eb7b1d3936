package com.propcare.command.callback.trigger;

import com.propcare.events.DepartmentId;
import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;
import com.propcare.events.callback.CallbackId;
import com.propcare.events.complaint.ComplaintRegistered;
import com.propcare.events.complaint.ComplaintSeverity;

/**
 * What the callback of a complaint's result needs of the complaint's earlier events. They are the complaint's own,
 * handled in its order by the same segment, so they are always there when its result is.
 *
 * @param lastCallback the callback of the previous result, which a new one follows up
 */
record ComplaintFacts(OfficeId office, HouseholdId household, ComplaintSeverity severity, DepartmentId department,
                      CallbackId lastCallback) {

    static ComplaintFacts of(ComplaintRegistered registered) {
        return new ComplaintFacts(registered.officeId(), registered.householdId(), null, null, null);
    }

    ComplaintFacts classified(ComplaintSeverity newSeverity) {
        return new ComplaintFacts(office, household, newSeverity, department, lastCallback);
    }

    ComplaintFacts dispatched(DepartmentId newDepartment) {
        return new ComplaintFacts(office, household, severity, newDepartment, lastCallback);
    }

    ComplaintFacts calledBack(CallbackId callback) {
        return new ComplaintFacts(office, household, severity, department, callback);
    }
}
