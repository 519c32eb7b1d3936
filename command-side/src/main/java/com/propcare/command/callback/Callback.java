package com.propcare.command.callback;

import com.propcare.command.registry.References;
import com.propcare.command.policy.OfficeCalendars;
import com.propcare.command.policy.OfficePolicies;
import com.propcare.command.policy.PolicyInForce;
import com.propcare.command.registry.HouseholdContacts;
import com.propcare.command.registry.StaffDirectory.StaffEntry;
import com.propcare.command.registry.StaffDirectory;
import com.propcare.command.support.DomainRefusal;
import com.propcare.command.support.Required;
import com.propcare.events.DepartmentId;
import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;
import com.propcare.events.StaffId;
import com.propcare.events.callback.CallbackCancelled;
import com.propcare.events.callback.CallbackId;
import com.propcare.events.callback.CallbackMethod;
import com.propcare.events.callback.CallbackOverdue;
import com.propcare.events.callback.CallbackPerformed;
import com.propcare.events.callback.CallbackScheduled;
import com.propcare.events.callback.CallbackSpotChecked;
import com.propcare.events.callback.FollowUpDone;
import com.propcare.events.callback.FollowUpOverdue;
import com.propcare.events.callback.FollowUpScheduled;
import com.propcare.events.callback.FollowUpType;
import com.propcare.events.callback.KindCode;
import com.propcare.events.callback.Signature;
import com.propcare.events.policy.CallbackKind;
import com.propcare.events.policy.CallbackRules;
import com.propcare.events.policy.Due;
import com.propcare.events.policy.DueUnit;
import com.propcare.events.registry.ContactChannel;
import com.propcare.events.registry.StaffRole;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.propcare.command.callback.CallbackRefusalCodes.ALREADY_PERFORMED;
import static com.propcare.command.callback.CallbackRefusalCodes.CANCELLED;
import static com.propcare.command.callback.CallbackRefusalCodes.CHANNEL_DECLINED;
import static com.propcare.command.callback.CallbackRefusalCodes.CHECKER_NOT_QUALITY_CHECKER;
import static com.propcare.command.callback.CallbackRefusalCodes.CHECKER_UNKNOWN;
import static com.propcare.command.callback.CallbackRefusalCodes.CONFLICT_OF_INTEREST;
import static com.propcare.command.callback.CallbackRefusalCodes.DUE_NOT_AFTER_CALLBACK;
import static com.propcare.command.callback.CallbackRefusalCodes.FIELD_REQUIRED;
import static com.propcare.command.callback.CallbackRefusalCodes.FOLLOW_UP_ALREADY_DONE;
import static com.propcare.command.callback.CallbackRefusalCodes.FOLLOW_UP_UNKNOWN;
import static com.propcare.command.callback.CallbackRefusalCodes.METHOD_NOT_ALLOWED;
import static com.propcare.command.callback.CallbackRefusalCodes.NOT_PERFORMED;
import static com.propcare.command.callback.CallbackRefusalCodes.NO_HOUSEHOLD_TO_RAISE_FOR;
import static com.propcare.command.callback.CallbackRefusalCodes.PERFORMED_IN_FUTURE;
import static com.propcare.command.callback.CallbackRefusalCodes.PERFORMED_BEFORE_SCHEDULED;
import static com.propcare.command.callback.CallbackRefusalCodes.PERFORMER_ROLE_NOT_ALLOWED;
import static com.propcare.command.callback.CallbackRefusalCodes.PERFORMER_UNKNOWN;
import static com.propcare.command.callback.CallbackRefusalCodes.RECORDING_REQUIRED;
import static com.propcare.command.callback.CallbackRefusalCodes.SIGNATURE_NOT_POSSIBLE;
import static com.propcare.command.callback.CallbackRefusalCodes.SIGNATURE_REQUIRED;
import static com.propcare.command.callback.CallbackRefusalCodes.SPOT_CHECK_EXISTS;
import static com.propcare.command.callback.CallbackRefusalCodes.TOO_LATE_FOR_IN_PERSON;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One callback obligation (回访, domain §2): scheduled by its trigger with a due time, performed and recorded once
 * (on time or late, never hidden), audited by spot checks, and the commitments its record creates (promised replies,
 * a written problem notice, a rectification) tracked each with its own due time. Command handlers decide with the
 * policy in force when the callback was performed and the registry's lookups; sourcing handlers only keep state.
 */
@Aggregate(snapshotTriggerDefinition = "snapshotTrigger")
class Callback {

    private static final Required REQUIRED = new Required(FIELD_REQUIRED);

    /** The kinds whose problems go to the repair worker, and whose problem notice the policy always requires. */
    private static final Set<CallbackKind> REPAIR_KINDS = EnumSet.of(
            CallbackKind.SMALL_REPAIR, CallbackKind.SAFETY_FACILITY_REPAIR, CallbackKind.LEAK_REPAIR,
            CallbackKind.OTHER_REPAIR, CallbackKind.REPAIR_WORKS);
    /**
     * "Month end" for the small-repair batching rule [004]: the month's last three days. The seed names no length,
     * so this reading is ours; a late callback in those days is what batching looks like.
     */
    private static final int MONTH_END_DAYS = 3;
    private static final String PROMISED_REPLY_PREFIX = "reply-";
    private static final String PROBLEM_NOTICE_ITEM = "notice";
    private static final String RECTIFICATION_ITEM = "rectification";

    enum Stage { SCHEDULED, PERFORMED, CANCELLED }

    @AggregateIdentifier
    private CallbackId id;
    private OfficeId office;
    private KindCode kind;
    private HouseholdId household;
    private Instant due;
    private Instant scheduledAt;
    private List<StaffRole> performerRoles;
    private StaffId handledBy;
    private DepartmentId handlingDepartment;
    private boolean conflictOfInterestAvoided;
    private Set<CallbackMethod> allowedMethods;
    private boolean recordingRequired;
    private Stage stage;
    private boolean overdue;
    private final Map<String, Instant> followUpsDue = new HashMap<>();
    private final Set<String> followUpsDone = new HashSet<>();
    private final Set<String> followUpsOverdue = new HashSet<>();
    private final Set<String> spotChecks = new HashSet<>();

    protected Callback() {
    }

    @CommandHandler
    Callback(ScheduleCallback command) {
        REQUIRED.present("callbackId", command.callbackId());
        REQUIRED.present("officeId", command.officeId());
        REQUIRED.present("kind", command.kind());
        REQUIRED.present("subject", command.subject());
        REQUIRED.present("due", command.due());
        REQUIRED.present("scheduledAt", command.scheduledAt());
        if (command.performerRoles() == null || command.performerRoles().isEmpty()) {
            throw REQUIRED.refusal("performerRoles");
        }
        apply(new CallbackScheduled(command.callbackId(), command.officeId(), command.kind(), command.subject(),
                                    command.householdId(), command.due(), List.copyOf(command.performerRoles()),
                                    command.handledBy(), command.handlingDepartment(),
                                    command.conflictOfInterestAvoided(),
                                    command.allowedMethods() == null ? Set.of() : Set.copyOf(command.allowedMethods()),
                                    command.recordingRequired(), command.retentionYears(), command.followUpOf(),
                                    command.reason(), command.policy(), command.scheduledAt()));
    }

    /**
     * Checks the record against the kind, the household's channel choice, the performer and the policy in force
     * when the callback was performed, then records it with the commitments it creates. A record after the
     * obligation was marked overdue is allowed and recorded as late.
     */
    @CommandHandler
    void handle(RecordCallback command, OfficePolicies policies, OfficeCalendars calendars, StaffDirectory staff,
                HouseholdContacts contacts, References references) {
        requireNotPerformedOrCancelled();
        REQUIRED.present("method", command.method());
        REQUIRED.present("result", command.result());
        REQUIRED.present("performedAt", command.performedAt());
        REQUIRED.present("performedBy", command.performedBy());
        REQUIRED.text("content", command.content());
        REQUIRED.present("recordedAt", command.recordedAt());
        REQUIRED.present("recordedBy", command.recordedBy());
        if (command.performedAt().isAfter(command.recordedAt())) {
            throw DomainRefusal.unprocessable(PERFORMED_IN_FUTURE, "performedAt " + command.performedAt()
                    + " is after the record's time " + command.recordedAt(), Map.of("field", "performedAt"));
        }
        if (scheduledAt != null && command.performedAt().isBefore(scheduledAt)) {
            throw DomainRefusal.unprocessable(PERFORMED_BEFORE_SCHEDULED, "performedAt " + command.performedAt()
                    + " is before the callback was scheduled (" + scheduledAt + ")",
                    Map.of("field", "performedAt", "scheduledAt", scheduledAt.toString()));
        }
        PolicyInForce policy = policies.inForce(office, command.performedAt());
        CallbackRules rules = policy.document().callbacks();
        CallbackMethod method = command.method();
        requireMethodAllowed(method);
        requireChannelNotDeclined(method, contacts);
        requireNoConflictOfInterest(requirePerformer(command.performedBy(), staff));
        Signature signature = requireFittingSignature(method, command.signature(), rules.signatures());
        requireNotTooLate(method, command.performedAt(), policy.zone(), rules.latestInPersonHour());
        if (method == CallbackMethod.PHONE && (recordingRequired || rules.phoneRecordingRequired())
                && isBlank(command.recordingRef())) {
            throw DomainRefusal.unprocessable(RECORDING_REQUIRED, "Phone callbacks of this kind are recorded; "
                    + "name the recording", Map.of("field", "recordingRef"));
        }
        requireFollowUpsFit(command);
        if (command.rectification() != null) {
            references.department(office, command.rectification().department(), "rectification.department");
        }
        requireRaisedMattersFit(command);

        boolean onTime = !command.performedAt().isAfter(due);
        apply(new CallbackPerformed(id, office, method, command.performedAt(), command.performedBy(),
                                    command.content(), command.problemsFound(), command.result(), signature,
                                    command.recordingRef(), command.nextCallbackDue(), onTime,
                                    batchedAtMonthEnd(onTime, command.performedAt(), policy.zone()),
                                    command.recordedAt(), command.recordedBy(), command.newComplaint(),
                                    command.newWorkOrder()));
        scheduleFollowUps(command, policy, calendars);
    }

    /** Idempotent: nothing happens once performed, cancelled or already overdue, or before the due time. */
    @CommandHandler
    void handle(MarkCallbackOverdue command) {
        if (stage != Stage.SCHEDULED || overdue || command.detectedAt().isBefore(due)) {
            return;
        }
        apply(new CallbackOverdue(id, office, due, command.detectedAt()));
    }

    @CommandHandler
    void handle(CompleteFollowUp command) {
        REQUIRED.text("itemId", command.itemId());
        Instant itemDue = followUpsDue.get(command.itemId());
        if (itemDue == null) {
            throw DomainRefusal.notFound(FOLLOW_UP_UNKNOWN, "No follow-up " + command.itemId()
                    + " was scheduled on callback " + id, Map.of("itemId", command.itemId()));
        }
        if (followUpsDone.contains(command.itemId())) {
            throw new DomainRefusal(FOLLOW_UP_ALREADY_DONE, "The follow-up " + command.itemId() + " is already done",
                                    Map.of("itemId", command.itemId()));
        }
        REQUIRED.text("outcome", command.outcome());
        REQUIRED.stamp(command.at(), command.by());
        apply(new FollowUpDone(id, office, command.itemId(), command.outcome(), command.at(), command.by(),
                               !command.at().isAfter(itemDue)));
    }

    /** Idempotent like {@link MarkCallbackOverdue}; an item this callback does not have changes nothing either. */
    @CommandHandler
    void handle(MarkFollowUpOverdue command) {
        Instant itemDue = followUpsDue.get(command.itemId());
        if (itemDue == null || followUpsDone.contains(command.itemId())
                || followUpsOverdue.contains(command.itemId()) || command.detectedAt().isBefore(itemDue)) {
            return;
        }
        apply(new FollowUpOverdue(id, office, command.itemId(), itemDue, command.detectedAt()));
    }

    @CommandHandler
    void handle(SpotCheckCallback command, StaffDirectory staff) {
        if (stage != Stage.PERFORMED) {
            throw new DomainRefusal(NOT_PERFORMED, "Only a performed callback can be spot-checked; this one is "
                    + stage.name().toLowerCase(), Map.of("currentState", stage.name()));
        }
        REQUIRED.text("checkId", command.checkId());
        if (spotChecks.contains(command.checkId())) {
            throw new DomainRefusal(SPOT_CHECK_EXISTS, "A spot check " + command.checkId() + " was recorded before",
                                    Map.of("checkId", command.checkId()));
        }
        REQUIRED.stamp(command.at(), command.by());
        StaffEntry checker = staff.find(command.by()).filter(entry -> entry.worksAt(office))
                                  .orElseThrow(() -> DomainRefusal.unprocessable(
                                          CHECKER_UNKNOWN, command.by() + " is not on the staff of office " + office,
                                          Map.of("field", "actor", "staffId", command.by().value())));
        if (!checker.roles().contains(StaffRole.QUALITY_CHECKER)) {
            throw DomainRefusal.unprocessable(CHECKER_NOT_QUALITY_CHECKER, "Only a quality checker audits callbacks",
                                              Map.of("field", "actor",
                                                     "requiredRole", StaffRole.QUALITY_CHECKER.name()));
        }
        apply(new CallbackSpotChecked(id, office, command.checkId(), command.planned(), command.onTime(),
                                      command.recordedTruthfully(), command.findings(), command.at(), command.by()));
    }

    @CommandHandler
    void handle(CancelCallback command) {
        requireNotPerformedOrCancelled();
        REQUIRED.text("reason", command.reason());
        REQUIRED.stamp(command.at(), command.by());
        apply(new CallbackCancelled(id, office, command.reason(), command.at(), command.by()));
    }

    @EventSourcingHandler
    void on(CallbackScheduled event) {
        id = event.callbackId();
        office = event.officeId();
        kind = event.kind();
        household = event.householdId();
        due = event.due();
        scheduledAt = event.scheduledAt();
        performerRoles = List.copyOf(event.performerRoles());
        handledBy = event.handledBy();
        handlingDepartment = event.handlingDepartment();
        conflictOfInterestAvoided = event.conflictOfInterestAvoided();
        allowedMethods = event.allowedMethods() == null ? Set.of() : Set.copyOf(event.allowedMethods());
        recordingRequired = event.recordingRequired();
        stage = Stage.SCHEDULED;
    }

    @EventSourcingHandler
    void on(CallbackPerformed event) {
        stage = Stage.PERFORMED;
    }

    @EventSourcingHandler
    void on(CallbackOverdue event) {
        overdue = true;
    }

    @EventSourcingHandler
    void on(CallbackCancelled event) {
        stage = Stage.CANCELLED;
    }

    @EventSourcingHandler
    void on(FollowUpScheduled event) {
        followUpsDue.put(event.itemId(), event.due());
    }

    @EventSourcingHandler
    void on(FollowUpDone event) {
        followUpsDone.add(event.itemId());
    }

    @EventSourcingHandler
    void on(FollowUpOverdue event) {
        followUpsOverdue.add(event.itemId());
    }

    @EventSourcingHandler
    void on(CallbackSpotChecked event) {
        spotChecks.add(event.checkId());
    }

    private void requireNotPerformedOrCancelled() {
        if (stage == Stage.PERFORMED) {
            throw new DomainRefusal(ALREADY_PERFORMED, "Callback " + id + " was performed and recorded before",
                                    Map.of("currentState", stage.name()));
        }
        if (stage == Stage.CANCELLED) {
            throw new DomainRefusal(CANCELLED, "Callback " + id + " was cancelled",
                                    Map.of("currentState", stage.name()));
        }
    }

    private void requireMethodAllowed(CallbackMethod method) {
        if (!allowedMethods.isEmpty() && !allowedMethods.contains(method)) {
            throw DomainRefusal.unprocessable(METHOD_NOT_ALLOWED, "A " + kind + " callback may not be done by "
                    + method, Map.of("field", "method", "method", method.name(),
                                     "allowedMethods", names(kindMethods())));
        }
    }

    /** The error names the methods still open to the performer, so the household can be reached another way. */
    private void requireChannelNotDeclined(CallbackMethod method, HouseholdContacts contacts) {
        if (household == null) {
            return;
        }
        contacts.find(household).ifPresent(preferences -> {
            ContactChannel channel = CallbackMethods.channelOf(method);
            if (preferences.declines(channel)) {
                List<CallbackMethod> open = kindMethods().stream()
                        .filter(candidate -> !preferences.declines(CallbackMethods.channelOf(candidate)))
                        .toList();
                throw DomainRefusal.unprocessable(CHANNEL_DECLINED, "Household " + household + " declined "
                        + channel + "; allowed methods: " + names(open),
                        Map.of("field", "method", "channel", channel.name(), "allowedMethods", names(open)));
            }
        });
    }

    private StaffEntry requirePerformer(StaffId performer, StaffDirectory staff) {
        StaffEntry entry = staff.find(performer).filter(candidate -> candidate.worksAt(office))
                                .orElseThrow(() -> DomainRefusal.unprocessable(
                                        PERFORMER_UNKNOWN, performer + " is not on the staff of office " + office,
                                        Map.of("field", "performedBy", "staffId", performer.value())));
        if (performerRoles.stream().noneMatch(entry.roles()::contains)) {
            List<String> required = performerRoles.stream().map(StaffRole::name).toList();
            throw DomainRefusal.unprocessable(PERFORMER_ROLE_NOT_ALLOWED, "A " + kind
                    + " callback is performed by " + required + "; " + performer + " has " + entry.roles(),
                    Map.of("field", "performedBy", "requiredRoles", required));
        }
        return entry;
    }

    private void requireNoConflictOfInterest(StaffEntry performer) {
        if (!conflictOfInterestAvoided) {
            return;
        }
        boolean handledItself = performer.staffId().equals(handledBy);
        boolean handlingDepartmentMember = handlingDepartment != null
                && handlingDepartment.equals(performer.department());
        if (handledItself || handlingDepartmentMember) {
            throw DomainRefusal.unprocessable(CONFLICT_OF_INTEREST, performer.staffId() + (handledItself
                    ? " handled the matter" : " belongs to the department that handled the matter")
                    + "; this kind of callback must be performed by someone else",
                    Map.of("field", "performedBy"));
        }
    }

    /** Null means not asked for; a remote callback is recorded as not requiring one (the staff member is). */
    private static Signature requireFittingSignature(CallbackMethod method, Signature given,
                                                     CallbackRules.Signatures policy) {
        Signature signature = given == null ? Signature.NOT_REQUIRED : given;
        if (signature == Signature.SIGNED && !CallbackMethods.canBeSigned(method)) {
            throw DomainRefusal.unprocessable(SIGNATURE_NOT_POSSIBLE, "A " + method
                    + " callback cannot be signed by the resident; the performing staff member is recorded instead",
                    Map.of("field", "signature", "method", method.name()));
        }
        if (signature == Signature.NOT_REQUIRED && CallbackMethods.needsSignature(method, policy)) {
            throw DomainRefusal.unprocessable(SIGNATURE_REQUIRED, "A " + method
                    + " callback needs the resident's signature or their recorded refusal (policy " + policy + ")",
                    Map.of("field", "signature", "method", method.name(), "policy", policy.name()));
        }
        return signature;
    }

    private static void requireNotTooLate(CallbackMethod method, Instant performedAt, ZoneId zone, int latestHour) {
        if (method == CallbackMethod.IN_PERSON && performedAt.atZone(zone).getHour() >= latestHour) {
            throw DomainRefusal.unprocessable(TOO_LATE_FOR_IN_PERSON, "No in-person callback at or after "
                    + latestHour + ":00 in " + zone + "; this one was at " + performedAt.atZone(zone).toLocalTime(),
                    Map.of("field", "performedAt", "latestHour", latestHour, "zone", zone.getId()));
        }
    }

    private static void requireFollowUpsFit(RecordCallback command) {
        Instant performedAt = command.performedAt();
        for (int i = 0; i < command.promisedReplies().size(); i++) {
            RecordCallback.PromisedReply reply = command.promisedReplies().get(i);
            String field = "promisedReplies[" + i + "]";
            REQUIRED.text(field + ".question", reply.question());
            REQUIRED.present(field + ".replyBy", reply.replyBy());
            requireAfterCallback(field + ".replyBy", reply.replyBy(), performedAt);
        }
        RecordCallback.Rectification rectification = command.rectification();
        if (rectification != null) {
            REQUIRED.present("rectification.department", rectification.department());
            REQUIRED.present("rectification.due", rectification.due());
            REQUIRED.text("rectification.description", rectification.description());
            requireAfterCallback("rectification.due", rectification.due(), performedAt);
        }
        if (command.nextCallbackDue() != null) {
            requireAfterCallback("nextCallbackDue", command.nextCallbackDue(), performedAt);
        }
    }

    /** Raised matters belong to the household called back, so a callback to a member of staff cannot raise one. */
    private void requireRaisedMattersFit(RecordCallback command) {
        if (command.newComplaint() != null) {
            REQUIRED.present("newComplaint.category", command.newComplaint().category());
            REQUIRED.text("newComplaint.summary", command.newComplaint().summary());
            requireHousehold("newComplaint");
        }
        if (command.newWorkOrder() != null) {
            REQUIRED.present("newWorkOrder.kind", command.newWorkOrder().kind());
            REQUIRED.text("newWorkOrder.description", command.newWorkOrder().description());
            requireHousehold("newWorkOrder");
        }
    }

    private void requireHousehold(String field) {
        if (household == null) {
            throw DomainRefusal.unprocessable(NO_HOUSEHOLD_TO_RAISE_FOR, "Callback " + id + " has no household to "
                    + "raise " + field + " for", Map.of("field", field));
        }
    }

    private static void requireAfterCallback(String field, Instant time, Instant performedAt) {
        if (!time.isAfter(performedAt)) {
            throw DomainRefusal.unprocessable(DUE_NOT_AFTER_CALLBACK, field + " " + time
                    + " is not after the callback at " + performedAt, Map.of("field", field));
        }
    }

    private void scheduleFollowUps(RecordCallback command, PolicyInForce policy, OfficeCalendars calendars) {
        List<RecordCallback.PromisedReply> replies = command.promisedReplies();
        for (int i = 0; i < replies.size(); i++) {
            RecordCallback.PromisedReply reply = replies.get(i);
            apply(new FollowUpScheduled(id, office, PROMISED_REPLY_PREFIX + (i + 1), FollowUpType.PROMISED_REPLY,
                                        reply.question(), command.performedBy().value(), reply.replyBy(), null,
                                        command.recordedAt()));
        }
        CallbackRules rules = policy.document().callbacks();
        if (!isBlank(command.problemsFound()) && (isRepairKind() || rules.problemNoticeForEveryKind())) {
            Instant noticeDue = calendars.add(office, command.performedAt(),
                                              new Due(rules.problemNoticeHours(), DueUnit.HOURS));
            apply(new FollowUpScheduled(id, office, PROBLEM_NOTICE_ITEM, FollowUpType.PROBLEM_NOTICE,
                                        command.problemsFound(), noticeAssignee(), noticeDue, policy.version(),
                                        command.recordedAt()));
        }
        RecordCallback.Rectification rectification = command.rectification();
        if (rectification != null) {
            apply(new FollowUpScheduled(id, office, RECTIFICATION_ITEM, FollowUpType.RECTIFICATION,
                                        rectification.description(), rectification.department().value(),
                                        rectification.due(), null, command.recordedAt()));
        }
    }

    /** Repair problems go to the repair worker [001]; others to the department that handled the matter. */
    private String noticeAssignee() {
        if (isRepairKind() && handledBy != null) {
            return handledBy.value();
        }
        return handlingDepartment == null ? null : handlingDepartment.value();
    }

    private boolean isRepairKind() {
        return kind.builtIn().filter(REPAIR_KINDS::contains).isPresent();
    }

    /**
     * Small-repair callbacks must not be batched at month end [004]. A small-repair callback is flagged as batched
     * when it was performed late and on one of the last {@value #MONTH_END_DAYS} days of its month, in the
     * office's time zone.
     */
    private boolean batchedAtMonthEnd(boolean onTime, Instant performedAt, ZoneId zone) {
        if (onTime || !kind.builtIn().filter(CallbackKind.SMALL_REPAIR::equals).isPresent()) {
            return false;
        }
        LocalDate day = ZonedDateTime.ofInstant(performedAt, zone).toLocalDate();
        return day.getDayOfMonth() > day.lengthOfMonth() - MONTH_END_DAYS;
    }

    /** The methods the kind allows, all of them when it names none, in their declared order. */
    private List<CallbackMethod> kindMethods() {
        List<CallbackMethod> methods = new ArrayList<>(Arrays.asList(CallbackMethod.values()));
        if (!allowedMethods.isEmpty()) {
            methods.retainAll(allowedMethods);
        }
        return methods;
    }

    private static List<String> names(List<CallbackMethod> methods) {
        return methods.stream().map(CallbackMethod::name).toList();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
