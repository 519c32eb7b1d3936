package com.propcare.command.callback.sampling;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.propcare.events.DepartmentId;
import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;
import com.propcare.events.StaffId;
import com.propcare.events.callback.RepairCompletion;
import com.propcare.events.workorder.WorkOrderId;
import com.propcare.events.workorder.WorkOrderKind;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * Completed work orders waiting for their office day to end and be sampled, in the {@value #COLLECTION}
 * collection ({@code _id} = work order id, so queueing again changes nothing). Written by the callback triggers,
 * emptied by {@link RepairSamplingStep} once a day's sample was taken; it holds only a few days of completions, so
 * reading it whole is fine.
 */
@Component
public class RepairQueue {

    static final String COLLECTION = "callback_repair_queue";

    /** A completion waiting, with the office day it belongs to. */
    public record Queued(OfficeId office, LocalDate day, RepairCompletion repair) {
    }

    private final MongoCollection<Document> queue;

    public RepairQueue(MongoDatabase database) {
        this.queue = database.getCollection(COLLECTION);
    }

    public void add(OfficeId office, LocalDate day, RepairCompletion repair) {
        Document document = new Document("_id", repair.workOrderId().value())
                .append("office", office.value())
                .append("day", day.toString())
                .append("household", repair.householdId().value())
                .append("kind", repair.kind().name())
                .append("completedAt", Date.from(repair.completedAt()))
                .append("performedBy", repair.performedBy() == null ? null : repair.performedBy().value())
                .append("department", repair.department() == null ? null : repair.department().value());
        queue.replaceOne(Filters.eq("_id", document.getString("_id")), document, new ReplaceOptions().upsert(true));
    }

    public List<Queued> all() {
        List<Queued> all = new ArrayList<>();
        for (Document document : queue.find()) {
            String performedBy = document.getString("performedBy");
            String department = document.getString("department");
            all.add(new Queued(new OfficeId(document.getString("office")), LocalDate.parse(document.getString("day")),
                               new RepairCompletion(new WorkOrderId(document.getString("_id")),
                                                    new HouseholdId(document.getString("household")),
                                                    WorkOrderKind.valueOf(document.getString("kind")),
                                                    document.getDate("completedAt").toInstant(),
                                                    performedBy == null ? null : new StaffId(performedBy),
                                                    department == null ? null : new DepartmentId(department))));
        }
        return all;
    }

    /** Exact-key deletes, one by one: the embedded server indexes nothing but {@code _id}. */
    public void remove(List<WorkOrderId> sampled) {
        sampled.forEach(workOrder -> queue.deleteOne(Filters.eq("_id", workOrder.value())));
    }
}
