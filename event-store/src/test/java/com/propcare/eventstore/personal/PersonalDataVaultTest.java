package com.propcare.eventstore.personal;

import com.mongodb.client.MongoDatabase;
import com.propcare.eventstore.TestMongo;
import com.propcare.eventstore.personal.PersonalDataVault.Plaintext;
import com.propcare.eventstore.personal.PersonalDataVault.Sealed;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonalDataVaultTest {

    private final TestMongo mongo = new TestMongo();
    private final MongoDatabase database = mongo.database("vault-test");
    private final PersonalDataVault vault = new PersonalDataVault(
            database, Clock.fixed(Instant.parse("2026-03-02T01:00:00Z"), ZoneOffset.UTC));

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    void a_sealed_value_opens_with_its_subject_and_shows_nothing_in_clear_text() {
        Sealed sealed = vault.encrypt("household-1", "王小明 13800000000");

        assertThat(sealed.ciphertext()).doesNotContain("13800000000");
        assertThat(new String(Base64.getDecoder().decode(sealed.ciphertext()))).doesNotContain("13800000000");
        assertThat(vault.decrypt("household-1", sealed)).contains("王小明 13800000000");
    }

    @Test
    void the_same_text_seals_differently_each_time_so_equal_values_cannot_be_spotted_in_the_log() {
        Sealed first = vault.encrypt("household-1", "13800000000");
        Sealed second = vault.encrypt("household-1", "13800000000");

        assertThat(first.ciphertext()).isNotEqualTo(second.ciphertext());
        assertThat(first.keyId()).isEqualTo(second.keyId());
    }

    @Test
    void each_subject_has_its_own_key_and_one_subjects_value_does_not_open_as_anothers() {
        Sealed sealed = vault.encrypt("household-1", "Wang");
        Sealed other = vault.encrypt("household-2", "Li");

        assertThat(sealed.keyId()).isNotEqualTo(other.keyId());
        assertThat(vault.decrypt("household-2", sealed)).isEmpty();
        assertThatThrownBy(() -> vault.decrypt("household-2", new Sealed(other.keyId(), sealed.ciphertext())))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void destroying_a_subjects_key_erases_its_values_and_leaves_other_subjects_readable() {
        Sealed erased = vault.encrypt("household-1", "Wang");
        Sealed kept = vault.encrypt("household-2", "Li");

        vault.destroyKey("household-1");

        assertThat(vault.decrypt("household-1", erased)).isEmpty();
        assertThat(vault.decrypt("household-2", kept)).contains("Li");
        assertThat(database.getCollection(PersonalDataVault.COLLECTION)
                           .countDocuments(new Document("_id", "household-1"))).isZero();
    }

    @Test
    void data_sealed_after_an_erasure_gets_a_new_key_and_the_erased_values_stay_unreadable() {
        Sealed erased = vault.encrypt("household-1", "Wang");
        vault.destroyKey("household-1");

        Sealed later = vault.encrypt("household-1", "Zhao");

        assertThat(later.keyId()).isNotEqualTo(erased.keyId());
        assertThat(vault.decrypt("household-1", later)).contains("Zhao");
        assertThat(vault.decrypt("household-1", erased)).isEmpty();
    }

    @Test
    void an_altered_value_is_an_error_not_an_erasure() {
        Sealed sealed = vault.encrypt("household-1", "Wang");
        byte[] data = Base64.getDecoder().decode(sealed.ciphertext());
        data[data.length - 1] ^= 1;

        assertThatThrownBy(() -> vault.decrypt("household-1",
                                               new Sealed(sealed.keyId(), Base64.getEncoder().encodeToString(data))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not authenticate");
    }

    @Test
    void many_values_are_sealed_in_one_go_with_one_key_per_subject() {
        List<Plaintext> values = IntStream.range(0, 500)
                                          .mapToObj(i -> new Plaintext("household-" + (i / 2), "resident " + i))
                                          .toList();

        List<Sealed> sealed = vault.encryptAll(values);

        assertThat(database.getCollection(PersonalDataVault.COLLECTION).countDocuments()).isEqualTo(250);
        IntStream.range(0, 500).forEach(i -> assertThat(vault.decrypt(values.get(i).subjectId(), sealed.get(i)))
                .contains("resident " + i));
        assertThat(vault.encrypt("household-7", "again").keyId()).isEqualTo(sealed.get(14).keyId());
    }
}
