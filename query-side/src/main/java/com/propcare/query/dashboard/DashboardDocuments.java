package com.propcare.query.dashboard;

import com.propcare.query.support.FieldNames;
import org.bson.Document;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The one place the month documents are named and read: the projection writes these fields, the dashboards read
 * them back as a {@link Month}.
 */
final class DashboardDocuments {

    static final String COMPLAINTS = "complaints";
    static final String CALLBACKS = "callbacks";
    static final String FOLLOW_UPS = "followUps";
    static final String VISITS = "visits";

    static final String NUMBER = "number";
    static final String CATEGORY = "category";
    static final String HOUSEHOLD = "household";
    static final String DEPARTMENT = "department";
    static final String RECEIVED_AT = "receivedAt";
    static final String REMEDY_DUE = "remedyDue";
    static final String STATUS = "status";
    static final String CLOSING_REASON = "closingReason";
    static final String CLOSED_AT = "closedAt";
    static final String FIRST_REPLY_ON_TIME = "firstReplyOnTime";
    static final String REMEDY_ON_TIME = "remedyOnTime";
    static final String REPEAT = "repeat";
    static final String SATISFIED = "satisfied";
    static final String KIND = "kind";
    static final String TYPE = "type";
    static final String DUE = "due";
    static final String ON_TIME = "onTime";
    static final String PERFORMED_AT = "performedAt";
    static final String VISITED_AT = "visitedAt";
    static final String OVERDUE_RECORDED = "overdueRecorded";

    private DashboardDocuments() {
    }

    static Month month(String office, YearMonth month, Document document) {
        if (document == null) {
            return Month.empty(office, month);
        }
        return new Month(office, month,
                         section(document, COMPLAINTS, entry -> new Month.Complaint(
                                 entry.getString(NUMBER), entry.getString(CATEGORY), entry.getString(HOUSEHOLD),
                                 entry.getString(DEPARTMENT), instant(entry, RECEIVED_AT), instant(entry, REMEDY_DUE),
                                 entry.getString(STATUS), entry.getString(CLOSING_REASON),
                                 entry.getBoolean(FIRST_REPLY_ON_TIME), entry.getBoolean(REMEDY_ON_TIME),
                                 Boolean.TRUE.equals(entry.getBoolean(REPEAT)), entry.getBoolean(SATISFIED))),
                         section(document, CALLBACKS, entry -> new Month.Callback(
                                 entry.getString(KIND), instant(entry, DUE), entry.getString(STATUS),
                                 entry.getBoolean(ON_TIME), instant(entry, PERFORMED_AT))),
                         section(document, FOLLOW_UPS, entry -> new Month.FollowUp(
                                 entry.getString(TYPE), entry.getString(KIND), instant(entry, DUE),
                                 entry.getString(STATUS))),
                         section(document, VISITS, entry -> new Month.Visit(
                                 entry.getString(KIND), entry.getString(HOUSEHOLD), instant(entry, VISITED_AT))));
    }

    /** The month a stored month document is of, as its key names it. */
    static Month month(Document document) {
        return month(document.getString("office"), YearMonth.parse(document.getString("month")), document);
    }

    private static <T> Map<String, T> section(Document month, String name, Function<Document, T> read) {
        Document entries = month.get(name, Document.class);
        Map<String, T> byId = new LinkedHashMap<>();
        if (entries != null) {
            entries.forEach((key, value) -> byId.put(FieldNames.unescape(key), read.apply((Document) value)));
        }
        return byId;
    }

    static Document toDocument(OpenItem item) {
        return new Document(TYPE, item.type()).append("ref", item.ref()).append(KIND, item.kind())
                                              .append(DUE, date(item.due())).append("performer", item.performer())
                                              .append("performerName", item.performerName())
                                              .append(NUMBER, item.number()).append("room", item.room());
    }

    static OpenItem openItem(Document document) {
        return new OpenItem(document.getString(TYPE), document.getString("ref"), document.getString(KIND),
                            instant(document, DUE), document.getString("performer"),
                            document.getString("performerName"), document.getString(NUMBER),
                            document.getString("room"));
    }

    static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static Instant instant(Document entry, String field) {
        Date date = entry.getDate(field);
        return date == null ? null : date.toInstant();
    }
}
