package com.propcare.query.support;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every event processor writes what its batch held once the batch's last event is handled ({@link ProcessorBatch}). */
@Configuration(proxyBeanMethods = false)
public class ProcessorBatchWrites {

    @Bean
    ConfigurerModule flushEveryBatchAfterItsLastEvent() {
        return configurer -> configurer.eventProcessing().registerDefaultHandlerInterceptor(
                (configuration, processor) -> ProcessorBatch.flushAfterLastEvent());
    }
}
