package com.propcare.query.callback;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.propcare.events.callback.FollowUpType;
import com.propcare.query.support.FieldNames;
import com.propcare.query.support.IndexBuckets;
import com.propcare.query.support.ProcessorBatch;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import static com.propcare.query.callback.CallbackDocuments.date;
import static com.propcare.query.callback.CallbackDocuments.instant;
import static com.propcare.query.callback.CallbackDocuments.name;
import static com.propcare.query.callback.CallbackDocuments.value;

/**
 * Small index documents, read by {@code _id} alone (the only lookup the embedded server answers from an index),
 * holding an entry per callback or follow-up with what lists, "my obligations" and the monthly summary filter, sort
 * and count on:
 * <ul>
 *     <li>{@value #BY_OFFICE}: per office, an entry per callback with its follow-ups;</li>
 *     <li>{@value #BY_ROLE}: per office and performer role, the same entries for the callbacks that role may
 *     perform, so that a role's obligations do not read the whole office;</li>
 *     <li>{@value #BY_ASSIGNEE}: per office and follow-up assignee (staff member or department).</li>
 * </ul>
 * Each of them is split into {@link IndexBuckets}, so that a write does not rewrite the whole office.
 * <p>
 * Entries are keyed by callback (and item), so each is set atomically on its own; writes set the entry as it is
 * now, so they are idempotent. Within a processor's batch the entries of one document go out as one update.
 */
@Component
class CallbackIndexes {

    static final String BY_OFFICE = "callback_office_index";
    static final String BY_ROLE = "callback_role_index";
    static final String BY_ASSIGNEE = "callback_follow_up_assignee_index";
    private static final String ENTRIES = "entries";

    /** What a list, an obligation or a summary needs to know about one callback. */
    record CallbackEntry(String callback, String kind, String household, CallbackStatus status, Instant due,
                         List<String> performerRoles, String handledBy, String handlingDepartment,
                         boolean conflictOfInterestAvoided, boolean overdueRecorded, Instant performedAt,
                         Boolean onTime, List<FollowUpEntry> followUps, List<Instant> spotChecksAt) {

        static CallbackEntry of(CallbackView view) {
            return new CallbackEntry(view.id(), view.kind(), view.household(), view.status(), view.due(),
                                     view.performerRoles(), view.handledBy(), view.handlingDepartment(),
                                     view.conflictOfInterestAvoided(), view.overdueDetectedAt() != null,
                                     view.record() == null ? null : view.record().performedAt(),
                                     view.record() == null ? null : view.record().onTime(),
                                     view.followUps().stream().map(item -> FollowUpEntry.of(view, item)).toList(),
                                     view.spotChecks().stream().map(CallbackView.SpotCheck::checkedAt).toList());
        }
    }

    /** What "my obligations" and the summary need to know about one follow-up. */
    record FollowUpEntry(String callback, String itemId, String kind, String household, FollowUpType type,
                         String description, String assignee, Instant due, FollowUpStatus status,
                         boolean overdueRecorded, Boolean onTime) {

        static FollowUpEntry of(CallbackView view, CallbackView.FollowUp item) {
            return new FollowUpEntry(view.id(), item.itemId(), view.kind(), view.household(), item.type(),
                                     item.description(), item.assignee(), item.due(), item.status(),
                                     item.overdueDetectedAt() != null, item.onTime());
        }

        String key() {
            return callback + "/" + itemId;
        }
    }

    private final MongoCollection<Document> byOffice;
    private final MongoCollection<Document> byRole;
    private final MongoCollection<Document> byAssignee;

    CallbackIndexes(MongoDatabase database) {
        this.byOffice = database.getCollection(BY_OFFICE);
        this.byRole = database.getCollection(BY_ROLE);
        this.byAssignee = database.getCollection(BY_ASSIGNEE);
    }

    /** Brings every index entry of the callback up to date with {@code after}, writing only what changed. */
    void recordChange(CallbackView before, CallbackView after) {
        CallbackEntry entry = CallbackEntry.of(after);
        if (before == null || !CallbackEntry.of(before).equals(entry)) {
            set(byOffice, after.office(), Map.of(after.id(), toDocument(entry)));
            for (String role : after.performerRoles()) {
                set(byRole, roleKey(after.office(), role), Map.of(after.id(), toDocument(entry)));
            }
        }
        List<FollowUpEntry> earlier = before == null ? List.of() : CallbackEntry.of(before).followUps();
        Map<String, Map<String, Document>> changedByAssignee = new LinkedHashMap<>();
        entry.followUps().stream()
             .filter(item -> item.assignee() != null && !earlier.contains(item))
             .forEach(item -> changedByAssignee.computeIfAbsent(item.assignee(), assignee -> new LinkedHashMap<>())
                                               .put(item.key(), toDocument(item)));
        changedByAssignee.forEach((assignee, items) -> set(byAssignee, assigneeKey(after.office(), assignee), items));
    }

    List<CallbackEntry> ofOffice(String office) {
        return entries(byOffice, office, CallbackIndexes::callbackEntryOf);
    }

    List<CallbackEntry> ofRole(String office, String role) {
        return entries(byRole, roleKey(office, role), CallbackIndexes::callbackEntryOf);
    }

    List<FollowUpEntry> assignedTo(String office, String assignee) {
        return entries(byAssignee, assigneeKey(office, assignee), CallbackIndexes::followUpEntryOf);
    }

    void deleteAll() {
        byOffice.deleteMany(new Document());
        byRole.deleteMany(new Document());
        byAssignee.deleteMany(new Document());
    }

    private static void set(MongoCollection<Document> collection, String key, Map<String, Document> entries) {
        entries.forEach((id, entry) -> ProcessorBatch.setFields(collection, IndexBuckets.key(key, id),
                                                                Map.of(ENTRIES + "." + FieldNames.escape(id), entry)));
    }

    private static <E> List<E> entries(MongoCollection<Document> collection, String key,
                                       Function<Document, E> parse) {
        return IndexBuckets.entries(collection, key, ENTRIES).stream().map(parse).toList();
    }

    private static Document toDocument(CallbackEntry entry) {
        return new Document("callback", entry.callback())
                .append("kind", entry.kind())
                .append("household", entry.household())
                .append("status", name(entry.status()))
                .append("due", date(entry.due()))
                .append("performerRoles", entry.performerRoles())
                .append("handledBy", entry.handledBy())
                .append("handlingDepartment", entry.handlingDepartment())
                .append("conflictOfInterestAvoided", entry.conflictOfInterestAvoided())
                .append("overdueRecorded", entry.overdueRecorded())
                .append("performedAt", date(entry.performedAt()))
                .append("onTime", entry.onTime())
                .append("followUps", entry.followUps().stream().map(CallbackIndexes::toDocument).toList())
                .append("spotChecksAt", entry.spotChecksAt().stream().map(CallbackDocuments::date).toList());
    }

    private static CallbackEntry callbackEntryOf(Document d) {
        return new CallbackEntry(d.getString("callback"), d.getString("kind"), d.getString("household"),
                                 value(d, "status", CallbackStatus::valueOf), instant(d, "due"),
                                 d.getList("performerRoles", String.class, List.of()), d.getString("handledBy"),
                                 d.getString("handlingDepartment"), d.getBoolean("conflictOfInterestAvoided", false),
                                 d.getBoolean("overdueRecorded", false), instant(d, "performedAt"),
                                 d.getBoolean("onTime"),
                                 d.getList("followUps", Document.class, List.of()).stream()
                                  .map(CallbackIndexes::followUpEntryOf).toList(),
                                 d.getList("spotChecksAt", Date.class, List.of()).stream()
                                  .filter(Objects::nonNull).map(Date::toInstant).toList());
    }

    private static Document toDocument(FollowUpEntry entry) {
        return new Document("callback", entry.callback())
                .append("itemId", entry.itemId())
                .append("kind", entry.kind())
                .append("household", entry.household())
                .append("type", name(entry.type()))
                .append("description", entry.description())
                .append("assignee", entry.assignee())
                .append("due", date(entry.due()))
                .append("status", name(entry.status()))
                .append("overdueRecorded", entry.overdueRecorded())
                .append("onTime", entry.onTime());
    }

    private static FollowUpEntry followUpEntryOf(Document d) {
        return new FollowUpEntry(d.getString("callback"), d.getString("itemId"), d.getString("kind"),
                                 d.getString("household"), value(d, "type", FollowUpType::valueOf),
                                 d.getString("description"), d.getString("assignee"), instant(d, "due"),
                                 value(d, "status", FollowUpStatus::valueOf), d.getBoolean("overdueRecorded", false),
                                 d.getBoolean("onTime"));
    }

    /** Office and role in one key; office ids may hold '/', so it is escaped, and role names never do. */
    static String roleKey(String office, String role) {
        return escapeSlash(office) + "/" + role;
    }

    static String assigneeKey(String office, String assignee) {
        return escapeSlash(office) + "/" + escapeSlash(assignee);
    }

    private static String escapeSlash(String id) {
        return id.replace("%", "%25").replace("/", "%2F");
    }

}
