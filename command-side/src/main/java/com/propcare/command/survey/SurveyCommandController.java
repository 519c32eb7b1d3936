package com.propcare.command.survey;

import com.propcare.command.support.CommandAnswers;
import com.propcare.command.support.CommandExecutor;
import com.propcare.command.support.CommandResponse;
import com.propcare.command.support.InvalidField;
import com.propcare.events.DepartmentId;
import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;
import com.propcare.events.StaffId;
import com.propcare.events.policy.SurveyRules.Category;
import com.propcare.events.survey.Answer;
import com.propcare.events.survey.SurveyCampaignId;
import com.propcare.events.survey.SurveyDeliverable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Satisfaction-survey campaigns over HTTP: distribution, returns and corrections, closing, deliverables and
 * rectifications. A campaign's id is {@code <office>:<period>}, e.g. {@code office-1:2026-H2}.
 */
@RestController
@RequestMapping("/api/surveys")
@Tag(name = "Survey commands", description = "Distribute campaigns, record returns, rectify the main items")
class SurveyCommandController {

    private final CommandExecutor commands;
    private final Clock clock;

    SurveyCommandController(CommandExecutor commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    private static URI location(String campaign) {
        return URI.create("/api/surveys/" + campaign);
    }

    private Mono<ResponseEntity<Object>> send(ServerHttpRequest request, Object body, String campaign,
                                              Function<StaffId, ?> command) {
        return commands.execute(request, body, command, outcome -> CommandResponse.accepted(
                location(campaign), new SurveyRequests.Accepted(campaign, outcome.version())));
    }

    @ApiResponse(responseCode = "201", description = CommandAnswers.CREATED)
    @PostMapping
    @Operation(summary = "Distribute a campaign to the households the policy names; the list is fixed from now on")
    Mono<ResponseEntity<Object>> open(@Valid @RequestBody SurveyRequests.Open body, ServerHttpRequest request) {
        SurveyCampaignId id = new SurveyCampaignId(body.officeId() + ":" + body.period());
        return commands.execute(request, body, actor -> new OpenSurveyCampaign(
                id, new OfficeId(body.officeId()), body.period(), categories(body.categories()), clock.instant(),
                actor),
                outcome -> CommandResponse.created(location(id.value()),
                                                   new SurveyRequests.Accepted(id.value(), outcome.version())));
    }

    @ApiResponse(responseCode = "202", description = CommandAnswers.ACCEPTED)
    @PostMapping("/{id}/returns")
    @Operation(summary = "Record a returned questionnaire (blank or double ticks are abstentions; anonymous allowed)")
    Mono<ResponseEntity<Object>> recordReturn(@PathVariable String id, @Valid @RequestBody SurveyRequests.Return body,
                                              ServerHttpRequest request) {
        return send(request, body, id, actor -> new RecordSurveyReturn(
                new SurveyCampaignId(id), body.returnId(),
                body.householdId() == null ? null : new HouseholdId(body.householdId()), answers(body.answers()),
                body.opinion(), body.receivedAt() == null ? clock.instant() : body.receivedAt(), clock.instant(),
                actor));
    }

    @ApiResponse(responseCode = "202", description = CommandAnswers.ACCEPTED)
    @PutMapping("/{id}/returns/{returnId}")
    @Operation(summary = "Correct a return before the window closes; the latest answers count")
    Mono<ResponseEntity<Object>> correct(@PathVariable String id, @PathVariable String returnId,
                                         @Valid @RequestBody SurveyRequests.Correction body,
                                         ServerHttpRequest request) {
        return send(request, body, id, actor -> new CorrectSurveyReturn(
                new SurveyCampaignId(id), returnId, answers(body.answers()), body.opinion(), clock.instant(),
                actor));
    }

    @ApiResponse(responseCode = "202", description = CommandAnswers.ACCEPTED)
    @PostMapping("/{id}/close")
    @Operation(summary = "End collection early (it ends by itself when the window has passed)")
    Mono<ResponseEntity<Object>> close(@PathVariable String id, @Valid @RequestBody SurveyRequests.Close body,
                                       ServerHttpRequest request) {
        return send(request, body, id, actor -> new CloseSurveyCampaign(new SurveyCampaignId(id), body.reason(),
                                                                     clock.instant(), actor));
    }

    @ApiResponse(responseCode = "202", description = CommandAnswers.ACCEPTED)
    @PostMapping("/{id}/deliverables")
    @Operation(summary = "Record that the report was issued or the improvement measures were posted")
    Mono<ResponseEntity<Object>> deliverable(@PathVariable String id,
                                             @Valid @RequestBody SurveyRequests.Deliverable body,
                                             ServerHttpRequest request) {
        return send(request, body, id, actor -> new RecordSurveyDeliverable(
                new SurveyCampaignId(id), SurveyDeliverable.valueOf(body.deliverable()), body.reference(),
                clock.instant(), actor));
    }

    @ApiResponse(responseCode = "202", description = CommandAnswers.ACCEPTED)
    @PostMapping("/{id}/rectifications")
    @Operation(summary = "Plan the rectification of a main improvement item: cause, measures, owner, deadline")
    Mono<ResponseEntity<Object>> plan(@PathVariable String id, @Valid @RequestBody SurveyRequests.Rectification body,
                                      ServerHttpRequest request) {
        return send(request, body, id, actor -> new PlanRectification(
                new SurveyCampaignId(id), body.rectificationId(), body.category(), body.causeAnalysis(),
                body.measures(), new StaffId(body.owner()),
                body.department() == null ? null : new DepartmentId(body.department()), body.due(), clock.instant(),
                actor));
    }

    @ApiResponse(responseCode = "202", description = CommandAnswers.ACCEPTED)
    @PostMapping("/{id}/rectifications/{rectificationId}/completion")
    @Operation(summary = "The owner reports the rectification done")
    Mono<ResponseEntity<Object>> complete(@PathVariable String id, @PathVariable String rectificationId,
                                          @Valid @RequestBody SurveyRequests.Completion body,
                                          ServerHttpRequest request) {
        return send(request, body, id, actor -> new CompleteRectification(
                new SurveyCampaignId(id), rectificationId, body.outcome(), clock.instant(), actor));
    }

    @ApiResponse(responseCode = "202", description = CommandAnswers.ACCEPTED)
    @PostMapping("/{id}/rectifications/{rectificationId}/verification")
    @Operation(summary = "Someone other than the owner verifies it; the unsatisfied households get a follow-up call")
    Mono<ResponseEntity<Object>> verify(@PathVariable String id, @PathVariable String rectificationId,
                                        @Valid @RequestBody SurveyRequests.Verification body,
                                        ServerHttpRequest request) {
        return send(request, body, id, actor -> new VerifyRectification(
                new SurveyCampaignId(id), rectificationId, body.effective(), body.verification(), clock.instant(),
                actor));
    }

    private static List<Category> categories(List<String> named) {
        if (named == null) {
            return null;
        }
        List<Category> categories = new ArrayList<>();
        for (int i = 0; i < named.size(); i++) {
            categories.add(parse(Category.class, named.get(i), "categories[" + i + "]"));
        }
        return categories;
    }

    /** Every category and answer named must be one of the published ones; ticks are kept as made. */
    private static Map<Category, List<Answer>> answers(Map<String, List<String>> named) {
        Map<Category, List<Answer>> answers = new EnumMap<>(Category.class);
        if (named == null) {
            return answers;
        }
        named.forEach((category, ticks) -> {
            Category parsed = parse(Category.class, category, "answers." + category);
            List<Answer> parsedTicks = new ArrayList<>();
            List<String> given = ticks == null ? List.of() : ticks;
            for (int i = 0; i < given.size(); i++) {
                parsedTicks.add(parse(Answer.class, given.get(i), "answers." + category + "[" + i + "]"));
            }
            answers.put(parsed, List.copyOf(parsedTicks));
        });
        return answers;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name, String field) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidField(field, "OneOf", "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }
}
