package com.propcare.command.survey;

import com.propcare.command.registry.References;
import com.propcare.command.policy.OfficeCalendars;
import com.propcare.command.policy.OfficePolicies;
import com.propcare.command.policy.PolicyInForce;
import com.propcare.command.support.DomainRefusal;
import com.propcare.command.support.Required;
import com.propcare.command.visit.VisitHouseholds;
import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;
import com.propcare.events.StaffId;
import com.propcare.events.policy.SurveyRules;
import com.propcare.events.policy.SurveyRules.Category;
import com.propcare.events.survey.Answer;
import com.propcare.events.survey.RectificationCompleted;
import com.propcare.events.survey.RectificationPlanned;
import com.propcare.events.survey.RectificationVerified;
import com.propcare.events.survey.SurveyCampaignClosed;
import com.propcare.events.survey.SurveyCampaignId;
import com.propcare.events.survey.SurveyCampaignOpened;
import com.propcare.events.survey.SurveyDeliverable;
import com.propcare.events.survey.SurveyDeliverableDone;
import com.propcare.events.survey.SurveyObligationOverdue;
import com.propcare.events.survey.SurveyReturnCorrected;
import com.propcare.events.survey.SurveyReturnRecorded;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One satisfaction-survey campaign (业主意见调查, domain §4): distributed to a fixed list of households, collected
 * within its window, then its main improvement items rectified and verified. It keeps only what its decisions
 * need: who got a questionnaire, who returned which, each household's latest "not satisfied" categories, the
 * rectifications and deliverables. The statistics are the query side's.
 */
@Aggregate(snapshotTriggerDefinition = "snapshotTrigger")
class SurveyCampaign {

    private static final Required REQUIRED = new Required(SurveyRefusalCodes.FIELD_REQUIRED);
    /** A year, a half, a quarter or a month: 2026, 2026-H2, 2026-Q3, 2026-06. */
    private static final Pattern PERIOD = Pattern.compile("\\d{4}(-H[12]|-Q[1-4]|-(0[1-9]|1[0-2]))?");

    @AggregateIdentifier
    private SurveyCampaignId id;
    private OfficeId office;
    private Set<Category> categories;
    private final Set<HouseholdId> distributedTo = new HashSet<>();
    private final Map<String, HouseholdId> returns = new HashMap<>();
    private final Map<HouseholdId, String> returnOfHousehold = new HashMap<>();
    private final Map<String, Set<Category>> notSatisfiedByReturn = new HashMap<>();
    private Instant collectionCloses;
    private boolean closed;
    private final Map<SurveyDeliverable, Instant> deliverablesDue = new HashMap<>();
    private final Set<String> overdue = new HashSet<>();
    private final Map<String, Rectification> rectifications = new HashMap<>();

    /** What the campaign keeps of a rectification. */
    private record Rectification(Category category, StaffId owner, Instant due, boolean completed,
                                 boolean verified) {
    }

    protected SurveyCampaign() {
    }

    @CommandHandler
    SurveyCampaign(OpenSurveyCampaign command, OfficePolicies policies, OfficeCalendars calendars,
                   VisitHouseholds households, References references) {
        REQUIRED.present("officeId", command.officeId());
        references.office(command.officeId(), "officeId");
        REQUIRED.text("period", command.period());
        REQUIRED.stamp(command.distributedAt(), command.by());
        if (!PERIOD.matcher(command.period()).matches()) {
            throw DomainRefusal.unprocessable(SurveyRefusalCodes.PERIOD_INVALID, "The period " + command.period()
                    + " is not a year, half, quarter or month such as 2026, 2026-H2, 2026-Q3, 2026-06",
                    Map.of("field", "period"));
        }
        PolicyInForce policy = policies.inForce(command.officeId(), command.distributedAt());
        SurveyRules rules = policy.document().surveys();
        List<Category> asked = command.categories() == null || command.categories().isEmpty()
                ? rules.categories() : List.copyOf(command.categories());
        List<HouseholdId> chosen = switch (rules.surveyed()) {
            case ALL_OCCUPIED -> households.occupied(command.officeId());
            case ALL_INCLUDING_TENANTS -> households.all(command.officeId());
            case SAMPLE_BY_FLOOR_OR_UNIT -> households.occupiedOnePerFloor(command.officeId());
        };
        if (chosen.isEmpty()) {
            throw DomainRefusal.unprocessable(SurveyRefusalCodes.NOBODY_TO_SURVEY, "Office " + command.officeId()
                    + " has no household to survey", Map.of("field", "officeId"));
        }
        Instant at = command.distributedAt();
        apply(new SurveyCampaignOpened(command.campaignId(), command.officeId(), command.period(), asked,
                                       rules.surveyed(), chosen, at,
                                       calendars.add(command.officeId(), at, rules.collectionWindow()),
                                       calendars.add(command.officeId(), at, rules.reportWithin()),
                                       calendars.add(command.officeId(), at, rules.improvementsPostedWithin()),
                                       rules.returnRateThresholdPercent(), rules.penaltyPointsPerPoint(),
                                       rules.paretoCumulativePercent(), policy.version(), command.by()));
    }

    @CommandHandler
    void handle(RecordSurveyReturn command) {
        REQUIRED.text("returnId", command.returnId());
        REQUIRED.present("receivedAt", command.receivedAt());
        REQUIRED.stamp(command.at(), command.by());
        requireCollecting(command.receivedAt());
        if (command.receivedAt().isAfter(command.at())) {
            throw DomainRefusal.unprocessable(SurveyRefusalCodes.RECEIVED_IN_FUTURE,
                    "A return cannot be received after it is entered", Map.of("field", "receivedAt"));
        }
        if (returns.containsKey(command.returnId())) {
            throw new DomainRefusal(SurveyRefusalCodes.RETURN_EXISTS, "Return " + command.returnId()
                    + " was recorded before", Map.of("returnId", command.returnId()));
        }
        HouseholdId household = command.householdId();
        if (household != null && !distributedTo.contains(household)) {
            throw DomainRefusal.unprocessable(SurveyRefusalCodes.NOT_DISTRIBUTED, "Household " + household
                    + " did not get a questionnaire of " + id, Map.of("field", "householdId"));
        }
        if (household != null && returnOfHousehold.containsKey(household)) {
            throw new DomainRefusal(SurveyRefusalCodes.DUPLICATE_RETURN, "Household " + household
                    + " returned its questionnaire as " + returnOfHousehold.get(household) + "; correct that one",
                    Map.of("field", "householdId", "returnId", returnOfHousehold.get(household)));
        }
        requireAsked(command.answers());
        apply(new SurveyReturnRecorded(id, office, command.returnId(), household, answers(command.answers()),
                                       command.opinion(), command.receivedAt(), command.by()));
    }

    @CommandHandler
    void handle(CorrectSurveyReturn command) {
        REQUIRED.text("returnId", command.returnId());
        REQUIRED.stamp(command.at(), command.by());
        requireCollecting(command.at());
        if (!returns.containsKey(command.returnId())) {
            throw DomainRefusal.notFound(SurveyRefusalCodes.RETURN_UNKNOWN, "No return " + command.returnId(),
                                         Map.of("returnId", command.returnId()));
        }
        requireAsked(command.answers());
        apply(new SurveyReturnCorrected(id, office, command.returnId(), answers(command.answers()),
                                        command.opinion(), command.at(), command.by()));
    }

    @CommandHandler
    void handle(CloseSurveyCampaign command) {
        REQUIRED.text("reason", command.reason());
        REQUIRED.stamp(command.at(), command.by());
        if (closed) {
            throw new DomainRefusal(SurveyRefusalCodes.CLOSED, "Campaign " + id + " is closed already");
        }
        apply(new SurveyCampaignClosed(id, office, distributedTo.size(), returns.size(), command.reason(),
                                       command.at()));
    }

    /** Idempotent: nothing happens once closed, or before the window has passed. */
    @CommandHandler
    void handle(CloseSurveyCollection command) {
        if (closed || command.detectedAt().isBefore(collectionCloses)) {
            return;
        }
        apply(new SurveyCampaignClosed(id, office, distributedTo.size(), returns.size(),
                                       "collection window ended", collectionCloses));
    }

    @CommandHandler
    void handle(RecordSurveyDeliverable command) {
        REQUIRED.present("deliverable", command.deliverable());
        REQUIRED.stamp(command.at(), command.by());
        if (!deliverablesDue.containsKey(command.deliverable())) {
            throw new DomainRefusal(SurveyRefusalCodes.DELIVERABLE_DONE, command.deliverable()
                    + " was recorded before", Map.of("deliverable", command.deliverable().name()));
        }
        Instant due = deliverablesDue.get(command.deliverable());
        apply(new SurveyDeliverableDone(id, office, command.deliverable(), command.reference(), command.at(),
                                        command.by(), !command.at().isAfter(due)));
    }

    /** Idempotent: nothing once done, already overdue, unknown, or before its due time. */
    @CommandHandler
    void handle(MarkSurveyObligationOverdue command) {
        Instant due = dueOf(command.obligation());
        if (due == null || overdue.contains(command.obligation()) || command.detectedAt().isBefore(due)) {
            return;
        }
        apply(new SurveyObligationOverdue(id, office, command.obligation(), due, command.detectedAt()));
    }

    @CommandHandler
    void handle(PlanRectification command, OfficePolicies policies, OfficeCalendars calendars,
                References references) {
        REQUIRED.text("rectificationId", command.rectificationId());
        REQUIRED.present("category", command.category());
        REQUIRED.text("causeAnalysis", command.causeAnalysis());
        REQUIRED.text("measures", command.measures());
        REQUIRED.present("owner", command.owner());
        REQUIRED.stamp(command.at(), command.by());
        references.staff(office, command.owner(), "owner");
        if (command.department() != null) {
            references.department(office, command.department(), "department");
        }
        if (!closed) {
            throw new DomainRefusal(SurveyRefusalCodes.STILL_COLLECTING, "Rectifications follow the analysis, once "
                    + "collection has ended");
        }
        if (!categories.contains(command.category())) {
            throw DomainRefusal.unprocessable(SurveyRefusalCodes.CATEGORY_NOT_ASKED, command.category()
                    + " was not asked in " + id, Map.of("field", "category"));
        }
        if (rectifications.containsKey(command.rectificationId())) {
            throw new DomainRefusal(SurveyRefusalCodes.RECTIFICATION_EXISTS, "Rectification "
                    + command.rectificationId() + " was planned before",
                    Map.of("rectificationId", command.rectificationId()));
        }
        PolicyInForce policy = policies.inForce(office, command.at());
        Instant due = command.due() != null ? command.due()
                : calendars.add(office, command.at(), policy.document().surveys().improvementsPostedWithin());
        apply(new RectificationPlanned(id, office, command.rectificationId(), command.category(),
                                       command.causeAnalysis(), command.measures(), command.owner(),
                                       command.department(), due, policy.version(), command.at(), command.by()));
    }

    @CommandHandler
    void handle(CompleteRectification command) {
        REQUIRED.text("outcome", command.outcome());
        REQUIRED.stamp(command.at(), command.by());
        Rectification rectification = rectification(command.rectificationId());
        if (rectification.completed()) {
            throw new DomainRefusal(SurveyRefusalCodes.RECTIFICATION_STATE, "Rectification "
                    + command.rectificationId() + " is completed already");
        }
        apply(new RectificationCompleted(id, office, command.rectificationId(), command.outcome(), command.at(),
                                         command.by(), !command.at().isAfter(rectification.due())));
    }

    /** The households to call back are those whose latest answer in the category is "not satisfied". */
    @CommandHandler
    void handle(VerifyRectification command) {
        REQUIRED.text("verification", command.verification());
        REQUIRED.stamp(command.at(), command.by());
        Rectification rectification = rectification(command.rectificationId());
        if (!rectification.completed() || rectification.verified()) {
            throw new DomainRefusal(SurveyRefusalCodes.RECTIFICATION_STATE, "Rectification "
                    + command.rectificationId() + " is verified once, after it was completed");
        }
        if (command.by().equals(rectification.owner())) {
            throw DomainRefusal.unprocessable(SurveyRefusalCodes.VERIFIER_IS_OWNER, "The owner of a rectification "
                    + "does not verify it", Map.of("field", "actor"));
        }
        List<HouseholdId> followUp = returnOfHousehold.entrySet().stream()
                .filter(entry -> notSatisfiedByReturn.getOrDefault(entry.getValue(), Set.of())
                                                     .contains(rectification.category()))
                .map(Map.Entry::getKey).sorted(java.util.Comparator.comparing(HouseholdId::value)).toList();
        apply(new RectificationVerified(id, office, command.rectificationId(), command.effective(),
                                        command.verification(), followUp, command.at(), command.by()));
    }

    private Rectification rectification(String rectificationId) {
        REQUIRED.text("rectificationId", rectificationId);
        Rectification rectification = rectifications.get(rectificationId);
        if (rectification == null) {
            throw DomainRefusal.notFound(SurveyRefusalCodes.RECTIFICATION_UNKNOWN, "No rectification "
                    + rectificationId, Map.of("rectificationId", rectificationId));
        }
        return rectification;
    }

    private Instant dueOf(String obligation) {
        for (SurveyDeliverable deliverable : SurveyDeliverable.values()) {
            if (deliverable.name().equals(obligation)) {
                return deliverablesDue.get(deliverable);
            }
        }
        Rectification rectification = rectifications.get(obligation);
        return rectification == null || rectification.completed() ? null : rectification.due();
    }

    /** A return is late when the office closed collection or the window has passed (the scheduler may lag). */
    private void requireCollecting(Instant at) {
        if (closed || at.isAfter(collectionCloses)) {
            throw new DomainRefusal(SurveyRefusalCodes.CLOSED, "Collection of " + id + " ended at "
                    + collectionCloses, Map.of("collectionCloses", collectionCloses.toString()));
        }
    }

    private void requireAsked(Map<Category, List<Answer>> answers) {
        if (answers == null) {
            return;
        }
        for (Category category : answers.keySet()) {
            if (!categories.contains(category)) {
                throw DomainRefusal.unprocessable(SurveyRefusalCodes.CATEGORY_NOT_ASKED, category
                        + " was not asked in " + id, Map.of("field", "answers." + category));
            }
        }
    }

    private static Map<Category, List<Answer>> answers(Map<Category, List<Answer>> answers) {
        return answers == null ? Map.of() : answers;
    }

    /** A plain set: the snapshot serializer cannot read an EnumSet's element type on this JDK's module system. */
    private static Set<Category> notSatisfied(Map<Category, List<Answer>> answers) {
        Set<Category> categories = new HashSet<>();
        answers.forEach((category, ticks) -> {
            if (ticks != null && ticks.size() == 1 && ticks.get(0) == Answer.NOT_SATISFIED) {
                categories.add(category);
            }
        });
        return categories;
    }

    @EventSourcingHandler
    void on(SurveyCampaignOpened event) {
        id = event.campaignId();
        office = event.officeId();
        categories = new HashSet<>(event.categories());
        distributedTo.addAll(event.distributedTo());
        collectionCloses = event.collectionCloses();
        deliverablesDue.put(SurveyDeliverable.REPORT, event.reportDue());
        deliverablesDue.put(SurveyDeliverable.IMPROVEMENTS_POSTED, event.improvementsDue());
    }

    @EventSourcingHandler
    void on(SurveyReturnRecorded event) {
        returns.put(event.returnId(), event.householdId());
        if (event.householdId() != null) {
            returnOfHousehold.put(event.householdId(), event.returnId());
        }
        notSatisfiedByReturn.put(event.returnId(), notSatisfied(event.answers()));
    }

    @EventSourcingHandler
    void on(SurveyReturnCorrected event) {
        notSatisfiedByReturn.put(event.returnId(), notSatisfied(event.answers()));
    }

    @EventSourcingHandler
    void on(SurveyCampaignClosed event) {
        closed = true;
    }

    @EventSourcingHandler
    void on(SurveyDeliverableDone event) {
        deliverablesDue.remove(event.deliverable());
    }

    @EventSourcingHandler
    void on(SurveyObligationOverdue event) {
        overdue.add(event.obligation());
    }

    @EventSourcingHandler
    void on(RectificationPlanned event) {
        rectifications.put(event.rectificationId(),
                           new Rectification(event.category(), event.owner(), event.due(), false, false));
    }

    @EventSourcingHandler
    void on(RectificationCompleted event) {
        Rectification r = rectifications.get(event.rectificationId());
        rectifications.put(event.rectificationId(), new Rectification(r.category(), r.owner(), r.due(), true,
                                                                      false));
    }

    @EventSourcingHandler
    void on(RectificationVerified event) {
        Rectification r = rectifications.get(event.rectificationId());
        rectifications.put(event.rectificationId(), new Rectification(r.category(), r.owner(), r.due(), true,
                                                                      true));
    }
}
