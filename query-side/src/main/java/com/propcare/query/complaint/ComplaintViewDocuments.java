package com.propcare.query.complaint;

import com.propcare.events.DepartmentId;
import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;
import com.propcare.events.StaffId;
import com.propcare.events.complaint.ClosingReason;
import com.propcare.events.complaint.ComplaintCategory;
import com.propcare.events.complaint.ComplaintChannel;
import com.propcare.events.complaint.ComplaintId;
import com.propcare.events.complaint.ComplaintNumber;
import com.propcare.events.complaint.ComplaintSeverity;
import com.propcare.events.complaint.EscalationLevel;
import com.propcare.events.complaint.Responsibility;
import com.propcare.query.complaint.ComplaintView.CorrectiveAction;
import com.propcare.query.complaint.ComplaintView.Escalation;
import org.bson.Document;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.Function;

/**
 * Explicit mapping between {@link ComplaintView} and its Mongo document, so renaming a Java field never silently
 * changes the stored shape. Ids are plain strings, enums their names, instants BSON dates (millisecond precision,
 * which is what every event time carries after a round trip through the store anyway). {@code overdue} is not
 * stored.
 */
final class ComplaintViewDocuments {

    private ComplaintViewDocuments() {
    }

    static Document toDocument(ComplaintView view) {
        return new Document("_id", view.id().value())
                .append("office", text(view.office()))
                .append("number", text(view.number()))
                .append("status", name(view.status()))
                .append("channel", name(view.channel()))
                .append("household", text(view.household()))
                .append("category", name(view.category()))
                .append("summary", view.summary())
                .append("severity", name(view.severity()))
                .append("responsibility", name(view.responsibility()))
                .append("department", text(view.department()))
                .append("receivedAt", date(view.receivedAt()))
                .append("receivedBy", text(view.receivedBy()))
                .append("firstReplyDue", date(view.firstReplyDue()))
                .append("firstRepliedAt", date(view.firstRepliedAt()))
                .append("firstReplyOnTime", view.firstReplyOnTime())
                .append("remedyDue", date(view.remedyDue()))
                .append("remedyAt", date(view.remedyAt()))
                .append("remedyOnTime", view.remedyOnTime())
                .append("dispatchDue", date(view.dispatchDue()))
                .append("specialMeasuresDue", date(view.specialMeasuresDue()))
                .append("repeat", view.repeat())
                .append("previousComplaint", text(view.previousComplaint()))
                .append("escalations", view.escalations().stream()
                        .map(escalation -> new Document("level", name(escalation.level()))
                                .append("at", date(escalation.at())))
                        .toList())
                .append("correctiveActions", view.correctiveActions().stream()
                        .map(action -> new Document("id", action.id())
                                .append("due", date(action.due()))
                                .append("completedAt", date(action.completedAt()))
                                .append("onTime", action.onTime()))
                        .toList())
                .append("result", view.result())
                .append("satisfied", view.satisfied())
                .append("closedAt", date(view.closedAt()))
                .append("closingReason", name(view.closingReason()))
                .append("reopenCount", view.reopenCount())
                .append("version", view.version())
                .append("lastEventAt", date(view.lastEventAt()));
    }

    static ComplaintView fromDocument(Document document) {
        return new ComplaintView(
                new ComplaintId(document.getString("_id")),
                value(document, "office", OfficeId::new),
                value(document, "number", ComplaintNumber::new),
                value(document, "status", ComplaintStatus::valueOf),
                value(document, "channel", ComplaintChannel::valueOf),
                value(document, "household", HouseholdId::new),
                value(document, "category", ComplaintCategory::valueOf),
                document.getString("summary"),
                value(document, "severity", ComplaintSeverity::valueOf),
                value(document, "responsibility", Responsibility::valueOf),
                value(document, "department", DepartmentId::new),
                instant(document, "receivedAt"),
                value(document, "receivedBy", StaffId::new),
                instant(document, "firstReplyDue"),
                instant(document, "firstRepliedAt"),
                document.getBoolean("firstReplyOnTime"),
                instant(document, "remedyDue"),
                instant(document, "remedyAt"),
                document.getBoolean("remedyOnTime"),
                instant(document, "dispatchDue"),
                instant(document, "specialMeasuresDue"),
                document.getBoolean("repeat", false),
                value(document, "previousComplaint", ComplaintId::new),
                document.getList("escalations", Document.class, List.of()).stream()
                        .map(escalation -> new Escalation(
                                value(escalation, "level", EscalationLevel::valueOf),
                                instant(escalation, "at")))
                        .toList(),
                document.getList("correctiveActions", Document.class, List.of()).stream()
                        .map(action -> new CorrectiveAction(
                                action.getString("id"),
                                instant(action, "due"),
                                instant(action, "completedAt"),
                                action.getBoolean("onTime")))
                        .toList(),
                document.getString("result"),
                document.getBoolean("satisfied"),
                instant(document, "closedAt"),
                value(document, "closingReason", ClosingReason::valueOf),
                document.get("reopenCount", Number.class).intValue(),
                document.get("version", Number.class).longValue(),
                instant(document, "lastEventAt"),
                null,
                List.of());
    }

    static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    static Instant instant(Document document, String key) {
        Date date = document.getDate(key);
        return date == null ? null : date.toInstant();
    }

    static <T> T value(Document document, String key, Function<String, T> parse) {
        String text = document.getString(key);
        return text == null ? null : parse.apply(text);
    }

    static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    /** Typed ids print as their plain value. */
    static String text(Object id) {
        return id == null ? null : id.toString();
    }
}
