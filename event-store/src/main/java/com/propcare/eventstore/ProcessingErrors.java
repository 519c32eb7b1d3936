package com.propcare.eventstore;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * An event handler that fails must not be skipped: the error propagates. In a subscribing handler (set-based
 * lookups) it makes the command fail, although its events are already stored by then, so those lookups reserve
 * their keys before the events are written. Streaming processors keep the failed event in their dead-letter queue
 * instead ({@link com.propcare.eventstore.deadletter.DeadLetterConfiguration}). Axon's default only logs and moves
 * on, which would leave a lookup silently behind.
 */
@Configuration(proxyBeanMethods = false)
public class ProcessingErrors {

    @Bean
    ConfigurerModule propagateHandlerErrors() {
        return configurer -> configurer.eventProcessing()
                                       .registerDefaultListenerInvocationErrorHandler(
                                               c -> PropagatingErrorHandler.instance());
    }
}
