package com.propcare.query.survey;

import com.propcare.events.policy.SurveyRules.Category;
import com.propcare.events.survey.Answer;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reports are computed on demand from the campaign's one document: the returns' latest answers are all there. */
@Component
public class SurveyQueries {

    /** The report lists the most recent opinions; the rest stay on the returns. */
    static final int OPINIONS_SHOWN = 50;

    private final SurveyViews views;
    private final Clock clock;

    public SurveyQueries(SurveyViews views, Clock clock) {
        this.views = views;
        this.clock = clock;
    }

    public Optional<SurveyReport> report(String campaign) {
        return views.campaign(campaign).map(this::report);
    }

    @QueryHandler
    SatisfactionOverview handle(FindSatisfaction query) {
        List<SurveyReport> reports = trend(query.officeId());
        return new SatisfactionOverview(
                query.officeId(), clock.instant(),
                reports.stream().map(report -> new SatisfactionOverview.Campaign(report.campaignId(), report.period(),
                                                                                report.closed(), report.statistics()))
                       .toList(),
                reports.stream().map(report -> new SatisfactionOverview.TrendPoint(
                        report.period(), report.statistics().returnRatePercent(),
                        report.statistics().finalRatePercent())).toList());
    }

    /** The office's campaigns in period order, each with its report. */
    List<SurveyReport> trend(String office) {
        return views.campaignsOf(office).stream().map(views::campaign).flatMap(Optional::stream)
                    .map(this::report).sorted(Comparator.comparing(SurveyReport::period)).toList();
    }

    private SurveyReport report(Document campaign) {
        List<Category> categories = campaign.getList("categories", String.class).stream().map(Category::valueOf)
                                            .toList();
        List<Map<Category, List<Answer>>> answers = new ArrayList<>();
        List<Document> withOpinion = new ArrayList<>();
        views.returnsOf(campaign).forEach(one -> {
            answers.add(answersOf(one.get("answers", Document.class)));
            String opinion = one.getString("opinion");
            if (opinion != null && !opinion.isBlank()) {
                withOpinion.add(one);
            }
        });
        SurveyStatistics.Result statistics = SurveyStatistics.compute(
                campaign.getInteger("distributed", 0),
                new SurveyStatistics.Rules(campaign.getInteger("threshold", 60), campaign.getInteger("penaltyPerPoint", 5),
                                           campaign.getInteger("pareto", 80)),
                categories, answers);
        List<String> opinions = withOpinion.stream()
                .sorted(Comparator.comparing((Document one) -> one.getString("receivedAt")).reversed())
                .limit(OPINIONS_SHOWN).map(one -> one.getString("opinion")).toList();
        Document rectifications = Optional.ofNullable(campaign.get("rectifications", Document.class))
                                          .orElse(new Document());
        List<Map<String, Object>> plan = rectifications.values().stream()
                .map(value -> (Map<String, Object>) new LinkedHashMap<>((Document) value))
                .sorted(Comparator.comparing(entry -> String.valueOf(entry.get("due")))).toList();
        return new SurveyReport(campaign.getString("_id"), campaign.getString("office"), campaign.getString("period"),
                                campaign.getString("policy"), campaign.getBoolean("closed", false), statistics,
                                opinions, plan,
                                new LinkedHashMap<>(Optional.ofNullable(campaign.get("deliverables", Document.class))
                                                            .orElse(new Document())));
    }

    private static Map<Category, List<Answer>> answersOf(Document document) {
        Map<Category, List<Answer>> answers = new EnumMap<>(Category.class);
        if (document != null) {
            document.forEach((category, ticks) -> answers.put(
                    Category.valueOf(category),
                    ((List<?>) ticks).stream().map(tick -> Answer.valueOf(tick.toString())).toList()));
        }
        return answers;
    }
}
