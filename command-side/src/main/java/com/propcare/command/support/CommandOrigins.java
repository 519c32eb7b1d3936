package com.propcare.command.support;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Map;

/**
 * What every event records about its cause, for auditors: Axon's message origins ({@code correlationId} = the
 * message being handled, {@code traceId} = the first message of the chain) and the name of the command that
 * produced it, and the user who sent it.
 */
@Configuration(proxyBeanMethods = false)
class CommandOrigins {

    static final String COMMAND = "command";

    @Bean
    CorrelationDataProvider auditMessageOrigins() {
        return new MessageOriginProvider();
    }

    @Bean
    CorrelationDataProvider commandUserProvider() {
        return new SimpleCorrelationDataProvider(CommandExecutor.USER);
    }

    @Bean
    CorrelationDataProvider commandNameProvider() {
        return message -> message instanceof CommandMessage<?> command
                ? Map.of(COMMAND, command.getCommandName().substring(command.getCommandName().lastIndexOf('.') + 1))
                : Map.of();
    }
}
