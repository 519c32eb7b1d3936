package com.propcare.eventstore;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * The application holds residents' personal data and connects only where its operator said so: Axon's update
 * checker (which reports usage to an outside host every few minutes) is off unless
 * {@code axon.update-check.disabled=false} is set, and Axon's console advertisement is not printed unless
 * {@code propcare.axon.console-message=true}. Both defaults sit below every configuration the operator gives.
 */
public class NoUninvitedConnections implements EnvironmentPostProcessor {

    static final String UPDATE_CHECK = "axon.update-check.disabled";
    /** Read by Axon itself, outside Spring, before anything else. */
    static final String UPDATE_CHECK_SYSTEM_PROPERTY = "axoniq.update-checker.disabled";
    static final String CONSOLE_MESSAGE_SYSTEM_PROPERTY = "disable-axoniq-console-message";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource("propcare-no-uninvited-connections",
                                                                       Map.of(UPDATE_CHECK, "true")));
        boolean updateCheckDisabled = environment.getProperty(UPDATE_CHECK, Boolean.class, true);
        if (System.getProperty(UPDATE_CHECK_SYSTEM_PROPERTY) == null) {
            System.setProperty(UPDATE_CHECK_SYSTEM_PROPERTY, String.valueOf(updateCheckDisabled));
        }
        if (System.getProperty(CONSOLE_MESSAGE_SYSTEM_PROPERTY) == null
                && !environment.getProperty("propcare.axon.console-message", Boolean.class, false)) {
            System.setProperty(CONSOLE_MESSAGE_SYSTEM_PROPERTY, "true");
        }
    }
}
