package com.propcare.command.complaint;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.PushOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;
import com.propcare.events.complaint.ComplainantConfirmed;
import com.propcare.events.complaint.ComplaintCategory;
import com.propcare.events.complaint.ComplaintClassified;
import com.propcare.events.complaint.ComplaintClosed;
import com.propcare.events.complaint.ComplaintDeclaredInvalid;
import com.propcare.events.complaint.ComplaintDispatched;
import com.propcare.events.complaint.ComplaintEscalated;
import com.propcare.events.complaint.ComplaintEvent;
import com.propcare.events.complaint.ComplaintFlaggedAsRepeat;
import com.propcare.events.complaint.ComplaintId;
import com.propcare.events.complaint.ComplaintRegistered;
import com.propcare.events.complaint.ComplaintReopened;
import com.propcare.events.complaint.ComplaintReviewRequested;
import com.propcare.events.complaint.ComplaintVerified;
import com.propcare.events.complaint.CorrectiveActionCompleted;
import com.propcare.events.complaint.CorrectiveActionPlanned;
import com.propcare.events.complaint.DispatchReceived;
import com.propcare.events.complaint.FirstReplyGiven;
import com.propcare.events.complaint.HandlingDecided;
import com.propcare.events.complaint.HandlingResultReported;
import com.propcare.events.complaint.RemedialActionRecorded;
import com.propcare.eventstore.ReadsEvents;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * The repeat lookup as a command-side set (the AxonIQ way of set-based validation): one small document per
 * office, household and category holding its most recent complaints, read by exact {@code _id} (the only lookup
 * the embedded server serves from an index). It is updated in the subscribing processing group
 * {@value #PROCESSING_GROUP}, in the registering command's unit of work, so the next registration sees it.
 */
@ReadsEvents(value = ComplaintEvent.class,
             ignores = {ComplainantConfirmed.class, ComplaintClassified.class, ComplaintClosed.class,
                        ComplaintDeclaredInvalid.class, ComplaintDispatched.class, ComplaintEscalated.class,
                        ComplaintFlaggedAsRepeat.class, ComplaintReopened.class, ComplaintReviewRequested.class,
                        ComplaintVerified.class, CorrectiveActionCompleted.class, CorrectiveActionPlanned.class,
                        DispatchReceived.class, FirstReplyGiven.class, HandlingDecided.class,
                        HandlingResultReported.class, RemedialActionRecorded.class})
@Component
@ProcessingGroup(MongoRepeatComplaints.PROCESSING_GROUP)
public class MongoRepeatComplaints implements RepeatComplaints {

    public static final String PROCESSING_GROUP = "complaint-lookup";
    static final String COLLECTION = "complaint_repeat_lookup";
    /** More than one so that a complaint entered late (received before the latest) still finds its predecessor. */
    static final int KEPT_PER_KEY = 5;
    private static final int DUPLICATE_KEY = 11000;

    private final MongoCollection<Document> lookup;

    public MongoRepeatComplaints(MongoDatabase database) {
        this.lookup = database.getCollection(COLLECTION);
    }

    @Override
    public Optional<ComplaintId> previousWithin(OfficeId office, HouseholdId household, ComplaintCategory category,
                                                Instant receivedAt, Duration window) {
        Document entry = lookup.find(Filters.eq("_id", key(office, household, category))).first();
        if (entry == null) {
            return Optional.empty();
        }
        Instant earliest = receivedAt.minus(window);
        return entry.getList("recent", Document.class).stream()
                    .filter(recent -> !receivedAt(recent).isAfter(receivedAt)
                            && !receivedAt(recent).isBefore(earliest))
                    .max(Comparator.comparing(MongoRepeatComplaints::receivedAt))
                    .map(recent -> new ComplaintId(recent.getString("complaintId")));
    }

    /**
     * Idempotent: a complaint already in the list is not added again. The check is a read by {@code _id} and the
     * write an update by {@code _id} alone, because the embedded server answers any other filter (such as "this
     * {@code _id} and not yet this complaint") by scanning the whole collection, on every registration. One
     * registration is handled by one thread at a time, so nothing adds the same complaint between the two.
     */
    @EventHandler
    void on(ComplaintRegistered event) {
        String key = key(event.officeId(), event.householdId(), event.category());
        String complaintId = event.complaintId().value();
        Document recent = new Document("complaintId", complaintId)
                .append("receivedAt", Date.from(event.receivedAt()));
        while (true) {
            if (alreadyRemembered(key, complaintId)) {
                return;
            }
            try {
                lookup.updateOne(Filters.eq("_id", key),
                                 Updates.pushEach("recent", List.of(recent), new PushOptions()
                                         .sortDocument(new Document("receivedAt", 1))
                                         .slice(-KEPT_PER_KEY)),
                                 new UpdateOptions().upsert(true));
                return;
            } catch (MongoException e) {
                if (e.getCode() != DUPLICATE_KEY) {
                    throw e;
                }
                // two first-ever upserts of this key raced; the retry adds to the winner's document
            }
        }
    }

    private boolean alreadyRemembered(String key, String complaintId) {
        Document entry = lookup.find(Filters.eq("_id", key)).first();
        return entry != null && entry.getList("recent", Document.class).stream()
                                     .anyMatch(recent -> complaintId.equals(recent.getString("complaintId")));
    }

    private static Instant receivedAt(Document recent) {
        return recent.getDate("receivedAt").toInstant();
    }

    private static String key(OfficeId office, HouseholdId household, ComplaintCategory category) {
        return office.value() + ":" + household.value() + ":" + category.name();
    }
}
