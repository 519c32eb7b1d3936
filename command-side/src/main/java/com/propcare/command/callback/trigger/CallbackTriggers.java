package com.propcare.command.callback.trigger;

import com.mongodb.client.model.Updates;
import com.propcare.command.callback.ScheduleCallback;
import com.propcare.command.callback.sampling.RepairQueue;
import com.propcare.command.complaint.ConfirmWithComplainant;
import com.propcare.command.complaint.RegisterComplaint;
import com.propcare.command.policy.OfficeCalendars;
import com.propcare.command.policy.OfficePolicies;
import com.propcare.command.policy.PolicyInForce;
import com.propcare.command.support.DomainRefusal;
import com.propcare.command.workorder.OpenWorkOrder;
import com.propcare.command.workorder.ReworkWorkOrder;
import com.propcare.events.DepartmentId;
import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;
import com.propcare.events.callback.CallbackId;
import com.propcare.events.callback.CallbackKindDefined;
import com.propcare.events.callback.CallbackMethod;
import com.propcare.events.callback.CallbackPerformed;
import com.propcare.events.callback.CallbackResult;
import com.propcare.events.callback.CallbackScheduled;
import com.propcare.events.callback.KindCode;
import com.propcare.events.callback.MatterRecorded;
import com.propcare.events.callback.RepairCallbacksSampled;
import com.propcare.events.callback.RepairCompletion;
import com.propcare.events.callback.SampledRepair;
import com.propcare.events.callback.Subject;
import com.propcare.events.callback.SubjectType;
import com.propcare.events.complaint.ComplaintChannel;
import com.propcare.events.complaint.ComplaintClassified;
import com.propcare.events.complaint.ComplaintDispatched;
import com.propcare.events.complaint.ComplaintId;
import com.propcare.events.complaint.ComplaintRegistered;
import com.propcare.events.complaint.ComplaintSeverity;
import com.propcare.events.complaint.HandlingResultReported;
import com.propcare.events.policy.CallbackKind;
import com.propcare.events.policy.CallbackRules;
import com.propcare.events.policy.CallbackRules.KindRule;
import com.propcare.events.policy.Due;
import com.propcare.events.registry.StaffRole;
import com.propcare.events.survey.RectificationVerified;
import com.propcare.events.workorder.ContractPeriod;
import com.propcare.events.workorder.WorkOrderAssigned;
import com.propcare.events.workorder.WorkOrderCompleted;
import com.propcare.events.workorder.WorkOrderId;
import com.propcare.events.workorder.WorkOrderKind;
import com.propcare.events.workorder.WorkOrderOpened;
import com.propcare.events.workorder.WorkOrderSource;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Creates callback obligations from their triggers (domain §2) and carries a callback's result back to what it
 * followed up. A tracking processor ({@value #PROCESSING_GROUP}): it resumes from its token after a restart, and
 * Axon's default sequencing keeps each aggregate's events in order. Every callback id is derived from its trigger
 * (the trigger's stream and sequence number), so a redelivered trigger finds the callback already there and
 * changes nothing. Due times use the policy in force at the trigger and the office's working-day calendar.
 */
@Component
@ProcessingGroup(CallbackTriggers.PROCESSING_GROUP)
class CallbackTriggers {

    static final String PROCESSING_GROUP = "callback-triggers";
    private static final Logger LOG = LoggerFactory.getLogger(CallbackTriggers.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /**
     * Built-in matter types and the built-in kinds they trigger. A survey rectification that was done is recorded
     * as a matter too, until surveys record their own rectifications.
     */
    private static final Map<String, CallbackKind> BUILT_IN_MATTERS = Map.of(
            "ACCIDENT", CallbackKind.ACCIDENT, "COMMUNITY_ACTIVITY", CallbackKind.COMMUNITY_ACTIVITY,
            "NEW_SERVICE", CallbackKind.NEW_SERVICE, "OTHER_SERVICE", CallbackKind.OTHER_SERVICES,
            "SURVEY_RECTIFICATION_DONE", CallbackKind.SURVEY_FOLLOW_UP);

    private final TriggerFacts facts;
    private final RepairQueue repairs;
    private final OfficePolicies policies;
    private final OfficeCalendars calendars;
    private final CommandGateway gateway;

    CallbackTriggers(TriggerFacts facts, RepairQueue repairs, OfficePolicies policies, OfficeCalendars calendars,
                     CommandGateway gateway) {
        this.facts = facts;
        this.repairs = repairs;
        this.policies = policies;
        this.calendars = calendars;
        this.gateway = gateway;
    }

    // complaints

    @EventHandler
    void on(ComplaintRegistered event) {
        facts.set(TriggerFacts.complaint(event.complaintId()),
                  Updates.combine(Updates.set("office", event.officeId().value()),
                                  Updates.set("household", event.householdId() == null ? null
                                          : event.householdId().value())));
    }

    @EventHandler
    void on(ComplaintClassified event) {
        facts.set(TriggerFacts.complaint(event.complaintId()), "severity", event.severity().name());
    }

    @EventHandler
    void on(ComplaintDispatched event) {
        facts.set(TriggerFacts.complaint(event.complaintId()), "department", event.department().value());
    }

    /** 100 % of resolved complaints get a callback; who performs it depends on severity (domain §7). */
    @EventHandler
    void on(HandlingResultReported event, @SequenceNumber long sequence) {
        String key = TriggerFacts.complaint(event.complaintId());
        Document complaint = facts.find(key).orElseThrow(
                () -> new IllegalStateException("No registration seen for complaint " + event.complaintId()));
        OfficeId office = new OfficeId(complaint.getString("office"));
        PolicyInForce policy = policies.inForce(office, event.reportedAt());
        CallbackRules rules = policy.document().callbacks();
        KindRule rule = rules.kinds().get(CallbackKind.COMPLAINT);
        ComplaintSeverity severity = complaint.getString("severity") == null ? ComplaintSeverity.GENERAL
                : ComplaintSeverity.valueOf(complaint.getString("severity"));
        CallbackId id = new CallbackId("cb-" + event.complaintId() + "-" + sequence);
        String previous = complaint.getString("lastCallback");
        createOnce(new ScheduleCallback(
                id, office, KindCode.of(CallbackKind.COMPLAINT),
                new Subject(SubjectType.COMPLAINT, event.complaintId().value()),
                optionalHousehold(complaint.getString("household")),
                calendars.add(office, event.reportedAt(), rule.due()),
                complaintPerformers(rules.complaintAssignment(), severity), event.reportedBy(),
                complaint.getString("department") == null ? null : new DepartmentId(complaint.getString("department")),
                rule.conflictOfInterestAvoided(), Set.of(), rules.phoneRecordingRequired(),
                rules.recordRetentionYears(), previous == null ? null : new CallbackId(previous),
                "complaint result reported (" + severity + ")", policy.version(), event.reportedAt()));
        facts.set(key, "lastCallback", id.value());
    }

    static List<StaffRole> complaintPerformers(CallbackRules.ComplaintAssignment assignment,
                                               ComplaintSeverity severity) {
        boolean major = severity == ComplaintSeverity.MAJOR;
        return switch (assignment) {
            case MAJOR_DIRECTOR_GENERAL_SUPERVISOR, MAJOR_PROPERTY_MANAGER ->
                    major ? List.of(StaffRole.DIRECTOR) : List.of(StaffRole.CUSTOMER_SERVICE_SUPERVISOR);
            case MAJOR_MANAGER_GENERAL_ASSISTANT ->
                    major ? List.of(StaffRole.DIRECTOR, StaffRole.DEPARTMENT_HEAD) : List.of(StaffRole.CLERK);
        };
    }

    // callbacks

    @EventHandler
    void on(CallbackScheduled event) {
        facts.set(TriggerFacts.callback(event.callbackId()), "scheduled", JSON.writeValueAsString(event));
    }

    /**
     * A complaint closes only when its callback confirms the result, and is reopened when not satisfied; a work
     * order is reworked; other subjects get a follow-up callback. A next-callback date always gets one.
     */
    @EventHandler
    void on(CallbackPerformed event, @SequenceNumber long sequence) {
        CallbackScheduled callback = scheduledCallback(event.callbackId());
        Subject subject = callback.subject();
        boolean satisfied = event.result() == CallbackResult.SATISFIED;
        boolean followedUp = false;
        if (event.nextCallbackDue() != null) {
            followUp(callback, event, sequence, event.nextCallbackDue(),
                     "next callback date set by callback " + event.callbackId());
            followedUp = true;
        }
        raiseMatters(callback, event);
        // what follows from the record is entered by whoever entered the record; the callback names its performer
        if (subject.type() == SubjectType.COMPLAINT) {
            send(new ConfirmWithComplainant(new ComplaintId(subject.id()), null, satisfied,
                                            "callback " + event.callbackId() + ": " + event.result(),
                                            event.callbackId(), null, event.performedAt(),
                                            event.recordedBy()));
        } else if (!satisfied && subject.type() == SubjectType.WORK_ORDER) {
            facts.set(TriggerFacts.workOrder(subject.id()), "reworkAfter", event.callbackId().value());
            send(new ReworkWorkOrder(new WorkOrderId(subject.id()), event.callbackId().value(),
                                     "not satisfied in callback " + event.callbackId(), event.performedAt(),
                                     event.recordedBy()));
        } else if (!satisfied && !followedUp) {
            followUp(callback, event, sequence, calendars.add(callback.officeId(), event.performedAt(),
                                                              dueOf(callback, event.performedAt())),
                     "not satisfied in callback " + event.callbackId());
        }
    }

    private void followUp(CallbackScheduled callback, CallbackPerformed performed, long sequence, Instant due,
                          String reason) {
        PolicyInForce policy = policies.inForce(callback.officeId(), performed.performedAt());
        createOnce(new ScheduleCallback(new CallbackId(callback.callbackId() + "-f" + sequence), callback.officeId(),
                                      callback.kind(), callback.subject(), callback.householdId(), due,
                                      callback.performerRoles(), callback.handledBy(), callback.handlingDepartment(),
                                      callback.conflictOfInterestAvoided(), callback.allowedMethods(),
                                      callback.recordingRequired(), callback.retentionYears(), callback.callbackId(),
                                      reason, policy.version(), performed.performedAt()));
    }

    /** A built-in kind's due by the policy in force; an office kind's first offset. */
    private Due dueOf(CallbackScheduled callback, Instant at) {
        return callback.kind().builtIn()
                       .map(kind -> policies.inForce(callback.officeId(), at).document().callbacks().kinds().get(kind)
                                            .due())
                       .orElseGet(() -> officeKind(callback.officeId(), callback.kind()).dueOffsets().get(0));
    }

    // work orders

    @EventHandler
    void on(WorkOrderOpened event) {
        String key = TriggerFacts.workOrder(event.workOrderId());
        facts.set(key, Updates.combine(Updates.set("office", event.officeId().value()),
                                       Updates.set("kind", event.kind().name()),
                                       Updates.set("contract", event.contract() == null ? null
                                               : JSON.writeValueAsString(event.contract()))));
    }

    @EventHandler
    void on(WorkOrderAssigned event) {
        facts.set(TriggerFacts.workOrder(event.workOrderId()), "department", event.department().value());
    }

    /**
     * Repairs join the month's sampling population; paid services get their contract callbacks (or join the
     * population when the policy samples them too); help services all get one. A completed rework gets its
     * callback directly, following up the callback that was not satisfied.
     */
    @EventHandler
    void on(WorkOrderCompleted event, @SequenceNumber long sequence) {
        String key = TriggerFacts.workOrder(event.workOrderId());
        Document workOrder = facts.find(key).orElse(new Document());
        PolicyInForce policy = policies.inForce(event.officeId(), event.completedAt());
        CallbackRules rules = policy.document().callbacks();
        DepartmentId department = workOrder.getString("department") == null ? null
                : new DepartmentId(workOrder.getString("department"));
        RepairCompletion completion = new RepairCompletion(event.workOrderId(), event.householdId(), event.kind(),
                                                           event.completedAt(), event.performedBy(), department);
        String reworkAfter = workOrder.getString("reworkAfter");
        CallbackId id = new CallbackId("cb-" + event.workOrderId() + "-" + sequence);
        if (reworkAfter != null) {
            KindRule rule = rules.kinds().get(kindOf(event.kind()));
            createOnce(workOrderCallback(id, completion, policy, kindOf(event.kind()), rule.performers(),
                                       calendars.add(event.officeId(), event.completedAt(), rule.due()),
                                       new CallbackId(reworkAfter), "rework completed after callback " + reworkAfter));
            facts.set(key, "reworkAfter", null);
            return;
        }
        switch (event.kind()) {
            case SMALL_REPAIR, SAFETY_FACILITY_REPAIR, LEAK_REPAIR, OTHER_REPAIR, REPAIR_WORKS -> queue(completion,
                                                                                                      policy.zone());
            case PAID_SERVICE -> {
                if (rules.specialServices() == CallbackRules.SpecialServices.SAMPLING_TABLE) {
                    queue(completion, policy.zone());
                } else {
                    paidServiceCallbacks(id, completion, policy, workOrder.getString("contract"));
                }
            }
            case HELP_SERVICE -> {
                KindRule rule = rules.kinds().get(CallbackKind.OTHER_SERVICES);
                createOnce(workOrderCallback(id, completion, policy, CallbackKind.OTHER_SERVICES, rule.performers(),
                                           calendars.add(event.officeId(), event.completedAt(), rule.due()), null,
                                           "help service completed"));
            }
        }
    }

    private void queue(RepairCompletion completion, ZoneId zone) {
        repairs.add(facts.find(TriggerFacts.workOrder(completion.workOrderId()))
                         .map(document -> new OfficeId(document.getString("office")))
                         .orElseThrow(() -> new IllegalStateException("No opening seen for "
                                                                              + completion.workOrderId())),
                    LocalDate.ofInstant(completion.completedAt(), zone), completion);
    }

    /** Mid-contract (when the kind asks for it and the mid point is still ahead) and after the contract ends. */
    private void paidServiceCallbacks(CallbackId id, RepairCompletion completion, PolicyInForce policy,
                                      String contractJson) {
        KindRule rule = policy.document().callbacks().kinds().get(CallbackKind.PAID_SERVICE);
        OfficeId office = policy.office();
        ContractPeriod contract = JSON.readValue(contractJson, ContractPeriod.class);
        ZoneId zone = policy.zone();
        LocalDate midDay = contract.start().plusDays(ChronoUnit.DAYS.between(contract.start(), contract.end()) / 2);
        Instant mid = midDay.atStartOfDay(zone).toInstant();
        Instant end = contract.end().plusDays(1).atStartOfDay(zone).toInstant();
        if (rule.alsoMidContract() && completion.completedAt().isBefore(mid)) {
            createOnce(workOrderCallback(new CallbackId(id + "-mid"), completion, policy, CallbackKind.PAID_SERVICE,
                                       rule.performers(), calendars.add(office, mid, rule.due()), null,
                                       "paid service: mid-contract (" + midDay + ")"));
        }
        Instant after = end.isAfter(completion.completedAt()) ? end : completion.completedAt();
        createOnce(workOrderCallback(new CallbackId(id + "-end"), completion, policy, CallbackKind.PAID_SERVICE,
                                   rule.performers(), calendars.add(office, after, rule.due()), null,
                                   "paid service: after the contract ended (" + contract.end() + ")"));
    }

    /** The month's sample, each chosen order with its assigned role. */
    @EventHandler
    void on(RepairCallbacksSampled event) {
        for (SampledRepair sampled : event.selected()) {
            RepairCompletion repair = sampled.repair();
            PolicyInForce policy = policies.inForce(event.officeId(), repair.completedAt());
            KindRule rule = policy.document().callbacks().kinds().get(kindOf(repair.kind()));
            List<StaffRole> performers = sampled.performerRole() == null ? rule.performers()
                    : List.of(sampled.performerRole());
            createOnce(workOrderCallback(new CallbackId("cb-sampled-" + repair.workOrderId()), repair, policy,
                                       kindOf(repair.kind()), performers,
                                       calendars.add(event.officeId(), repair.completedAt(), rule.due()), null,
                                       "sampled: " + event.required() + " of " + event.monthVolume() + " ("
                                               + event.ruleDescription() + ")"));
        }
    }

    private static ScheduleCallback workOrderCallback(CallbackId id, RepairCompletion repair, PolicyInForce policy,
                                                      CallbackKind kind, List<StaffRole> performers, Instant due,
                                                      CallbackId followUpOf, String reason) {
        CallbackRules rules = policy.document().callbacks();
        return new ScheduleCallback(id, policy.office(), KindCode.of(kind),
                                    new Subject(SubjectType.WORK_ORDER, repair.workOrderId().value()),
                                    repair.householdId(), due, performers, repair.performedBy(), repair.department(),
                                    rules.kinds().get(kind).conflictOfInterestAvoided(), Set.of(),
                                    rules.phoneRecordingRequired(), rules.recordRetentionYears(), followUpOf, reason,
                                    policy.version(), repair.completedAt());
    }

    static CallbackKind kindOf(WorkOrderKind kind) {
        return switch (kind) {
            case SMALL_REPAIR -> CallbackKind.SMALL_REPAIR;
            case SAFETY_FACILITY_REPAIR -> CallbackKind.SAFETY_FACILITY_REPAIR;
            case LEAK_REPAIR -> CallbackKind.LEAK_REPAIR;
            case OTHER_REPAIR -> CallbackKind.OTHER_REPAIR;
            case REPAIR_WORKS -> CallbackKind.REPAIR_WORKS;
            case PAID_SERVICE -> CallbackKind.PAID_SERVICE;
            case HELP_SERVICE -> CallbackKind.OTHER_SERVICES;
        };
    }

    // office-defined kinds and matters

    /** Kept by code, and by matter type for the matters; a redefinition may move it to another matter type. */
    @EventHandler
    void on(CallbackKindDefined event) {
        String json = JSON.writeValueAsString(event);
        String field = "kinds." + event.code().value();
        facts.find(TriggerFacts.kind(event.officeId(), event.code()))
             .map(document -> JSON.readValue(document.getString("defined"), CallbackKindDefined.class).matterType())
             .filter(previousType -> !previousType.equals(event.matterType()))
             .ifPresent(previousType -> facts.set(TriggerFacts.kinds(event.officeId(), previousType),
                                                  Updates.unset(field)));
        facts.set(TriggerFacts.kind(event.officeId(), event.code()), "defined", json);
        facts.set(TriggerFacts.kinds(event.officeId(), event.matterType()), field, json);
    }

    /**
     * A built-in matter type triggers its built-in kind by the policy; any other type every office kind defined for
     * it: one callback per (kind, due offset, household or staff member), sampled when the kind's rate is below 100.
     */
    @EventHandler
    void on(MatterRecorded event) {
        List<HouseholdId> households = event.householdIds().isEmpty() ? Collections.singletonList(null)
                : event.householdIds();
        String target = event.staffMember() == null ? null : "staff " + event.staffMember();
        PolicyInForce policy = policies.inForce(event.officeId(), event.occurredAt());
        CallbackKind builtIn = BUILT_IN_MATTERS.get(event.matterType());
        if (builtIn != null) {
            CallbackRules rules = policy.document().callbacks();
            KindRule rule = rules.kinds().get(builtIn);
            int rate = rule.targetRatePercent() == null ? 100 : rule.targetRatePercent();
            for (HouseholdId household : households) {
                String who = household == null ? target : household.value();
                if (inSample(rate, builtIn.name() + event.matterId() + who)) {
                    createOnce(matterCallback(event, policy, KindCode.of(builtIn), 0, household,
                                            calendars.add(event.officeId(), event.occurredAt(), rule.due()),
                                            rule.performers(), rule.conflictOfInterestAvoided(), Set.of(),
                                            rules.phoneRecordingRequired(), rules.recordRetentionYears(),
                                            "matter " + event.matterType() + " recorded"));
                }
            }
            return;
        }
        for (CallbackKindDefined kind : officeKinds(event.officeId(), event.matterType())) {
            for (int offset = 0; offset < kind.dueOffsets().size(); offset++) {
                for (HouseholdId household : households) {
                    String who = household == null ? target : household.value();
                    if (inSample(kind.ratePercent(), kind.code() + event.matterId().value() + who)) {
                        Due due = kind.dueOffsets().get(offset);
                        createOnce(matterCallback(event, policy, kind.code(), offset, household,
                                                calendars.add(event.officeId(), event.occurredAt(), due),
                                                kind.performerRoles(), kind.conflictOfInterestAvoided(),
                                                kind.allowedMethods(), kind.recordingRequired(),
                                                kind.retentionYears(),
                                                "matter " + event.matterType() + ": " + kind.name() + " (revision "
                                                        + kind.revision() + "), offset " + due.amount() + " "
                                                        + due.unit()));
                    }
                }
            }
        }
    }

    /**
     * A verified rectification of a survey's main improvement item gets a survey follow-up callback to every
     * household whose latest answer in that category was "not satisfied" [004 3.6], effective or not: the
     * household hears either way, and an ineffective one is planned again.
     */
    @EventHandler
    void on(RectificationVerified event) {
        PolicyInForce policy = policies.inForce(event.officeId(), event.verifiedAt());
        CallbackRules rules = policy.document().callbacks();
        KindRule rule = rules.kinds().get(CallbackKind.SURVEY_FOLLOW_UP);
        Instant due = calendars.add(event.officeId(), event.verifiedAt(), rule.due());
        for (HouseholdId household : event.followUpHouseholds()) {
            createOnce(new ScheduleCallback(
                    new CallbackId("cb-" + event.campaignId() + "-" + event.rectificationId() + "-" + household),
                    event.officeId(), KindCode.of(CallbackKind.SURVEY_FOLLOW_UP),
                    new Subject(SubjectType.SURVEY_RECTIFICATION, event.campaignId() + "/" + event.rectificationId()),
                    household, due, rule.performers(), null, null, rule.conflictOfInterestAvoided(), Set.of(),
                    rules.phoneRecordingRequired(), rules.recordRetentionYears(), null,
                    "survey rectification " + event.rectificationId() + " verified", policy.version(),
                    event.verifiedAt()));
        }
    }

    private static ScheduleCallback matterCallback(MatterRecorded matter, PolicyInForce policy, KindCode kind,
                                                   int offset, HouseholdId household, Instant due,
                                                   List<StaffRole> performers, boolean conflictOfInterestAvoided,
                                                   Set<CallbackMethod> methods,
                                                   boolean recordingRequired, int retentionYears, String reason) {
        String who = household == null ? "staff-" + matter.staffMember() : household.value();
        return new ScheduleCallback(new CallbackId("cb-" + matter.matterId() + "-" + kind + "-" + offset + "-" + who),
                                    matter.officeId(), kind, new Subject(SubjectType.MATTER, matter.matterId().value()),
                                    household, due, performers, matter.handledBy(), matter.handlingDepartment(),
                                    conflictOfInterestAvoided, methods, recordingRequired, retentionYears, null, reason,
                                    policy.version(), matter.occurredAt());
    }

    private List<CallbackKindDefined> officeKinds(OfficeId office, String matterType) {
        List<CallbackKindDefined> kinds = new ArrayList<>();
        facts.find(TriggerFacts.kinds(office, matterType)).ifPresent(document -> {
            Document byCode = document.get("kinds", Document.class);
            if (byCode != null) {
                byCode.values().forEach(json -> kinds.add(JSON.readValue((String) json, CallbackKindDefined.class)));
            }
        });
        return kinds;
    }

    private CallbackKindDefined officeKind(OfficeId office, KindCode code) {
        return facts.find(TriggerFacts.kind(office, code))
                    .map(document -> JSON.readValue(document.getString("defined"), CallbackKindDefined.class))
                    .orElseThrow(() -> new IllegalStateException("No definition seen for kind " + code));
    }

    /** Deterministic: the same matter and target are always in or always out of a sample. */
    static boolean inSample(int ratePercent, String key) {
        if (ratePercent >= 100) {
            return true;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            int bucket = Math.floorMod(((digest[0] & 0xff) << 8) | (digest[1] & 0xff), 100);
            return bucket < ratePercent;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    private CallbackScheduled scheduledCallback(CallbackId id) {
        return facts.find(TriggerFacts.callback(id))
                    .map(document -> JSON.readValue(document.getString("scheduled"), CallbackScheduled.class))
                    .orElseThrow(() -> new IllegalStateException("No scheduling seen for callback " + id));
    }

    private static HouseholdId optionalHousehold(String household) {
        return household == null ? null : new HouseholdId(household);
    }

    /**
     * A complaint or work order raised during the callback is registered or opened with an id derived from the
     * callback, naming it as the source; sent while this event is handled, the command carries the event's
     * correlation and trace ids, so the new stream is linked to its cause.
     */
    private void raiseMatters(CallbackScheduled callback, CallbackPerformed event) {
        if (event.newComplaint() != null) {
            createOnce(new RegisterComplaint(new ComplaintId("complaint-from-" + event.callbackId()),
                                             callback.officeId(), ComplaintChannel.RAISED_IN_CALLBACK,
                                             callback.householdId(), event.newComplaint().category(),
                                             event.newComplaint().summary(), event.performedAt(),
                                             event.performedBy(), "callback:" + event.callbackId()));
        }
        if (event.newWorkOrder() != null) {
            createOnce(new OpenWorkOrder(new WorkOrderId("wo-from-" + event.callbackId()), callback.officeId(),
                                         callback.householdId(), event.newWorkOrder().kind(),
                                         event.newWorkOrder().description(), WorkOrderSource.CALLBACK,
                                         event.callbackId().value(), null, event.performedAt(),
                                         event.recordedBy()));
        }
    }

    /** What already exists was created by an earlier delivery of the same trigger: done. */
    private void createOnce(Object command) {
        try {
            gateway.sendAndWait(command);
        } catch (RuntimeException e) {
            if (causedBy(e, AggregateStreamCreationException.class)) {
                LOG.debug("{} was created by an earlier delivery", command);
                return;
            }
            if (causedBy(e, DomainRefusal.class)) {
                LOG.warn("{} was refused: {}", command.getClass().getSimpleName(), e.getMessage());
                return;
            }
            throw e;
        }
    }

    /** A refusal will not change on retry: it is logged, and the trigger is done. */
    private void send(Object command) {
        try {
            gateway.sendAndWait(command);
        } catch (RuntimeException e) {
            if (causedBy(e, DomainRefusal.class)) {
                LOG.warn("{} was refused: {}", command.getClass().getSimpleName(), e.getMessage());
                return;
            }
            throw e;
        }
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
