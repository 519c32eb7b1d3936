package com.propcare.standalone;

import com.propcare.access.Role;
import com.propcare.access.TestUsers;
import com.propcare.eventstore.TestMongo;
import com.propcare.query.QuerySideApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Two instances on one store share the sign-ins they issue and end them together: a token issued by one is
 * accepted by the other, and after a sign-out on one, or an admin's revocation on the other, it is refused by both.
 */
class SignInAcrossInstancesTest {

    private static final String SECRET = "a-session-secret-shared-by-every-instance-0123456789";

    private TestMongo mongo;
    private final List<ConfigurableApplicationContext> contexts = new ArrayList<>();

    @BeforeEach
    void store() {
        mongo = new TestMongo();
    }

    @AfterEach
    void stop() {
        contexts.forEach(ConfigurableApplicationContext::close);
        mongo.close();
    }

    private WebTestClient instance() {
        List<String> arguments = new ArrayList<>(TestUsers.arguments());
        arguments.addAll(List.of("--propcare.mongodb.uri=" + mongo.connectionString(),
                                 "--propcare.mongodb.database=" + mongo.databaseName("sign-in"), "--server.port=0",
                                 "--propcare.security.demo-users=false",
                                 "--propcare.security.session-secret=" + SECRET));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(QuerySideApplication.class)
                .run(arguments.toArray(String[]::new));
        contexts.add(context);
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port)
                            .responseTimeout(Duration.ofSeconds(30)).build();
    }

    private static String signIn(WebTestClient instance, String user) {
        return "Bearer " + instance.post().uri("/api/session").header(HttpHeaders.AUTHORIZATION, TestUsers.bearer(user))
                                   .exchange().expectStatus().isOk().expectBody(Map.class).returnResult()
                                   .getResponseBody().get("token");
    }

    private static WebTestClient.ResponseSpec me(WebTestClient instance, String token) {
        return instance.get().uri("/api/session").header(HttpHeaders.AUTHORIZATION, token).exchange();
    }

    @Test
    void a_sign_out_or_a_revocation_on_one_instance_ends_the_token_on_the_other() {
        WebTestClient first = instance();
        WebTestClient second = instance();
        String viewer = TestUsers.user(Role.VIEWER, "office-1");

        String token = signIn(first, viewer);
        me(second, token).expectStatus().isOk();
        first.delete().uri("/api/session").header(HttpHeaders.AUTHORIZATION, token).exchange()
             .expectStatus().isNoContent();
        me(second, token).expectStatus().isUnauthorized();
        me(first, token).expectStatus().isUnauthorized();

        String again = signIn(first, viewer);
        me(second, again).expectStatus().isOk();
        second.post().uri("/api/accounts/" + viewer + "/revocation")
              .header(HttpHeaders.AUTHORIZATION, TestUsers.bearer(TestUsers.TESTER)).exchange()
              .expectStatus().isNoContent();
        me(first, again).expectStatus().isUnauthorized();
        me(second, again).expectStatus().isUnauthorized();
    }
}
