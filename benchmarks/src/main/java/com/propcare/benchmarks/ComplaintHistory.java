package com.propcare.benchmarks;

import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;
import com.propcare.events.PolicyVersion;
import com.propcare.events.StaffId;
import com.propcare.events.callback.CallbackId;
import com.propcare.events.callback.CallbackMethod;
import com.propcare.events.callback.CallbackPerformed;
import com.propcare.events.callback.CallbackResult;
import com.propcare.events.callback.CallbackScheduled;
import com.propcare.events.callback.FollowUpDone;
import com.propcare.events.callback.FollowUpScheduled;
import com.propcare.events.callback.FollowUpType;
import com.propcare.events.callback.KindCode;
import com.propcare.events.callback.Subject;
import com.propcare.events.callback.SubjectType;
import com.propcare.events.complaint.ClosingReason;
import com.propcare.events.complaint.ComplainantConfirmed;
import com.propcare.events.complaint.ComplaintCategory;
import com.propcare.events.complaint.ComplaintChannel;
import com.propcare.events.complaint.ComplaintClosed;
import com.propcare.events.complaint.ComplaintId;
import com.propcare.events.complaint.ComplaintNumber;
import com.propcare.events.complaint.ComplaintRegistered;
import com.propcare.events.complaint.FirstReplyGiven;
import com.propcare.events.complaint.HandlingResultReported;
import com.propcare.events.registry.BuildingId;
import com.propcare.events.registry.ContactChannel;
import com.propcare.events.registry.HouseholdImportId;
import com.propcare.events.registry.HouseholdsImported;
import com.propcare.events.registry.ImportedHousehold;
import com.propcare.events.registry.OfficeRegistered;
import com.propcare.events.registry.StaffRole;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * A synthetic history for the read-model benchmarks: {@value #OFFICES} offices of {@value #HOUSEHOLDS_PER_OFFICE}
 * households, and complaints spread over eleven months, each with its first reply, result, confirmation, closing
 * and callback (half of them with a promised reply).
 */
final class ComplaintHistory {

    static final int OFFICES = 20;
    static final int HOUSEHOLDS_PER_OFFICE = 5_000;
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final PolicyVersion DEFAULTS = new PolicyVersion("default");
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final long SPAN_SECONDS = Duration.ofDays(330).toSeconds();

    private ComplaintHistory() {
    }

    /** Registers the offices and imports their households, a commit each; answers the number of events. */
    static long offices(Consumer<List<EventMessage<?>>> events) {
        return offices(events, HOUSEHOLDS_PER_OFFICE);
    }

    /** {@link #offices(Consumer)} with fewer households, for short runs; complaints then come from those only. */
    static long offices(Consumer<List<EventMessage<?>>> events, int householdsPerOffice) {
        for (int office = 0; office < OFFICES; office++) {
            OfficeId id = new OfficeId("office-" + office);
            events.accept(messages("Office", id.value(), List.of(new OfficeRegistered(
                    id, "PropCare", "Court " + office, "cn-mainland", ZONE, START, new StaffId("admin")))));
            int o = office;
            List<ImportedHousehold> households = IntStream.range(0, householdsPerOffice).mapToObj(
                    n -> new ImportedHousehold(new HouseholdId("h-" + o + "-" + n), new BuildingId("b-" + n / 100),
                                               String.valueOf(n % 100), n % 30, n % 10 != 0, LocalDate.of(2020, 1, 1),
                                               Set.of(), ContactChannel.PHONE, Set.of(), List.of())).toList();
            events.accept(messages("HouseholdImport", "import-" + office, List.of(new HouseholdsImported(
                    new HouseholdImportId("import-" + office), id, households, START, new StaffId("admin")))));
        }
        return 2L * OFFICES;
    }

    /** Complaint {@code n} of {@code complaints}: the complaint's events, then its callback's, a commit each. */
    static List<List<EventMessage<?>>> complaint(int n, int complaints) {
        return complaint(n, complaints, HOUSEHOLDS_PER_OFFICE);
    }

    /** {@link #complaint(int, int)} from one of the first {@code householdsPerOffice} households of its office. */
    static List<List<EventMessage<?>>> complaint(int n, int complaints, int householdsPerOffice) {
        OfficeId office = new OfficeId("office-" + n % OFFICES);
        Instant received = START.plusSeconds(SPAN_SECONDS * n / complaints);
        ComplaintId complaint = new ComplaintId("c-" + n);
        StaffId clerk = new StaffId("clerk-" + n % OFFICES);
        List<Object> complaintEvents = List.of(
                new ComplaintRegistered(complaint, office, new ComplaintNumber("TS-" + n), ComplaintChannel.PHONE,
                                        new HouseholdId("h-" + n % OFFICES + "-" + n % householdsPerOffice),
                                        ComplaintCategory.values()[n % ComplaintCategory.values().length],
                                        "summary", received, clerk, null, received.plus(Duration.ofDays(1)),
                                        received.plus(Duration.ofDays(3)), DEFAULTS),
                new FirstReplyGiven(complaint, "reply", received.plus(Duration.ofHours(n % 30)), clerk,
                                    n % 30 < 24),
                new HandlingResultReported(complaint, "fixed", received.plus(Duration.ofDays(2)), clerk),
                new ComplainantConfirmed(complaint, true, "ok", received.plus(Duration.ofDays(4)), clerk,
                                         new CallbackId("cb-" + n), null),
                new ComplaintClosed(complaint, ClosingReason.COMPLAINANT_SATISFIED,
                                    received.plus(Duration.ofDays(4)), clerk));
        CallbackId callback = new CallbackId("cb-" + n);
        Instant due = received.plus(Duration.ofDays(5));
        List<Object> callbackEvents = new ArrayList<>(List.of(
                new CallbackScheduled(callback, office, new KindCode("COMPLAINT"),
                                      new Subject(SubjectType.COMPLAINT, complaint.value()), null, due,
                                      List.of(StaffRole.CUSTOMER_SERVICE_SUPERVISOR), null, null, false,
                                      Set.of(CallbackMethod.PHONE), false, 3, null, "result reported", DEFAULTS,
                                      received.plus(Duration.ofDays(2))),
                new CallbackPerformed(callback, office, CallbackMethod.PHONE, received.plus(Duration.ofDays(4)),
                                      new StaffId("sup-1"), "ok", null, CallbackResult.SATISFIED, null, null,
                                      null, n % 20 != 0, false, received.plus(Duration.ofDays(4)),
                                      new StaffId("sup-1"), null, null)));
        if (n % 2 == 0) {
            callbackEvents.add(new FollowUpScheduled(callback, office, "reply-1", FollowUpType.PROMISED_REPLY,
                                                     "answer", "staff:sup-1", due, DEFAULTS, due));
            callbackEvents.add(new FollowUpDone(callback, office, "reply-1", "answered", due, new StaffId("sup-1"),
                                                true));
        }
        return List.of(messages("Complaint", complaint.value(), complaintEvents),
                       messages("Callback", callback.value(), callbackEvents));
    }

    static List<EventMessage<?>> messages(String type, String aggregate, List<?> payloads) {
        List<EventMessage<?>> messages = new ArrayList<>();
        for (int sequence = 0; sequence < payloads.size(); sequence++) {
            messages.add(new GenericDomainEventMessage<>(type, aggregate, sequence, payloads.get(sequence)));
        }
        return messages;
    }
}
