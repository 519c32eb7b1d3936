package com.propcare.access;

import org.springframework.boot.webtestclient.autoconfigure.WebTestClientBuilderCustomizer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

import java.util.List;

/**
 * Gives every Spring test context the {@link TestUsers}, and makes the auto-configured {@code WebTestClient} send
 * the all-roles tester's token unless a test sets another {@code Authorization}. Tests of the rules themselves
 * pick users explicitly. Registered in {@code META-INF/spring.factories} of this test jar.
 */
public class TestUsersContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
                                                     List<ContextConfigurationAttributes> configAttributes) {
        return new Customizer();
    }

    private static final class Customizer implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            // last: a test's own properties (e.g. a lower rate limit) win over these defaults
            context.getEnvironment().getPropertySources()
                   .addLast(new MapPropertySource("test-users", TestUsers.properties()));
            WebTestClientBuilderCustomizer tester = builder -> builder.defaultHeader(
                    HttpHeaders.AUTHORIZATION, TestUsers.bearer(TestUsers.TESTER));
            context.getBeanFactory().registerSingleton("testUsersWebTestClientCustomizer", tester);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Customizer;
        }

        @Override
        public int hashCode() {
            return Customizer.class.hashCode();
        }
    }
}
