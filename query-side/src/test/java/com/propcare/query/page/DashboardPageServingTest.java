package com.propcare.query.page;

import com.propcare.access.Role;
import com.propcare.access.TestUsers;
import com.propcare.query.QuerySideApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The query side serves the dashboard page to anyone (it holds no data) and its sign-in to users: a token in
 * exchange for credentials, who the caller is, and a refusal that does not make a browser open its password dialog.
 */
@SpringBootTest(classes = QuerySideApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"propcare.mongodb.uri=", "propcare.mongodb.embedded=memory"})
@AutoConfigureWebTestClient
class DashboardPageServingTest {

    @Autowired
    WebTestClient web;

    private WebTestClient anonymous() {
        return web.mutate().defaultHeaders(headers -> headers.remove(HttpHeaders.AUTHORIZATION)).build();
    }

    @Test
    void the_page_and_its_scripts_are_served_without_credentials_but_no_data_is() {
        String page = anonymous().get().uri("/").exchange().expectStatus().isOk()
                                 .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                                 .expectBody(String.class).returnResult().getResponseBody();
        assertThat(page).contains("app/app.js", "lang=\"zh-CN\"");
        for (String file : new String[] {"app.js", "api.js", "views.js", "charts.js", "i18n.js", "app.css"}) {
            anonymous().get().uri("/app/" + file).exchange().expectStatus().isOk();
        }
        anonymous().get().uri("/api/offices").exchange().expectStatus().isUnauthorized();
        anonymous().get().uri("/app/../api/offices").exchange().expectStatus().value(status ->
                assertThat(status).isIn(400, 401, 404));
    }

    @Test
    void credentials_are_exchanged_for_a_sign_in_token_that_names_the_user_and_its_offices_and_is_not_renewed() {
        String viewer = TestUsers.user(Role.VIEWER, "office-1");
        Map<?, ?> signedIn = anonymous().post().uri("/api/session")
                                        .header(HttpHeaders.AUTHORIZATION, TestUsers.bearer(viewer))
                                        .exchange().expectStatus().isOk().expectBody(Map.class).returnResult()
                                        .getResponseBody();
        assertThat(signedIn.get("tokenType")).isEqualTo("Bearer");
        assertThat(((String) signedIn.get("token")).split("\\.")).as("a signed JWT").hasSize(3);

        Map<?, ?> me = anonymous().get().uri("/api/session")
                                  .header(HttpHeaders.AUTHORIZATION, "Bearer " + signedIn.get("token"))
                                  .exchange().expectStatus().isOk().expectBody(Map.class).returnResult()
                                  .getResponseBody();
        assertThat(me.get("name")).isEqualTo(viewer);
        assertThat(me.get("roles")).isEqualTo(List.of("VIEWER"));
        assertThat(me.get("offices")).isEqualTo(List.of("office-1"));
        assertThat(me.get("personalData")).isEqualTo(false);
        anonymous().post().uri("/api/session").header(HttpHeaders.AUTHORIZATION, "Bearer " + signedIn.get("token"))
                   .exchange().expectStatus().isForbidden();

        anonymous().get().uri("/api/offices/office-1/dashboard/pending")
                   .header(HttpHeaders.AUTHORIZATION, "Bearer " + signedIn.get("token"))
                   .exchange().expectStatus().isNotFound();
        anonymous().get().uri("/api/offices/office-2/dashboard/pending")
                   .header(HttpHeaders.AUTHORIZATION, "Bearer " + signedIn.get("token"))
                   .exchange().expectStatus().isNotFound().expectBody().jsonPath("$.code").isEqualTo("OFFICE_NOT_FOUND");
    }

    @Test
    void a_sign_out_ends_the_sign_in_token_and_only_that_one() {
        String viewer = TestUsers.user(Role.VIEWER, "office-1");
        String first = signIn(viewer);
        String second = signIn(viewer);

        anonymous().delete().uri("/api/session").header(HttpHeaders.AUTHORIZATION, "Bearer " + first)
                   .exchange().expectStatus().isNoContent();

        anonymous().get().uri("/api/session").header(HttpHeaders.AUTHORIZATION, "Bearer " + first)
                   .exchange().expectStatus().isUnauthorized();
        anonymous().get().uri("/api/session").header(HttpHeaders.AUTHORIZATION, "Bearer " + second)
                   .exchange().expectStatus().isOk();
    }

    private String signIn(String user) {
        return String.valueOf(anonymous().post().uri("/api/session")
                                         .header(HttpHeaders.AUTHORIZATION, TestUsers.bearer(user)).exchange()
                                         .expectStatus().isOk().expectBody(Map.class).returnResult()
                                         .getResponseBody().get("token"));
    }

    @Test
    void a_refused_sign_in_challenges_with_basic_only_when_the_caller_is_not_a_page() {
        anonymous().post().uri("/api/session").header(HttpHeaders.AUTHORIZATION, "Bearer ps1.forged.signature")
                   .exchange().expectStatus().isUnauthorized()
                   .expectHeader().valueMatches(HttpHeaders.WWW_AUTHENTICATE, "Basic.*");
        anonymous().post().uri("/api/session").header(HttpHeaders.AUTHORIZATION, "Bearer ps1.forged.signature")
                   .header("X-Requested-With", "XMLHttpRequest")
                   .exchange().expectStatus().isUnauthorized()
                   .expectHeader().values(HttpHeaders.WWW_AUTHENTICATE, values ->
                           assertThat(values).noneMatch(value -> value.startsWith("Basic")));
    }
}
