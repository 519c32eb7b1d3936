package com.propcare.command.callback;

import com.propcare.command.policy.OfficeCalendars;
import com.propcare.command.policy.OfficePolicies;
import com.propcare.command.policy.PolicyDefaults;
import com.propcare.command.policy.PolicyInForce;
import com.propcare.command.registry.HouseholdContacts;
import com.propcare.command.registry.StaffDirectory;
import com.propcare.command.support.DomainRefusal;
import com.propcare.events.DepartmentId;
import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;
import com.propcare.events.PolicyVersion;
import com.propcare.events.StaffId;
import com.propcare.events.callback.CallbackId;
import com.propcare.events.callback.CallbackMethod;
import com.propcare.events.callback.CallbackResult;
import com.propcare.events.callback.CallbackScheduled;
import com.propcare.events.callback.KindCode;
import com.propcare.events.callback.RaisedComplaint;
import com.propcare.events.callback.RaisedWorkOrder;
import com.propcare.events.callback.Signature;
import com.propcare.events.callback.Subject;
import com.propcare.events.callback.SubjectType;
import com.propcare.events.policy.CallbackKind;
import com.propcare.events.policy.CallbackRules;
import com.propcare.events.policy.Due;
import com.propcare.events.policy.DueUnit;
import com.propcare.events.policy.PolicyDocument;
import com.propcare.events.registry.ContactChannel;
import com.propcare.events.registry.StaffRole;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeDiagnosingMatcher;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Builders, test doubles and matchers for the callback aggregate's fixture tests. */
final class CallbackTestData {

    static final CallbackId CALLBACK = new CallbackId("cb-1");
    static final OfficeId OFFICE = new OfficeId("office-1");
    static final OfficeId OTHER_OFFICE = new OfficeId("office-2");
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final PolicyVersion POLICY = new PolicyVersion("office-1:v4");
    static final HouseholdId HOUSEHOLD = new HouseholdId("h-1");
    static final DepartmentId REPAIRS = new DepartmentId("repairs");
    static final DepartmentId CUSTOMER_SERVICE = new DepartmentId("customer-service");
    static final StaffId CLERK = new StaffId("clerk-1");
    static final StaffId OTHER_CLERK = new StaffId("clerk-2");
    static final StaffId PLUMBER = new StaffId("plumber-1");
    static final StaffId REPAIR_LEAD = new StaffId("lead-1");
    static final StaffId CHECKER = new StaffId("checker-1");
    static final StaffId FORMER = new StaffId("former-1");
    static final StaffId STRANGER = new StaffId("stranger-1");
    /** 18:00 in Shanghai on Tuesday 10 March 2026. */
    static final Instant DUE = Instant.parse("2026-03-10T10:00:00Z");
    static final Instant SCHEDULED_AT = Instant.parse("2026-03-09T02:00:00Z");
    /** 10:00 in Shanghai, on the due day. */
    static final Instant PERFORMED = Instant.parse("2026-03-10T02:00:00Z");
    static final Instant RECORDED = PERFORMED.plus(Duration.ofHours(1));

    private CallbackTestData() {
    }

    static CallbackScheduled scheduled(CallbackKind kind) {
        return scheduled(kind, List.of(StaffRole.CLERK, StaffRole.REPAIR_LEAD), false, Set.of(), false);
    }

    static CallbackScheduled scheduled(CallbackKind kind, List<StaffRole> performerRoles,
                                       boolean conflictOfInterestAvoided, Set<CallbackMethod> allowedMethods,
                                       boolean recordingRequired) {
        return new CallbackScheduled(CALLBACK, OFFICE, KindCode.of(kind), new Subject(SubjectType.WORK_ORDER, "wo-1"),
                                     HOUSEHOLD, DUE, performerRoles, PLUMBER, REPAIRS, conflictOfInterestAvoided,
                                     allowedMethods, recordingRequired, 3, null, "sampled 3 of 12", POLICY,
                                     SCHEDULED_AT);
    }

    static CallbackScheduled withoutHousehold(CallbackScheduled e) {
        return new CallbackScheduled(e.callbackId(), e.officeId(), e.kind(), e.subject(), null, e.due(),
                                     e.performerRoles(), e.handledBy(), e.handlingDepartment(),
                                     e.conflictOfInterestAvoided(), e.allowedMethods(), e.recordingRequired(),
                                     e.retentionYears(), e.followUpOf(), e.reason(), e.policy(), e.scheduledAt());
    }

    /** Handled by a department, with nobody named. */
    static CallbackScheduled handledIn(CallbackScheduled e, DepartmentId department) {
        return new CallbackScheduled(e.callbackId(), e.officeId(), e.kind(), e.subject(), e.householdId(), e.due(),
                                     e.performerRoles(), null, department, e.conflictOfInterestAvoided(),
                                     e.allowedMethods(), e.recordingRequired(), e.retentionYears(), e.followUpOf(),
                                     e.reason(), e.policy(), e.scheduledAt());
    }

    static CallbackScheduled dueAt(CallbackScheduled e, Instant due) {
        return new CallbackScheduled(e.callbackId(), e.officeId(), e.kind(), e.subject(), e.householdId(), due,
                                     e.performerRoles(), e.handledBy(), e.handlingDepartment(),
                                     e.conflictOfInterestAvoided(), e.allowedMethods(), e.recordingRequired(),
                                     e.retentionYears(), e.followUpOf(), e.reason(), e.policy(), e.scheduledAt());
    }

    static ScheduleCallback schedule(List<StaffRole> performerRoles) {
        return new ScheduleCallback(CALLBACK, OFFICE, KindCode.of(CallbackKind.SMALL_REPAIR),
                                    new Subject(SubjectType.WORK_ORDER, "wo-1"), HOUSEHOLD, DUE, performerRoles,
                                    PLUMBER, REPAIRS, false, Set.of(), false, 3, null, "sampled 3 of 12", POLICY,
                                    SCHEDULED_AT);
    }

    /** A phone callback by the clerk at 10:00 on the due day, satisfied, with no problems; change what a test needs. */
    static Recording recording() {
        return new Recording();
    }

    static final class Recording {
        CallbackMethod method = CallbackMethod.PHONE;
        Instant performedAt = PERFORMED;
        StaffId performedBy = CLERK;
        String problemsFound;
        CallbackResult result = CallbackResult.SATISFIED;
        Signature signature;
        String recordingRef;
        final List<RecordCallback.PromisedReply> promisedReplies = new ArrayList<>();
        RecordCallback.Rectification rectification;
        Instant nextCallbackDue;
        Instant recordedAt = RECORDED;
        RaisedComplaint newComplaint;
        RaisedWorkOrder newWorkOrder;

        Recording raising(RaisedComplaint complaint, RaisedWorkOrder workOrder) {
            newComplaint = complaint;
            newWorkOrder = workOrder;
            return this;
        }

        Recording method(CallbackMethod value) {
            method = value;
            return this;
        }

        Recording at(Instant value) {
            performedAt = value;
            recordedAt = value.plus(Duration.ofHours(1));
            return this;
        }

        Recording by(StaffId value) {
            performedBy = value;
            return this;
        }

        Recording problems(String value) {
            problemsFound = value;
            return this;
        }

        Recording result(CallbackResult value) {
            result = value;
            return this;
        }

        Recording signature(Signature value) {
            signature = value;
            return this;
        }

        Recording recordingRef(String value) {
            recordingRef = value;
            return this;
        }

        Recording promise(String question, Instant replyBy) {
            promisedReplies.add(new RecordCallback.PromisedReply(question, replyBy));
            return this;
        }

        Recording rectification(DepartmentId department, Instant due, String description) {
            rectification = new RecordCallback.Rectification(department, due, description);
            return this;
        }

        Recording nextCallbackDue(Instant value) {
            nextCallbackDue = value;
            return this;
        }

        Recording recordedAt(Instant value) {
            recordedAt = value;
            return this;
        }

        RecordCallback command() {
            return new RecordCallback(CALLBACK, null, method, performedAt, performedBy, "Asked about the repair",
                                      problemsFound, result, signature, recordingRef, promisedReplies, rectification,
                                      nextCallbackDue, recordedAt, CLERK, newComplaint, newWorkOrder);
        }
    }

    /** The policy in force for every moment: the product defaults, with the callback rules a test chooses. */
    static final class FixedPolicies implements OfficePolicies {
        private CallbackRules callbacks = PolicyDefaults.document().callbacks();

        void signatures(CallbackRules.Signatures signatures) {
            callbacks = copy(signatures, callbacks.phoneRecordingRequired(), callbacks.problemNoticeForEveryKind());
        }

        void phoneRecordingRequired(boolean required) {
            callbacks = copy(callbacks.signatures(), required, callbacks.problemNoticeForEveryKind());
        }

        void problemNoticeForEveryKind(boolean everyKind) {
            callbacks = copy(callbacks.signatures(), callbacks.phoneRecordingRequired(), everyKind);
        }

        private CallbackRules copy(CallbackRules.Signatures signatures, boolean phoneRecordingRequired,
                                   boolean problemNoticeForEveryKind) {
            CallbackRules c = callbacks;
            return new CallbackRules(c.kinds(), c.sampling(), c.repairCounting(), c.roleShares(),
                                     c.roleShareReading(), c.smallRepairMonthlySharePercent(), c.specialServices(),
                                     c.complaintAssignment(), signatures, c.problemNoticeHours(),
                                     problemNoticeForEveryKind, c.latestInPersonHour(), phoneRecordingRequired,
                                     c.recordRetentionYears());
        }

        @Override
        public PolicyInForce inForce(OfficeId office, Instant at) {
            PolicyDocument defaults = PolicyDefaults.document();
            return new PolicyInForce(office, POLICY, ZONE, new PolicyDocument(defaults.complaints(), callbacks,
                                                                             defaults.visits(), defaults.surveys()));
        }
    }

    /** Only clock hours are needed by callbacks; anything else would be a mistake in the aggregate. */
    static final class HoursOnlyCalendars implements OfficeCalendars {
        @Override
        public ZoneId zoneOf(OfficeId office) {
            return ZONE;
        }

        @Override
        public Instant add(OfficeId office, Instant from, Due period) {
            if (period.unit() != DueUnit.HOURS) {
                throw new IllegalArgumentException("unexpected unit " + period.unit());
            }
            return from.plus(Duration.ofHours(period.amount()));
        }
    }

    static final class StaffOnRecord implements StaffDirectory {
        private final Map<StaffId, StaffEntry> entries = new HashMap<>();

        StaffOnRecord() {
            add(CLERK, OFFICE, CUSTOMER_SERVICE, true, StaffRole.CLERK);
            add(OTHER_CLERK, OFFICE, CUSTOMER_SERVICE, true, StaffRole.CLERK);
            add(PLUMBER, OFFICE, REPAIRS, true, StaffRole.REPAIR_LEAD);
            add(REPAIR_LEAD, OFFICE, REPAIRS, true, StaffRole.REPAIR_LEAD);
            add(CHECKER, OFFICE, CUSTOMER_SERVICE, true, StaffRole.QUALITY_CHECKER);
            add(FORMER, OFFICE, CUSTOMER_SERVICE, false, StaffRole.CLERK, StaffRole.QUALITY_CHECKER);
            add(STRANGER, OTHER_OFFICE, CUSTOMER_SERVICE, true, StaffRole.CLERK, StaffRole.QUALITY_CHECKER);
        }

        private void add(StaffId id, OfficeId office, DepartmentId department, boolean active, StaffRole... roles) {
            entries.put(id, new StaffEntry(id, office, Set.of(roles), department, active));
        }

        @Override
        public Optional<StaffEntry> find(StaffId staff) {
            return Optional.ofNullable(entries.get(staff));
        }
    }

    /** The household declines visits. */
    static final class DecliningVisits implements HouseholdContacts {
        @Override
        public Optional<ContactPreferences> find(HouseholdId household) {
            return household.equals(HOUSEHOLD)
                    ? Optional.of(new ContactPreferences(HOUSEHOLD, OFFICE, ContactChannel.SMS,
                                                         Set.of(ContactChannel.VISIT)))
                    : Optional.empty();
        }
    }

    static Matcher<DomainRefusal> refused(DomainRefusal.Kind kind, String code) {
        return refused(kind, code, Map.of());
    }

    /** A refusal of this kind and code whose details include {@code expectedDetails}. */
    static Matcher<DomainRefusal> refused(DomainRefusal.Kind kind, String code, Map<String, Object> expectedDetails) {
        return new TypeSafeDiagnosingMatcher<>() {
            @Override
            protected boolean matchesSafely(DomainRefusal refusal, Description mismatch) {
                boolean detailsMatch = expectedDetails.entrySet().stream()
                                                      .allMatch(e -> e.getValue().equals(refusal.details()
                                                                                                .get(e.getKey())));
                if (refusal.kind() != kind || !refusal.code().equals(code) || !detailsMatch) {
                    mismatch.appendText("was refused as ").appendValue(refusal.kind()).appendText(" with ")
                            .appendValue(refusal.code()).appendText(" and details ").appendValue(refusal.details());
                    return false;
                }
                return true;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a " + kind + " refusal with code ").appendValue(code)
                           .appendText(" and details including ").appendValue(expectedDetails);
            }
        };
    }
}
