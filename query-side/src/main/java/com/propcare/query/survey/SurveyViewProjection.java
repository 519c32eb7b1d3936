package com.propcare.query.survey;

import com.mongodb.client.model.Updates;
import com.propcare.events.policy.SurveyRules.Category;
import com.propcare.events.survey.Answer;
import com.propcare.events.survey.RectificationCompleted;
import com.propcare.events.survey.RectificationPlanned;
import com.propcare.events.survey.RectificationVerified;
import com.propcare.events.survey.SurveyCampaignClosed;
import com.propcare.events.survey.SurveyCampaignOpened;
import com.propcare.events.survey.SurveyDeliverable;
import com.propcare.events.survey.SurveyDeliverableDone;
import com.propcare.events.survey.SurveyEvent;
import com.propcare.events.survey.SurveyObligationOverdue;
import com.propcare.events.survey.SurveyReturnCorrected;
import com.propcare.events.survey.SurveyReturnRecorded;
import com.propcare.eventstore.ReadsEvents;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Keeps each campaign's view: its facts, the latest answers of every return, rectifications and deliverables. */
@ReadsEvents(SurveyEvent.class)
@Component
@ProcessingGroup(SurveyViewProjection.PROCESSING_GROUP)
public class SurveyViewProjection {

    static final String PROCESSING_GROUP = "survey-views";

    private final SurveyViews views;
    private final SatisfactionUpdates updates;

    public SurveyViewProjection(SurveyViews views, SatisfactionUpdates updates) {
        this.views = views;
        this.updates = updates;
    }

    @EventHandler
    public void on(SurveyCampaignOpened event, @SequenceNumber long sequence) {
        updates.changed(event.officeId().value());
        views.apply(event.campaignId().value(), sequence, List.of(
                Updates.set("office", event.officeId().value()), Updates.set("period", event.period()),
                Updates.set("categories", event.categories().stream().map(Enum::name).toList()),
                Updates.set("surveyed", event.surveyed().name()),
                Updates.set("distributed", event.distributedTo().size()),
                Updates.set("distributedAt", event.distributedAt().toString()),
                Updates.set("collectionCloses", event.collectionCloses().toString()),
                Updates.set("threshold", event.returnRateThresholdPercent()),
                Updates.set("penaltyPerPoint", event.penaltyPointsPerPoint()),
                Updates.set("pareto", event.paretoCumulativePercent()),
                Updates.set("policy", event.policy().value()), Updates.set("closed", false),
                Updates.set("deliverables." + SurveyDeliverable.REPORT,
                            new Document("due", event.reportDue().toString()).append("status", "PENDING")),
                Updates.set("deliverables." + SurveyDeliverable.IMPROVEMENTS_POSTED,
                            new Document("due", event.improvementsDue().toString()).append("status", "PENDING"))));
        views.index(event.officeId().value(), event.campaignId().value());
    }

    @EventHandler
    public void on(SurveyReturnRecorded event, @SequenceNumber long sequence) {
        updates.changed(event.officeId().value());
        views.applyReturn(event.campaignId().value(), event.returnId(), sequence, List.of(
                Updates.set("answers", answers(event.answers())), Updates.set("opinion", event.opinion()),
                Updates.set("receivedAt", event.receivedAt().toString()),
                Updates.set("anonymous", event.householdId() == null)));
    }

    /** A correction without an opinion keeps the one first written. */
    @EventHandler
    public void on(SurveyReturnCorrected event, @SequenceNumber long sequence) {
        updates.changed(event.officeId().value());
        List<Bson> change = new ArrayList<>(List.of(Updates.set("answers", answers(event.answers())),
                                                    Updates.set("correctedAt", event.correctedAt().toString())));
        if (event.opinion() != null) {
            change.add(Updates.set("opinion", event.opinion()));
        }
        views.applyReturn(event.campaignId().value(), event.returnId(), sequence, change);
    }

    @EventHandler
    public void on(SurveyCampaignClosed event, @SequenceNumber long sequence) {
        updates.changed(event.officeId().value());
        views.apply(event.campaignId().value(), sequence, List.of(
                Updates.set("closed", true), Updates.set("closedAt", event.closedAt().toString()),
                Updates.set("closingReason", event.reason())));
    }

    @EventHandler
    public void on(SurveyDeliverableDone event, @SequenceNumber long sequence) {
        updates.changed(event.officeId().value());
        String path = "deliverables." + event.deliverable();
        views.apply(event.campaignId().value(), sequence, List.of(
                Updates.set(path + ".status", "DONE"), Updates.set(path + ".doneAt", event.doneAt().toString()),
                Updates.set(path + ".onTime", event.onTime()), Updates.set(path + ".reference", event.reference())));
    }

    @EventHandler
    public void on(SurveyObligationOverdue event, @SequenceNumber long sequence) {
        updates.changed(event.officeId().value());
        String path = isDeliverable(event.obligation()) ? "deliverables." + event.obligation()
                                                        : "rectifications." + SurveyViews.field(event.obligation());
        views.apply(event.campaignId().value(), sequence, List.of(Updates.set(path + ".status", "OVERDUE")));
    }

    @EventHandler
    public void on(RectificationPlanned event, @SequenceNumber long sequence) {
        updates.changed(event.officeId().value());
        views.apply(event.campaignId().value(), sequence, List.of(Updates.set(
                "rectifications." + SurveyViews.field(event.rectificationId()),
                new Document("id", event.rectificationId()).append("category", event.category().name())
                        .append("causeAnalysis", event.causeAnalysis()).append("measures", event.measures())
                        .append("owner", event.owner().value())
                        .append("department", event.department() == null ? null : event.department().value())
                        .append("due", event.due().toString()).append("status", "PLANNED"))));
    }

    @EventHandler
    public void on(RectificationCompleted event, @SequenceNumber long sequence) {
        updates.changed(event.officeId().value());
        String path = "rectifications." + SurveyViews.field(event.rectificationId());
        views.apply(event.campaignId().value(), sequence, List.of(
                Updates.set(path + ".status", "COMPLETED"), Updates.set(path + ".outcome", event.outcome()),
                Updates.set(path + ".completedAt", event.completedAt().toString()),
                Updates.set(path + ".onTime", event.onTime())));
    }

    @EventHandler
    public void on(RectificationVerified event, @SequenceNumber long sequence) {
        updates.changed(event.officeId().value());
        String path = "rectifications." + SurveyViews.field(event.rectificationId());
        views.apply(event.campaignId().value(), sequence, List.of(
                Updates.set(path + ".status", event.effective() ? "VERIFIED" : "NOT_EFFECTIVE"),
                Updates.set(path + ".verification", event.verification()),
                Updates.set(path + ".followUpCallbacks", event.followUpHouseholds().size())));
    }

    @ResetHandler
    void reset() {
        views.clear();
    }

    private static boolean isDeliverable(String obligation) {
        for (SurveyDeliverable deliverable : SurveyDeliverable.values()) {
            if (deliverable.name().equals(obligation)) {
                return true;
            }
        }
        return false;
    }

    private static Document answers(Map<Category, List<Answer>> answers) {
        Document document = new Document();
        answers.forEach((category, ticks) -> document.append(category.name(),
                                                             ticks == null ? List.of()
                                                                           : ticks.stream().map(Enum::name).toList()));
        return document;
    }
}
