package com.propcare.command.policy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.propcare.events.OfficeId;
import com.propcare.events.PolicyVersion;
import com.propcare.events.StaffId;
import com.propcare.events.policy.PolicyAdopted;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;

import static com.propcare.command.policy.PolicyTestData.defaultsWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The policy lookup on the embedded server: versions read back as adopted, and a redelivery changes nothing. */
class MongoPolicyVersionsTest {

    private static final OfficeId OFFICE = new OfficeId("office-1");
    private static final StaffId ADMIN = new StaffId("admin-1");
    private static final Instant AT = Instant.parse("2026-11-23T02:00:00Z");

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final MongoClient client = client(server.bind());
    private final MongoPolicyVersions versions = new MongoPolicyVersions(client.getDatabase("policy-test"),
                                                                               Duration.ofMinutes(5));

    @AfterEach
    void close() {
        client.close();
        server.shutdownNow();
    }

    private static MongoClient client(InetSocketAddress address) {
        return MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
    }

    private static PolicyAdopted adopted(int number, Instant effectiveFrom) {
        return new PolicyAdopted(OFFICE, new PolicyVersion("office-1:v" + number), number, effectiveFrom,
                                 defaultsWith("/complaints/firstReply/amount", number + 1), AT, ADMIN);
    }

    @Test
    void an_office_without_adoptions_has_no_versions() {
        assertThat(versions.adopted(OFFICE)).isEmpty();
        assertThat(versions.inForce(OFFICE, AT).version().value()).isEqualTo("office-1:default");
    }

    @Test
    void adopted_versions_read_back_as_adopted_and_in_order() {
        PolicyAdopted first = adopted(1, AT);
        PolicyAdopted second = adopted(2, AT.plusSeconds(3600));
        versions.on(first);
        versions.on(second);

        assertThat(versions.adopted(OFFICE)).extracting(AdoptedPolicy::version, AdoptedPolicy::number,
                                                        AdoptedPolicy::effectiveFrom, AdoptedPolicy::document,
                                                        AdoptedPolicy::adoptedAt, AdoptedPolicy::adoptedBy)
                .containsExactly(
                        tuple(first.version(), 1, first.effectiveFrom(),
                                                            first.document(), AT, ADMIN),
                        tuple(second.version(), 2, second.effectiveFrom(),
                                                            second.document(), AT, ADMIN));
        assertThat(versions.inForce(OFFICE, AT.plusSeconds(1800)).version()).isEqualTo(first.version());
    }

    @Test
    void a_redelivered_adoption_is_kept_once() {
        PolicyAdopted first = adopted(1, AT);
        versions.on(first);
        versions.on(first);

        assertThat(versions.adopted(OFFICE)).hasSize(1);
    }
}
