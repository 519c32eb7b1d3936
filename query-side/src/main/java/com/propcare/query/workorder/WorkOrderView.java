package com.propcare.query.workorder;

import org.bson.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;

/**
 * A work order as staff look it up: what, for whom, from which cause, who has it, and when it was done.
 * {@code version} is the last applied sequence number of the work order's stream.
 */
public record WorkOrderView(String id, String office, String household, String kind, String description,
                            String source, String sourceId, LocalDate contractStart, LocalDate contractEnd,
                            String status, Instant openedAt, String openedBy, String department, String assignee,
                            Instant assignedAt, String performedBy, String notes, Instant completedAt,
                            String cancellationReason, Instant cancelledAt, long version) {

    WorkOrderView assigned(String department, String assignee, Instant at, long sequence) {
        return new WorkOrderView(id, office, household, kind, description, source, sourceId, contractStart,
                                 contractEnd, "ASSIGNED", openedAt, openedBy, department, assignee, at, performedBy,
                                 notes, completedAt, cancellationReason, cancelledAt, sequence);
    }

    WorkOrderView completed(String performedBy, String notes, Instant at, long sequence) {
        return new WorkOrderView(id, office, household, kind, description, source, sourceId, contractStart,
                                 contractEnd, "COMPLETED", openedAt, openedBy, department, assignee, assignedAt,
                                 performedBy, notes, at, cancellationReason, cancelledAt, sequence);
    }

    /** The household was not satisfied: the work is assigned again and no longer done, until it is completed anew. */
    WorkOrderView reworkRequested(long sequence) {
        return new WorkOrderView(id, office, household, kind, description, source, sourceId, contractStart,
                                 contractEnd, "ASSIGNED", openedAt, openedBy, department, assignee, assignedAt, null,
                                 null, null, cancellationReason, cancelledAt, sequence);
    }

    WorkOrderView cancelled(String reason, Instant at, long sequence) {
        return new WorkOrderView(id, office, household, kind, description, source, sourceId, contractStart,
                                 contractEnd, "CANCELLED", openedAt, openedBy, department, assignee, assignedAt,
                                 performedBy, notes, completedAt, reason, at, sequence);
    }

    Document toDocument() {
        return new Document("_id", id).append("office", office).append("household", household)
                                      .append("kind", kind).append("description", description)
                                      .append("source", source).append("sourceId", sourceId)
                                      .append("contractStart", contractStart == null ? null : contractStart.toString())
                                      .append("contractEnd", contractEnd == null ? null : contractEnd.toString())
                                      .append("status", status).append("openedAt", date(openedAt))
                                      .append("openedBy", openedBy).append("department", department)
                                      .append("assignee", assignee).append("assignedAt", date(assignedAt))
                                      .append("performedBy", performedBy).append("notes", notes)
                                      .append("completedAt", date(completedAt))
                                      .append("cancellationReason", cancellationReason)
                                      .append("cancelledAt", date(cancelledAt)).append("version", version);
    }

    static WorkOrderView fromDocument(Document d) {
        return new WorkOrderView(d.getString("_id"), d.getString("office"), d.getString("household"),
                                 d.getString("kind"), d.getString("description"), d.getString("source"),
                                 d.getString("sourceId"), localDate(d.getString("contractStart")),
                                 localDate(d.getString("contractEnd")), d.getString("status"),
                                 instant(d.getDate("openedAt")), d.getString("openedBy"), d.getString("department"),
                                 d.getString("assignee"), instant(d.getDate("assignedAt")),
                                 d.getString("performedBy"), d.getString("notes"), instant(d.getDate("completedAt")),
                                 d.getString("cancellationReason"), instant(d.getDate("cancelledAt")),
                                 d.get("version", Number.class).longValue());
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static LocalDate localDate(String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}
