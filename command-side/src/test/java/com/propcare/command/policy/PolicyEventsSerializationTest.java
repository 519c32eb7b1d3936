package com.propcare.command.policy;

import com.propcare.events.OfficeId;
import com.propcare.events.PolicyVersion;
import com.propcare.events.StaffId;
import com.propcare.events.calendar.CalendarDayKind;
import com.propcare.events.calendar.CalendarRegion;
import com.propcare.events.calendar.CalendarYearPublished;
import com.propcare.events.calendar.OfficeCalendarAdjusted;
import com.propcare.events.policy.PolicyAdopted;
import com.propcare.eventstore.EventStoreConfiguration;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The new events survive the event store's serializer unchanged, the whole default policy document included. */
class PolicyEventsSerializationTest {

    private static final Instant AT = Instant.parse("2026-11-23T02:00:00Z");
    private final Serializer serializer = EventStoreConfiguration.plainJsonSerializer();

    @Test
    void a_policy_adoption_with_every_default_value_reads_back_equal() {
        PolicyAdopted adopted = new PolicyAdopted(new OfficeId("office-1"), new PolicyVersion("office-1:v1"), 1, AT,
                                                  PolicyDefaults.document(), AT, new StaffId("admin-1"));

        assertThat(roundTrip(adopted)).isEqualTo(adopted);
    }

    @Test
    void calendar_events_read_back_equal() {
        CalendarYearPublished published = new CalendarYearPublished(
                new CalendarRegion("cn-mainland"), 2027, List.of(LocalDate.of(2027, 1, 1)),
                List.of(LocalDate.of(2027, 2, 6)), AT, new StaffId("admin-1"));
        OfficeCalendarAdjusted adjusted = new OfficeCalendarAdjusted(new OfficeId("office-1"), LocalDate.of(2026, 10, 8),
                                                                     CalendarDayKind.HOLIDAY, "local holiday", AT,
                                                                     new StaffId("director-1"));

        assertThat(roundTrip(published)).isEqualTo(published);
        assertThat(roundTrip(adjusted)).isEqualTo(adjusted);
    }

    private Object roundTrip(Object event) {
        SerializedObject<byte[]> serialized = serializer.serialize(event, byte[].class);
        return serializer.deserialize(serialized);
    }
}
