package com.propcare.command.survey;

import com.propcare.command.deadline.Deadlines;
import com.propcare.command.deadline.DueItem;
import com.propcare.command.deadline.OverdueCommands;
import com.propcare.events.survey.RectificationCompleted;
import com.propcare.events.survey.RectificationPlanned;
import com.propcare.events.survey.RectificationVerified;
import com.propcare.events.survey.SurveyCampaignClosed;
import com.propcare.events.survey.SurveyCampaignId;
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
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Keeps a campaign's due items in the deadline book: the end of the collection window (which closes it), the
 * report and the improvement measures, and each rectification (which are marked overdue once).
 */
@ReadsEvents(value = SurveyEvent.class,
             ignores = {RectificationVerified.class, SurveyReturnCorrected.class, SurveyReturnRecorded.class})
@Component
@ProcessingGroup(SurveyDeadlines.PROCESSING_GROUP)
class SurveyDeadlines {

    static final String PROCESSING_GROUP = "survey-deadlines";
    static final String WINDOW = "survey-window";
    static final String OBLIGATION = "survey-obligation";

    private final Deadlines deadlines;

    SurveyDeadlines(Deadlines deadlines) {
        this.deadlines = deadlines;
    }

    private static String key(SurveyCampaignId campaign, String obligation) {
        return "survey:" + campaign + ":" + obligation;
    }

    @EventHandler
    void on(SurveyCampaignOpened event) {
        SurveyCampaignId campaign = event.campaignId();
        deadlines.open(new DueItem(key(campaign, WINDOW), WINDOW, campaign.value(), null, event.officeId(),
                                   event.collectionCloses()));
        open(event, SurveyDeliverable.REPORT, event.reportDue());
        open(event, SurveyDeliverable.IMPROVEMENTS_POSTED, event.improvementsDue());
    }

    private void open(SurveyCampaignOpened event, SurveyDeliverable deliverable, Instant due) {
        deadlines.open(new DueItem(key(event.campaignId(), deliverable.name()), OBLIGATION,
                                   event.campaignId().value(), deliverable.name(), event.officeId(), due));
    }

    @EventHandler
    void on(SurveyCampaignClosed event) {
        deadlines.close(key(event.campaignId(), WINDOW));
    }

    @EventHandler
    void on(SurveyDeliverableDone event) {
        deadlines.close(key(event.campaignId(), event.deliverable().name()));
    }

    @EventHandler
    void on(RectificationPlanned event) {
        deadlines.open(new DueItem(key(event.campaignId(), event.rectificationId()), OBLIGATION,
                                   event.campaignId().value(), event.rectificationId(), event.officeId(),
                                   event.due()));
    }

    @EventHandler
    void on(RectificationCompleted event) {
        deadlines.close(key(event.campaignId(), event.rectificationId()));
    }

    @EventHandler
    void on(SurveyObligationOverdue event) {
        deadlines.close(key(event.campaignId(), event.obligation()));
    }

    /** The scheduler's commands for the two kinds of survey item. */
    @Configuration(proxyBeanMethods = false)
    static class Commands {

        @Bean
        OverdueCommands surveyWindowEnds() {
            return new OverdueCommands() {
                @Override
                public String type() {
                    return WINDOW;
                }

                @Override
                public Object markOverdue(DueItem item, Instant detectedAt) {
                    return new CloseSurveyCollection(new SurveyCampaignId(item.targetId()), detectedAt);
                }
            };
        }

        @Bean
        OverdueCommands surveyObligationsFallDue() {
            return new OverdueCommands() {
                @Override
                public String type() {
                    return OBLIGATION;
                }

                @Override
                public Object markOverdue(DueItem item, Instant detectedAt) {
                    return new MarkSurveyObligationOverdue(new SurveyCampaignId(item.targetId()), item.itemId(),
                                                           detectedAt);
                }
            };
        }
    }
}
