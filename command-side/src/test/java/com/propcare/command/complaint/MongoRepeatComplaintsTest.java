package com.propcare.command.complaint;

import com.mongodb.client.MongoDatabase;
import com.propcare.eventstore.TestMongo;
import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;
import com.propcare.events.PolicyVersion;
import com.propcare.events.StaffId;
import com.propcare.events.complaint.ComplaintCategory;
import com.propcare.events.complaint.ComplaintChannel;
import com.propcare.events.complaint.ComplaintId;
import com.propcare.events.complaint.ComplaintNumber;
import com.propcare.events.complaint.ComplaintRegistered;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

class MongoRepeatComplaintsTest {

    private static final OfficeId OFFICE = new OfficeId("office-1");
    private static final HouseholdId HOUSEHOLD = new HouseholdId("household-3-1201");
    private static final ComplaintCategory CATEGORY = ComplaintCategory.REPAIR_SERVICE;
    private static final Duration WINDOW = Duration.ofDays(90);
    private static final Instant NOW = Instant.parse("2026-03-04T01:00:00Z");

    private final TestMongo mongo = new TestMongo();
    private final MongoDatabase database = mongo.database("command-side-test");
    private final MongoRepeatComplaints repeats = new MongoRepeatComplaints(database);

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    void a_household_without_earlier_complaints_has_no_previous_one() {
        assertThat(repeats.previousWithin(OFFICE, HOUSEHOLD, CATEGORY, NOW, WINDOW)).isEmpty();
    }

    @Test
    void a_registration_is_found_by_the_next_complaint_of_the_same_household_and_category() {
        repeats.on(registered("c-1", HOUSEHOLD, CATEGORY, NOW.minus(Duration.ofDays(10))));

        assertThat(repeats.previousWithin(OFFICE, HOUSEHOLD, CATEGORY, NOW, WINDOW))
                .contains(new ComplaintId("c-1"));
        assertThat(repeats.previousWithin(OFFICE, HOUSEHOLD, ComplaintCategory.CLEANING, NOW, WINDOW)).isEmpty();
        assertThat(repeats.previousWithin(OFFICE, new HouseholdId("household-9-0101"), CATEGORY, NOW, WINDOW))
                .isEmpty();
        assertThat(repeats.previousWithin(new OfficeId("office-2"), HOUSEHOLD, CATEGORY, NOW, WINDOW)).isEmpty();
    }

    @Test
    void complaints_before_the_window_or_received_later_are_not_previous_ones() {
        repeats.on(registered("old", HOUSEHOLD, CATEGORY, NOW.minus(Duration.ofDays(91))));
        repeats.on(registered("later", HOUSEHOLD, CATEGORY, NOW.plus(Duration.ofHours(1))));

        assertThat(repeats.previousWithin(OFFICE, HOUSEHOLD, CATEGORY, NOW, WINDOW)).isEmpty();
    }

    @Test
    void the_most_recent_earlier_complaint_is_returned() {
        repeats.on(registered("c-1", HOUSEHOLD, CATEGORY, NOW.minus(Duration.ofDays(30))));
        repeats.on(registered("c-3", HOUSEHOLD, CATEGORY, NOW.minus(Duration.ofDays(2))));
        repeats.on(registered("c-2", HOUSEHOLD, CATEGORY, NOW.minus(Duration.ofDays(10))));

        assertThat(repeats.previousWithin(OFFICE, HOUSEHOLD, CATEGORY, NOW, WINDOW)).contains(new ComplaintId("c-3"));
        assertThat(repeats.previousWithin(OFFICE, HOUSEHOLD, CATEGORY, NOW.minus(Duration.ofDays(5)), WINDOW))
                .contains(new ComplaintId("c-2"));
    }

    @Test
    void a_redelivered_registration_changes_nothing() {
        ComplaintRegistered registered = registered("c-1", HOUSEHOLD, CATEGORY, NOW.minus(Duration.ofDays(1)));

        repeats.on(registered);
        Document once = lookupDocument();
        repeats.on(registered);

        assertThat(lookupDocument()).isEqualTo(once);
        assertThat(once.getList("recent", Document.class)).hasSize(1);
    }

    @Test
    void only_the_most_recent_complaints_of_a_household_and_category_are_kept() {
        for (int day = 1; day <= MongoRepeatComplaints.KEPT_PER_KEY + 2; day++) {
            repeats.on(registered("c-" + day, HOUSEHOLD, CATEGORY, NOW.minus(Duration.ofDays(20 - day))));
        }

        assertThat(lookupDocument().getList("recent", Document.class))
                .extracting(recent -> recent.getString("complaintId"))
                .containsExactly("c-3", "c-4", "c-5", "c-6", "c-7");
        assertThat(repeats.previousWithin(OFFICE, HOUSEHOLD, CATEGORY, NOW, WINDOW)).contains(new ComplaintId("c-7"));
    }

    private Document lookupDocument() {
        return database.getCollection(MongoRepeatComplaints.COLLECTION)
                    .find(eq("_id", OFFICE.value() + ":" + HOUSEHOLD.value() + ":" + CATEGORY.name()))
                    .first();
    }

    private static ComplaintRegistered registered(String complaintId, HouseholdId household,
                                                  ComplaintCategory category, Instant receivedAt) {
        return new ComplaintRegistered(new ComplaintId(complaintId), OFFICE, new ComplaintNumber("TS-2026-000001"),
                                       ComplaintChannel.PHONE, household, category, "Leak", receivedAt,
                                       new StaffId("clerk-1"), null, receivedAt.plus(Duration.ofDays(1)),
                                       receivedAt.plus(Duration.ofDays(3)), new PolicyVersion("office-1:default-1"));
    }
}
