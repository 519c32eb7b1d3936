package com.propcare.command.registry;

import com.propcare.access.TestOffice;
import com.propcare.access.TestUsers;
import com.propcare.command.CommandSideApplication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff registry is the directory of people: a hire is an account, a role change applies to the next request, a
 * departure ends the account at once. Local passwords are set by admins and changed by their owners; wrong
 * passwords lock an account for a while, answered 429 without a hash; the identity provider's tokens are checked.
 */
@SpringBootTest(classes = CommandSideApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = {"propcare.mongodb.embedded=memory",
                              "propcare.security.sign-in.max-failures-per-account=3",
                              "propcare.security.sign-in.lock-duration=PT2M"})
@AutoConfigureWebTestClient(timeout = "PT30S")
class StaffAccountsApiTest {

    private static final String PASSWORD = "correct horse battery";

    @Autowired
    WebTestClient web;

    private TestOffice office;

    @BeforeEach
    void office() {
        office = TestOffice.register(web, "office-" + System.nanoTime());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private WebTestClient.ResponseSpec me(String authorization) {
        return web.get().uri("/api/session").header(HttpHeaders.AUTHORIZATION, authorization).exchange();
    }

    private WebTestClient.ResponseSpec setPassword(String account, String password) {
        return web.put().uri("/api/accounts/" + account + "/password").contentType(MediaType.APPLICATION_JSON)
                  .bodyValue(Map.of("password", password)).exchange();
    }

    @Test
    void a_role_change_applies_to_the_next_request_and_a_departure_ends_the_account() {
        String clerk = office.hire("li-" + office.id(), TestOffice.CUSTOMER_SERVICE, "CLERK");
        me(TestUsers.as(clerk)).expectStatus().isOk().expectBody().jsonPath("$.roles[0]").isEqualTo("CLERK")
                               .jsonPath("$.offices[0]").isEqualTo(office.id());

        web.post().uri("/api/staff/" + clerk + "/roles").contentType(MediaType.APPLICATION_JSON)
           .bodyValue("{\"roles\":[\"DIRECTOR\"]}").exchange().expectStatus().isAccepted();
        me(TestUsers.as(clerk)).expectStatus().isOk().expectBody().jsonPath("$.roles[0]").isEqualTo("DIRECTOR");

        web.post().uri("/api/staff/" + clerk + "/leave").contentType(MediaType.APPLICATION_JSON)
           .bodyValue("{\"leftOn\":\"" + java.time.LocalDate.now() + "\"}").exchange().expectStatus().isAccepted();
        me(TestUsers.as(clerk)).expectStatus().isUnauthorized()
                               .expectBody().jsonPath("$.code").isEqualTo("ACCOUNT_INACTIVE");
        office.as(clerk).post().uri("/api/complaints").contentType(MediaType.APPLICATION_JSON)
              .bodyValue("{}").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void an_admin_sets_a_local_password_its_owner_changes_it_and_every_earlier_sign_in_ends() {
        String clerk = office.clerk();
        setPassword(clerk, "short").expectStatus().isEqualTo(422)
                                   .expectBody().jsonPath("$.code").isEqualTo("PASSWORD_TOO_WEAK");
        setPassword("nobody-" + office.id(), PASSWORD).expectStatus().isNotFound()
                                                      .expectBody().jsonPath("$.code").isEqualTo("ACCOUNT_NOT_FOUND");
        setPassword(clerk, PASSWORD).expectStatus().isNoContent();
        me(basic(clerk, PASSWORD)).expectStatus().isOk().expectBody().jsonPath("$.name").isEqualTo(clerk);
        String token = "Bearer " + web.post().uri("/api/session").header(HttpHeaders.AUTHORIZATION, basic(clerk, PASSWORD))
                                      .exchange().expectStatus().isOk().expectBody(Map.class).returnResult()
                                      .getResponseBody().get("token");
        me(token).expectStatus().isOk();

        web.post().uri("/api/session/password").header(HttpHeaders.AUTHORIZATION, token)
           .contentType(MediaType.APPLICATION_JSON)
           .bodyValue(Map.of("currentPassword", "not it at all", "newPassword", "another long secret"))
           .exchange().expectStatus().isEqualTo(422)
           .expectBody().jsonPath("$.code").isEqualTo("PASSWORD_CURRENT_WRONG");
        web.post().uri("/api/session/password").header(HttpHeaders.AUTHORIZATION, token)
           .contentType(MediaType.APPLICATION_JSON)
           .bodyValue(Map.of("currentPassword", PASSWORD, "newPassword", "another long secret"))
           .exchange().expectStatus().isNoContent();

        me(token).expectStatus().isUnauthorized();
        me(basic(clerk, PASSWORD)).expectStatus().isUnauthorized();
        me(basic(clerk, "another long secret")).expectStatus().isOk();
    }

    @Test
    void wrong_passwords_lock_the_account_for_a_while_and_an_admin_sees_and_lifts_the_lock() {
        String clerk = office.clerk();
        setPassword(clerk, PASSWORD).expectStatus().isNoContent();
        for (int i = 0; i < 3; i++) {
            me(basic(clerk, "guess " + i)).expectStatus().isUnauthorized();
        }
        me(basic(clerk, PASSWORD)).expectStatus().isEqualTo(429)
                                  .expectHeader().value(HttpHeaders.RETRY_AFTER, seconds ->
                                          assertThat(Integer.parseInt(seconds)).isBetween(100, 121))
                                  .expectBody().jsonPath("$.code").isEqualTo("SIGN_IN_LOCKED");
        // other sign-ins of the account are not guesses
        me(TestUsers.as(clerk)).expectStatus().isOk();

        web.get().uri("/api/accounts/sign-in-locks").exchange().expectStatus().isOk()
           .expectBody().jsonPath("$[?(@.key == 'account:" + clerk + "')].until").value(until ->
                   assertThat(Instant.parse(((java.util.List<?>) until).get(0).toString()))
                           .isAfter(Instant.now().plus(Duration.ofSeconds(100))));
        web.delete().uri("/api/accounts/sign-in-locks/account:" + clerk).exchange().expectStatus().isNoContent();
        me(basic(clerk, PASSWORD)).expectStatus().isOk();
    }

    @Test
    void the_identity_providers_token_must_be_valid_for_us_and_name_someone_we_know() {
        Instant inAnHour = Instant.now().plus(Duration.ofHours(1));
        String clerk = office.clerk();
        me(TestUsers.as(clerk)).expectStatus().isOk();
        for (String token : new String[] {
                TestUsers.idToken(clerk, TestUsers.ISSUER, TestUsers.AUDIENCE, Instant.now().minusSeconds(120),
                                  TestUsers.providerKey()),
                TestUsers.idToken(clerk, "https://elsewhere.test", TestUsers.AUDIENCE, inAnHour, TestUsers.providerKey()),
                TestUsers.idToken(clerk, TestUsers.ISSUER, "another-app", inAnHour, TestUsers.providerKey()),
                TestUsers.idToken("stranger", TestUsers.ISSUER, TestUsers.AUDIENCE, inAnHour, TestUsers.providerKey()),
                TestUsers.idToken(clerk, TestUsers.ISSUER, TestUsers.AUDIENCE, inAnHour, TestUsers.newKey("other"))}) {
            me("Bearer " + token).expectStatus().isUnauthorized();
        }
    }
}
