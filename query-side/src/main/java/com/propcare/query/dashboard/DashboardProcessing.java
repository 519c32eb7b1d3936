package com.propcare.query.dashboard;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Writes a batch's dashboard changes once its last event is handled. That is before the processor stores its token
 * (which it does first thing when the batch commits), so a failed write fails the batch, and the events are handled
 * again, instead of being passed over.
 */
@Configuration(proxyBeanMethods = false)
class DashboardProcessing {

    @Bean
    ConfigurerModule dashboardBatchWrites(DashboardGenerations generations) {
        return configurer -> {
            configurer.eventProcessing().registerHandlerInterceptor(
                    BlueDashboardProjection.PROCESSING_GROUP,
                    configuration -> flushAfterLast(generations.store(DashboardGenerations.BLUE)));
            configurer.eventProcessing().registerHandlerInterceptor(
                    GreenDashboardProjection.PROCESSING_GROUP,
                    configuration -> flushAfterLast(generations.store(DashboardGenerations.GREEN)));
        };
    }

    private static MessageHandlerInterceptor<EventMessage<?>> flushAfterLast(DashboardStore store) {
        return (unitOfWork, chain) -> {
            Object result = chain.proceed();
            if (!(unitOfWork instanceof BatchingUnitOfWork<?> batch) || batch.isLastMessage()) {
                store.flushBatch();
            }
            return result;
        };
    }
}
