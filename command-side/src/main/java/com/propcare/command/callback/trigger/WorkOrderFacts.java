package com.propcare.command.callback.trigger;

import com.propcare.events.DepartmentId;
import com.propcare.events.OfficeId;
import com.propcare.events.callback.CallbackId;
import com.propcare.events.workorder.ContractPeriod;
import com.propcare.events.workorder.WorkOrderOpened;

/**
 * What a work order's completion needs of its earlier events, all its own.
 *
 * @param reworkAfter the callback that found the work unsatisfactory, while its rework is not completed
 */
record WorkOrderFacts(OfficeId office, DepartmentId department, ContractPeriod contract, CallbackId reworkAfter) {

    static WorkOrderFacts of(WorkOrderOpened opened) {
        return new WorkOrderFacts(opened.officeId(), null, opened.contract(), null);
    }

    WorkOrderFacts assigned(DepartmentId newDepartment) {
        return new WorkOrderFacts(office, newDepartment, contract, reworkAfter);
    }

    WorkOrderFacts reworkRequested(CallbackId callback) {
        return new WorkOrderFacts(office, department, contract, callback);
    }

    WorkOrderFacts completed() {
        return new WorkOrderFacts(office, department, contract, null);
    }
}
