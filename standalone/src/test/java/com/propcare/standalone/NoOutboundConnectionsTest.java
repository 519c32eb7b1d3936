package com.propcare.standalone;

import org.axonframework.springboot.autoconfig.UpdateCheckerAutoConfiguration;
import org.axonframework.springboot.updates.UpdateCheckConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application reaches no host its operator did not configure: Axon's update checker and usage report are off
 * (Axon's own decision, read through the provider it would use, says so) and its console advertisement is not
 * printed; and while the whole application starts and serves, no URL connection leaves the loopback.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"propcare.mongodb.uri=", "propcare.mongodb.embedded=memory"})
@AutoConfigureWebTestClient
class NoOutboundConnectionsTest {

    private static final List<URI> OUTSIDE = new CopyOnWriteArrayList<>();
    private static ProxySelector original;

    @Autowired
    UpdateCheckConfiguration updateCheck;
    @Autowired
    WebTestClient web;

    /** Every URL connection of the JVM asks the proxy selector first: it notes those leaving the loopback. */
    @BeforeAll
    static void watchConnections() {
        original = ProxySelector.getDefault();
        ProxySelector.setDefault(new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                if (!loopback(uri.getHost())) {
                    OUTSIDE.add(uri);
                }
                return List.of(Proxy.NO_PROXY);
            }

            @Override
            public void connectFailed(URI uri, SocketAddress address, IOException failure) {
            }
        });
    }

    @AfterAll
    static void restore() {
        ProxySelector.setDefault(original);
    }

    private static boolean loopback(String host) {
        try {
            return host == null || InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException unknown) {
            return false;
        }
    }

    @Test
    void axons_update_checker_and_usage_report_are_off_and_its_console_advert_is_not_printed() {
        assertThat(updateCheck.getDisabled()).isTrue();
        assertThat(new UpdateCheckerAutoConfiguration().usagePropertyProvider(updateCheck).getDisabled()).isTrue();
        assertThat(System.getProperty("axoniq.update-checker.disabled")).isEqualTo("true");
        assertThat(System.getProperty("disable-axoniq-console-message")).isEqualTo("true");
    }

    @Test
    void serving_requests_opens_no_connection_outside_the_loopback() {
        web.get().uri("/actuator/health").exchange().expectStatus().isOk();
        web.get().uri("/v3/api-docs").exchange().expectStatus().isOk();
        assertThat(OUTSIDE).isEmpty();
    }
}
