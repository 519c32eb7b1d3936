package com.propcare.command.registry;

import com.propcare.command.registry.HouseholdContacts.ContactPreferences;
import com.propcare.eventstore.TestMongo;
import com.propcare.events.HouseholdId;
import com.propcare.events.registry.ContactChannel;
import com.propcare.events.registry.ContactPreferencesChanged;
import com.propcare.events.registry.HouseholdImportId;
import com.propcare.events.registry.HouseholdRegistered;
import com.propcare.events.registry.HouseholdsImported;
import com.propcare.events.registry.ImportedHousehold;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static com.propcare.command.registry.RegistryTestData.BUILDING_3;
import static com.propcare.command.registry.RegistryTestData.CLERK;
import static com.propcare.command.registry.RegistryTestData.HOUSEHOLD;
import static com.propcare.command.registry.RegistryTestData.NOW;
import static com.propcare.command.registry.RegistryTestData.OFFICE;
import static org.assertj.core.api.Assertions.assertThat;

class MongoHouseholdContactsTest {

    private static final LocalDate MOVED_IN = LocalDate.of(2024, 5, 1);

    private final TestMongo mongo = new TestMongo();
    private final MongoHouseholdContacts contacts = new MongoHouseholdContacts(mongo.database("contacts-test"));

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    void a_registered_household_is_found_with_its_preferred_and_declined_channels() {
        contacts.on(new HouseholdRegistered(HOUSEHOLD, OFFICE, BUILDING_3, "1203", 12, true, MOVED_IN, Set.of(),
                                            ContactChannel.SMS, Set.of(ContactChannel.VISIT, ContactChannel.PHONE),
                                            List.of(), NOW, CLERK));

        ContactPreferences preferences = contacts.find(HOUSEHOLD).orElseThrow();
        assertThat(preferences).isEqualTo(new ContactPreferences(
                HOUSEHOLD, OFFICE, ContactChannel.SMS, Set.of(ContactChannel.VISIT, ContactChannel.PHONE)));
        assertThat(preferences.declines(ContactChannel.VISIT)).isTrue();
        assertThat(preferences.declines(ContactChannel.SMS)).isFalse();
        assertThat(contacts.find(new HouseholdId("h-nobody"))).isEmpty();
    }

    @Test
    void every_row_of_an_import_larger_than_one_batch_carries_its_own_preferences() {
        int rows = MongoHouseholdContacts.BATCH * 2 + 17;
        List<ImportedHousehold> households = IntStream.range(0, rows).mapToObj(i -> new ImportedHousehold(
                new HouseholdId("h-imp-" + i), BUILDING_3, String.valueOf(1000 + i), 10, true, MOVED_IN, Set.of(),
                i % 2 == 0 ? ContactChannel.PHONE : null,
                i % 2 == 0 ? Set.of(ContactChannel.VISIT) : Set.of(), List.of())).toList();

        contacts.on(new HouseholdsImported(new HouseholdImportId("imp-1"), OFFICE, households, NOW, CLERK));

        assertThat(contacts.find(new HouseholdId("h-imp-0")))
                .contains(new ContactPreferences(new HouseholdId("h-imp-0"), OFFICE, ContactChannel.PHONE,
                                                 Set.of(ContactChannel.VISIT)));
        assertThat(contacts.find(new HouseholdId("h-imp-" + (rows - 2))))
                .contains(new ContactPreferences(new HouseholdId("h-imp-" + (rows - 2)), OFFICE, null, Set.of()));
        assertThat(contacts.find(new HouseholdId("h-imp-" + (rows - 1))).orElseThrow().declines(ContactChannel.VISIT))
                .isTrue();
    }

    @Test
    void changed_preferences_replace_the_old_ones_and_a_redelivery_changes_nothing() {
        contacts.on(new HouseholdRegistered(HOUSEHOLD, OFFICE, BUILDING_3, "1203", 12, true, MOVED_IN, Set.of(),
                                            ContactChannel.SMS, Set.of(ContactChannel.VISIT), List.of(), NOW, CLERK));
        ContactPreferencesChanged changed = new ContactPreferencesChanged(
                HOUSEHOLD, OFFICE, null, Set.of(ContactChannel.PHONE), NOW.plusSeconds(60), CLERK);
        contacts.on(changed);
        contacts.on(changed);

        assertThat(contacts.find(HOUSEHOLD))
                .contains(new ContactPreferences(HOUSEHOLD, OFFICE, null, Set.of(ContactChannel.PHONE)));
    }
}
