package com.propcare.query.webhook;

import com.propcare.query.support.Unprocessable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WebhookTargetsTest {

    private static final List<String> ALLOWED = List.of("127.0.0.1", "10.0.0.7", "192.168.1.20", "169.254.169.254",
                                                        "[::1]", "[fd00::1]", "100.64.0.1", "0.0.0.0",
                                                        "93.184.215.14", "*.hooks.test");

    private final WebhookTargets strict = new WebhookTargets(ALLOWED, false);

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080/hook", "https://10.0.0.7/hook", "http://192.168.1.20/",
                            "http://169.254.169.254/latest/meta-data", "http://[::1]/hook", "http://[fd00::1]/hook",
                            "http://100.64.0.1/", "http://0.0.0.0/"})
    void an_internal_address_is_refused_unless_configured(String url) {
        assertThatThrownBy(() -> strict.check(url)).isInstanceOfSatisfying(Unprocessable.class, refusal -> {
            assertThat(refusal.code()).isEqualTo("WEBHOOK_TARGET_PRIVATE");
            assertThat(refusal.field()).isEqualTo("url");
        });
        assertThat(new WebhookTargets(ALLOWED, true).check(url)).hasToString(url);
    }

    @Test
    void a_host_off_the_allow_list_is_refused_even_when_public() {
        assertThatThrownBy(() -> strict.check("https://93.184.215.15/hook"))
                .isInstanceOfSatisfying(Unprocessable.class,
                                        refusal -> assertThat(refusal.code()).isEqualTo("WEBHOOK_HOST_NOT_ALLOWED"));
        assertThatThrownBy(() -> new WebhookTargets(List.of(), true).check("http://127.0.0.1/hook"))
                .as("nothing is allowed until an administrator allows it")
                .isInstanceOfSatisfying(Unprocessable.class,
                                        refusal -> assertThat(refusal.code()).isEqualTo("WEBHOOK_HOST_NOT_ALLOWED"));
        assertThat(strict.check("https://93.184.215.14/hook")).hasToString("https://93.184.215.14/hook");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://93.184.215.14/hook", "https://user:secret@93.184.215.14/hook", "not a url",
                            "https:///nohost", "https://93.184.215.14/hook#part"})
    void what_is_not_an_http_url_with_a_host_is_refused(String url) {
        assertThatThrownBy(() -> strict.check(url))
                .isInstanceOfSatisfying(Unprocessable.class,
                                        refusal -> assertThat(refusal.code()).isEqualTo("WEBHOOK_TARGET_INVALID"));
    }

    @Test
    void a_wildcard_allows_the_subdomains_of_a_domain_only() {
        assertThatThrownBy(() -> strict.check("https://hooks.test.evil.example/"))
                .isInstanceOfSatisfying(Unprocessable.class,
                                        refusal -> assertThat(refusal.code()).isEqualTo("WEBHOOK_HOST_NOT_ALLOWED"));
    }
}
