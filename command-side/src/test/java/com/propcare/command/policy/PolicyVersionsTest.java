package com.propcare.command.policy;

import com.propcare.events.OfficeId;
import com.propcare.events.PolicyVersion;
import com.propcare.events.StaffId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static com.propcare.command.policy.PolicyTestData.defaultsWith;
import static org.assertj.core.api.Assertions.assertThat;

class PolicyVersionsTest {

    private static final OfficeId OFFICE = new OfficeId("office-1");
    private static final StaffId ADMIN = new StaffId("admin-1");
    private static final Instant DECEMBER = Instant.parse("2026-11-30T16:00:00Z");
    private static final Instant JANUARY = Instant.parse("2026-12-31T16:00:00Z");

    private static AdoptedPolicy version(int number, Instant effectiveFrom) {
        return new AdoptedPolicy(OFFICE, new PolicyVersion("office-1:v" + number), number, effectiveFrom,
                                 defaultsWith("/complaints/firstReply/amount", number + 1),
                                 effectiveFrom.minusSeconds(86_400), ADMIN);
    }

    @Test
    void an_office_that_adopted_nothing_works_with_the_defaults() {
        PolicyVersions none = office -> List.of();

        AdoptedPolicy inForce = none.inForce(OFFICE, JANUARY);

        assertThat(inForce.version()).isEqualTo(new PolicyVersion("office-1:default"));
        assertThat(inForce.number()).isZero();
        assertThat(inForce.document()).isEqualTo(PolicyDefaults.document());
    }

    @Test
    void the_version_in_force_is_the_one_that_took_effect_last_before_the_moment() {
        PolicyVersions versions = office -> List.of(version(1, DECEMBER), version(2, JANUARY));

        assertThat(versions.inForce(OFFICE, DECEMBER.minusMillis(1)).version().value()).isEqualTo("office-1:default");
        assertThat(versions.inForce(OFFICE, DECEMBER).version().value()).isEqualTo("office-1:v1");
        assertThat(versions.inForce(OFFICE, JANUARY.minusMillis(1)).version().value()).isEqualTo("office-1:v1");
        assertThat(versions.inForce(OFFICE, JANUARY).version().value()).isEqualTo("office-1:v2");
    }

    @Test
    void of_two_versions_for_the_same_moment_the_later_adopted_wins() {
        PolicyVersions versions = office -> List.of(version(1, JANUARY), version(2, JANUARY));

        assertThat(versions.inForce(OFFICE, JANUARY).number()).isEqualTo(2);
    }
}
