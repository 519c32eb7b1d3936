package com.propcare.eventstore;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * An event handler that fails must not be skipped: the error propagates, a subscribing handler fails the command's
 * unit of work (so no events are stored), and a streaming processor retries the batch from its last token.
 * Axon's default only logs and moves on, which would leave a read model or lookup silently behind.
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
