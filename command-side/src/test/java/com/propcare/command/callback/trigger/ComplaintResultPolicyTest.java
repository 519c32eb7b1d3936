package com.propcare.command.callback.trigger;

import com.propcare.command.callback.ScheduleCallback;
import com.propcare.events.DepartmentId;
import com.propcare.events.HouseholdId;
import com.propcare.events.StaffId;
import com.propcare.events.callback.CallbackId;
import com.propcare.events.callback.KindCode;
import com.propcare.events.callback.SubjectType;
import com.propcare.events.complaint.ComplaintId;
import com.propcare.events.complaint.ComplaintSeverity;
import com.propcare.events.complaint.HandlingResultReported;
import com.propcare.events.registry.StaffRole;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static com.propcare.command.callback.trigger.FixedOfficeRules.OFFICE;
import static com.propcare.command.callback.trigger.FixedOfficeRules.VERSION;
import static org.assertj.core.api.Assertions.assertThat;

/** Given a complaint's facts and its reported result, the callback it owes; no store, no bus. */
class ComplaintResultPolicyTest {

    private static final HouseholdId HOUSEHOLD = new HouseholdId("h-1");
    private static final StaffId HANDLER = new StaffId("handler-1");
    private static final DepartmentId REPAIRS = new DepartmentId("repairs");
    private static final Instant AT = Instant.parse("2026-03-02T02:00:00Z");
    private static final ComplaintId COMPLAINT = new ComplaintId("c-1");

    private final FixedOfficeRules office = new FixedOfficeRules();

    private static ComplaintFacts facts(ComplaintSeverity severity) {
        return new ComplaintFacts(OFFICE, HOUSEHOLD, severity, REPAIRS, null);
    }

    private ScheduleCallback decide(ComplaintFacts facts, long sequence) {
        return ComplaintResultPolicy.decide(facts, new HandlingResultReported(COMPLAINT, "fixed", AT, HANDLER),
                                            sequence, office);
    }

    @Test
    void a_resolved_major_complaint_owes_a_director_callback_with_an_id_derived_from_the_result() {
        ScheduleCallback callback = decide(facts(ComplaintSeverity.MAJOR), 7);

        assertThat(callback.callbackId()).isEqualTo(new CallbackId("cb-c-1-7"));
        assertThat(callback.kind()).isEqualTo(new KindCode("COMPLAINT"));
        assertThat(callback.subject().type()).isEqualTo(SubjectType.COMPLAINT);
        assertThat(callback.subject().id()).isEqualTo("c-1");
        assertThat(callback.householdId()).isEqualTo(HOUSEHOLD);
        assertThat(callback.performerRoles()).containsExactly(StaffRole.DIRECTOR);
        assertThat(callback.handledBy()).isEqualTo(HANDLER);
        assertThat(callback.handlingDepartment()).isEqualTo(REPAIRS);
        assertThat(callback.due()).isEqualTo(AT.plus(3, ChronoUnit.DAYS));
        assertThat(callback.policy()).isEqualTo(VERSION);
        assertThat(callback.followUpOf()).isNull();
    }

    @Test
    void an_unclassified_complaint_counts_as_general_and_a_supervisor_calls_back() {
        assertThat(decide(facts(null), 7).performerRoles()).containsExactly(StaffRole.CUSTOMER_SERVICE_SUPERVISOR);
    }

    @Test
    void the_callback_of_a_later_result_follows_up_the_earlier_one() {
        CallbackId earlier = new CallbackId("cb-c-1-7");

        ScheduleCallback callback = decide(facts(ComplaintSeverity.GENERAL).calledBack(earlier), 12);

        assertThat(callback.callbackId()).isEqualTo(new CallbackId("cb-c-1-12"));
        assertThat(callback.followUpOf()).isEqualTo(earlier);
    }

    @Test
    void the_same_result_always_owes_the_same_callback() {
        assertThat(decide(facts(ComplaintSeverity.GENERAL), 7)).isEqualTo(decide(facts(ComplaintSeverity.GENERAL), 7));
    }
}
