package com.propcare.command.callback.trigger;

import com.propcare.command.calendar.CalendarTestData;
import com.propcare.command.callback.MarkCallbackOverdue;
import com.propcare.command.callback.ScheduleCallback;
import com.propcare.command.deadline.DueItem;
import com.propcare.command.deadline.MongoDeadlines;
import com.propcare.command.deadline.OverdueCommands;
import com.propcare.command.deadline.OverdueScheduler;
import com.propcare.command.policy.OfficePolicies;
import com.propcare.command.policy.PolicyDefaults;
import com.propcare.command.policy.PolicyInForce;
import com.propcare.events.DepartmentId;
import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;
import com.propcare.events.PolicyVersion;
import com.propcare.events.StaffId;
import com.propcare.events.complaint.ComplaintId;
import com.propcare.events.complaint.ComplaintSeverity;
import com.propcare.events.complaint.HandlingResultReported;
import com.propcare.events.policy.CallbackKind;
import com.propcare.events.policy.CallbackRules;
import com.propcare.events.policy.CallbackRules.KindRule;
import com.propcare.events.policy.Due;
import com.propcare.events.policy.DueUnit;
import com.propcare.events.policy.PolicyDocument;
import com.propcare.eventstore.TestMongo;
import com.propcare.eventstore.MutableClock;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A complaint callback due in 3 working days (a policy choice of domain §7), resolved on the Friday before the
 * 2026 Spring Festival: the make-up Saturday counts, the nine days off don't, so it falls due on Wednesday
 * 25 February, and the scheduler, on a clock the test moves, marks it overdue only after that.
 */
class CallbackDueAcrossHolidaysTest {

    private static final OfficeId OFFICE = new OfficeId("office-1");
    private static final PolicyVersion VERSION = new PolicyVersion("office-1:v2");
    private static final StaffId CLERK = new StaffId("clerk-1");
    /** Friday 13 February 2026, 10:00 in Shanghai. */
    private static final Instant RESOLVED = Instant.parse("2026-02-13T02:00:00Z");
    private static final Instant DUE = Instant.parse("2026-02-25T02:00:00Z");

    private final TestMongo mongo = new TestMongo();
    private final List<Object> sent = new ArrayList<>();
    private final MutableClock clock = new MutableClock(RESOLVED);

    @AfterEach
    void close() {
        mongo.close();
    }

    private CommandGateway recordingGateway() {
        SimpleCommandBus bus = SimpleCommandBus.builder().build();
        for (Class<?> type : List.of(MarkCallbackOverdue.class)) {
            bus.subscribe(type.getName(), (CommandMessage<?> message) -> sent.add(message.getPayload()));
        }
        return DefaultCommandGateway.builder().commandBus(bus).build();
    }

    private static PolicyDocument workingDayComplaintCallbacks() {
        PolicyDocument defaults = PolicyDefaults.document();
        CallbackRules rules = defaults.callbacks();
        Map<CallbackKind, KindRule> kinds = new EnumMap<>(rules.kinds());
        KindRule complaint = kinds.get(CallbackKind.COMPLAINT);
        kinds.put(CallbackKind.COMPLAINT, new KindRule(new Due(3, DueUnit.WORKING_DAYS), complaint.performers(),
                                                       complaint.targetRatePercent(), false, false));
        CallbackRules workingDays = new CallbackRules(
                kinds, rules.sampling(), rules.repairCounting(), rules.roleShares(), rules.roleShareReading(),
                rules.smallRepairMonthlySharePercent(), rules.specialServices(), rules.complaintAssignment(),
                rules.signatures(), rules.problemNoticeHours(), rules.problemNoticeForEveryKind(),
                rules.latestInPersonHour(), rules.phoneRecordingRequired(), rules.recordRetentionYears());
        return new PolicyDocument(defaults.complaints(), workingDays, defaults.visits(), defaults.surveys());
    }

    @Test
    void the_callback_falls_due_after_the_holiday_and_is_marked_overdue_only_then() {
        OfficePolicies policies = (office, at) -> new PolicyInForce(office, VERSION, CalendarTestData.SHANGHAI,
                                                                    workingDayComplaintCallbacks());
        OfficeRules office = OfficeRules.of(OFFICE, policies, CalendarTestData.shippedOnly(), null);
        ComplaintFacts complaint = new ComplaintFacts(OFFICE, new HouseholdId("h-1"), ComplaintSeverity.GENERAL,
                                                      new DepartmentId("repairs"), null);
        ScheduleCallback callback = ComplaintResultPolicy.decide(
                complaint, new HandlingResultReported(new ComplaintId("c-1"), "fixed", RESOLVED, CLERK), 6, office);
        assertThat(callback.due()).isEqualTo(DUE);
        assertThat(callback.policy()).isEqualTo(VERSION);

        MongoDeadlines book = new MongoDeadlines(mongo.database("holidays"));
        book.open(new DueItem("callback:" + callback.callbackId(), "callback", callback.callbackId().value(), null,
                              OFFICE, callback.due()));
        OverdueCommands callbacks = new OverdueCommands() {
            @Override
            public String type() {
                return "callback";
            }

            @Override
            public Object markOverdue(DueItem item, Instant detectedAt) {
                return new MarkCallbackOverdue(callback.callbackId(), detectedAt);
            }
        };
        OverdueScheduler scheduler = new OverdueScheduler(book, List.of(callbacks), recordingGateway(), clock);

        for (String moment : List.of("2026-02-14T09:00:00Z", "2026-02-20T02:00:00Z", "2026-02-24T09:00:00Z",
                                     "2026-02-25T01:59:59Z")) {
            clock.set(Instant.parse(moment));
            assertThat(scheduler.poll()).as("poll at %s", moment).isZero();
        }
        clock.set(DUE.plusSeconds(1));
        assertThat(scheduler.poll()).isEqualTo(1);
        assertThat(sent).last().isEqualTo(new MarkCallbackOverdue(callback.callbackId(), DUE.plusSeconds(1)));
        assertThat(scheduler.poll()).isZero();
    }
}
