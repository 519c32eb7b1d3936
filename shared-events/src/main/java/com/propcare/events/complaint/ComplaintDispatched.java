package com.propcare.events.complaint;

import com.propcare.events.DepartmentId;
import com.propcare.events.PolicyVersion;
import com.propcare.events.StaffId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The handling notice (《客户投诉处理通知单》) went to the responsible department with a due time. */
@Revision("1")
public record ComplaintDispatched(ComplaintId complaintId, DepartmentId department, Instant dispatchedAt, StaffId dispatchedBy, Instant due, PolicyVersion policy) implements ComplaintEvent {
}
