package com.propcare.query.callback;

import com.propcare.events.callback.CallbackMethod;
import com.propcare.events.callback.CallbackResult;
import com.propcare.events.callback.FollowUpType;
import com.propcare.events.callback.RaisedComplaint;
import com.propcare.events.callback.RaisedWorkOrder;
import com.propcare.events.callback.Signature;
import com.propcare.events.callback.SubjectType;
import com.propcare.events.complaint.ComplaintCategory;
import com.propcare.events.workorder.WorkOrderKind;
import com.propcare.query.callback.CallbackView.CallbackRecord;
import com.propcare.query.callback.CallbackView.Cancellation;
import com.propcare.query.callback.CallbackView.FollowUp;
import com.propcare.query.callback.CallbackView.SpotCheck;
import com.propcare.query.callback.CallbackView.Subject;
import org.bson.Document;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.Function;

/**
 * Explicit mapping between {@link CallbackView} and its Mongo document, so renaming a Java field never silently
 * changes the stored shape. Enums are stored by name, instants as BSON dates; the {@code overdue} flags are not
 * stored.
 */
final class CallbackDocuments {

    private CallbackDocuments() {
    }

    static Document toDocument(CallbackView view) {
        return new Document("_id", view.id())
                .append("office", view.office())
                .append("kind", view.kind())
                .append("subject", new Document("type", name(view.subject().type())).append("id", view.subject().id()))
                .append("household", view.household())
                .append("due", date(view.due()))
                .append("performerRoles", view.performerRoles())
                .append("handledBy", view.handledBy())
                .append("handlingDepartment", view.handlingDepartment())
                .append("conflictOfInterestAvoided", view.conflictOfInterestAvoided())
                .append("allowedMethods", view.allowedMethods().stream().map(Enum::name).toList())
                .append("recordingRequired", view.recordingRequired())
                .append("retentionYears", view.retentionYears())
                .append("followUpOf", view.followUpOf())
                .append("reason", view.reason())
                .append("policyVersion", view.policyVersion())
                .append("scheduledAt", date(view.scheduledAt()))
                .append("status", name(view.status()))
                .append("overdueDetectedAt", date(view.overdueDetectedAt()))
                .append("record", view.record() == null ? null : toDocument(view.record()))
                .append("followUps", view.followUps().stream().map(CallbackDocuments::toDocument).toList())
                .append("spotChecks", view.spotChecks().stream().map(CallbackDocuments::toDocument).toList())
                .append("cancellation", view.cancellation() == null ? null : toDocument(view.cancellation()))
                .append("version", view.version())
                .append("lastEventAt", date(view.lastEventAt()));
    }

    static CallbackView fromDocument(Document d) {
        Document subject = d.get("subject", Document.class);
        Document record = d.get("record", Document.class);
        Document cancellation = d.get("cancellation", Document.class);
        return new CallbackView(
                d.getString("_id"), d.getString("office"), d.getString("kind"),
                new Subject(value(subject, "type", SubjectType::valueOf), subject.getString("id")),
                d.getString("household"), instant(d, "due"), d.getList("performerRoles", String.class, List.of()),
                d.getString("handledBy"), d.getString("handlingDepartment"),
                d.getBoolean("conflictOfInterestAvoided", false),
                d.getList("allowedMethods", String.class, List.of()).stream().map(CallbackMethod::valueOf).toList(),
                d.getBoolean("recordingRequired", false), d.getInteger("retentionYears", 0),
                d.getString("followUpOf"), d.getString("reason"), d.getString("policyVersion"),
                instant(d, "scheduledAt"), value(d, "status", CallbackStatus::valueOf), instant(d, "overdueDetectedAt"),
                record == null ? null : recordOf(record),
                d.getList("followUps", Document.class, List.of()).stream().map(CallbackDocuments::followUpOf).toList(),
                d.getList("spotChecks", Document.class, List.of()).stream().map(CallbackDocuments::spotCheckOf).toList(),
                cancellation == null ? null : new Cancellation(cancellation.getString("reason"),
                                                               instant(cancellation, "cancelledAt"),
                                                               cancellation.getString("cancelledBy")),
                d.get("version", Number.class).longValue(), instant(d, "lastEventAt"), null);
    }

    private static Document toDocument(CallbackRecord record) {
        return new Document("method", name(record.method()))
                .append("performedAt", date(record.performedAt()))
                .append("performedBy", record.performedBy())
                .append("content", record.content())
                .append("problemsFound", record.problemsFound())
                .append("result", name(record.result()))
                .append("signature", name(record.signature()))
                .append("recordingRef", record.recordingRef())
                .append("nextCallbackDue", date(record.nextCallbackDue()))
                .append("onTime", record.onTime())
                .append("batchedAtMonthEnd", record.batchedAtMonthEnd())
                .append("recordedAt", date(record.recordedAt()))
                .append("recordedBy", record.recordedBy())
                .append("newComplaint", record.newComplaint() == null ? null
                        : new Document("category", name(record.newComplaint().category()))
                                .append("summary", record.newComplaint().summary()))
                .append("newWorkOrder", record.newWorkOrder() == null ? null
                        : new Document("kind", name(record.newWorkOrder().kind()))
                                .append("description", record.newWorkOrder().description()));
    }

    private static CallbackRecord recordOf(Document d) {
        return new CallbackRecord(value(d, "method", CallbackMethod::valueOf), instant(d, "performedAt"),
                                  d.getString("performedBy"), d.getString("content"), d.getString("problemsFound"),
                                  value(d, "result", CallbackResult::valueOf), value(d, "signature", Signature::valueOf),
                                  d.getString("recordingRef"), instant(d, "nextCallbackDue"),
                                  d.getBoolean("onTime", false), d.getBoolean("batchedAtMonthEnd", false),
                                  instant(d, "recordedAt"), d.getString("recordedBy"),
                                  raisedComplaintOf(d.get("newComplaint", Document.class)),
                                  raisedWorkOrderOf(d.get("newWorkOrder", Document.class)));
    }

    private static RaisedComplaint raisedComplaintOf(Document d) {
        return d == null ? null : new RaisedComplaint(value(d, "category", ComplaintCategory::valueOf),
                                                      d.getString("summary"));
    }

    private static RaisedWorkOrder raisedWorkOrderOf(Document d) {
        return d == null ? null : new RaisedWorkOrder(value(d, "kind", WorkOrderKind::valueOf),
                                                      d.getString("description"));
    }

    private static Document toDocument(FollowUp item) {
        return new Document("itemId", item.itemId())
                .append("type", name(item.type()))
                .append("description", item.description())
                .append("assignee", item.assignee())
                .append("due", date(item.due()))
                .append("policyVersion", item.policyVersion())
                .append("scheduledAt", date(item.scheduledAt()))
                .append("status", name(item.status()))
                .append("overdueDetectedAt", date(item.overdueDetectedAt()))
                .append("outcome", item.outcome())
                .append("doneAt", date(item.doneAt()))
                .append("doneBy", item.doneBy())
                .append("onTime", item.onTime());
    }

    private static FollowUp followUpOf(Document d) {
        return new FollowUp(d.getString("itemId"), value(d, "type", FollowUpType::valueOf), d.getString("description"),
                            d.getString("assignee"), instant(d, "due"), d.getString("policyVersion"),
                            instant(d, "scheduledAt"), value(d, "status", FollowUpStatus::valueOf),
                            instant(d, "overdueDetectedAt"), d.getString("outcome"), instant(d, "doneAt"),
                            d.getString("doneBy"), d.getBoolean("onTime"), null);
    }

    private static Document toDocument(SpotCheck check) {
        return new Document("checkId", check.checkId())
                .append("planned", check.planned())
                .append("onTime", check.onTime())
                .append("recordedTruthfully", check.recordedTruthfully())
                .append("findings", check.findings())
                .append("checkedAt", date(check.checkedAt()))
                .append("checkedBy", check.checkedBy());
    }

    private static SpotCheck spotCheckOf(Document d) {
        return new SpotCheck(d.getString("checkId"), d.getBoolean("planned", false), d.getBoolean("onTime", false),
                             d.getBoolean("recordedTruthfully", false), d.getString("findings"),
                             instant(d, "checkedAt"), d.getString("checkedBy"));
    }

    private static Document toDocument(Cancellation cancellation) {
        return new Document("reason", cancellation.reason())
                .append("cancelledAt", date(cancellation.cancelledAt()))
                .append("cancelledBy", cancellation.cancelledBy());
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
}
