package com.propcare.eventstore.deadletter;

import com.mongodb.client.MongoDatabase;
import com.propcare.eventstore.EventLog;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventhandling.deadletter.MongoSequencedDeadLetterQueue;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import java.time.Clock;

/**
 * Every streaming processor keeps what its handlers cannot handle in a dead-letter queue in the store
 * ({@value #COLLECTION}), Axon's sequenced dead-letter queue from its Mongo extension: the failed event with its cause,
 * and behind it the later events of the same aggregate, kept in order until a retry handles them. Subscribing
 * processors (the command side's lookups) get none: their failure fails the command that caused it.
 */
@Configuration(proxyBeanMethods = false)
public class DeadLetterConfiguration {

    static final String COLLECTION = "dead_letters";

    @Bean
    ConfigurerModule deadLetterQueues(MongoDatabase database, @Qualifier("messageSerializer") Serializer serializer,
                                      Environment environment, ObjectProvider<EventLog> log) {
        MongoTemplate template = template(database);
        FailureRecording recording = new FailureRecording(log::getObject);
        return configurer -> configurer.eventProcessing()
                                       .registerDeadLetterQueueProvider(group -> subscribing(environment, group)
                                               ? null : config -> queue(template, serializer, group))
                                       .registerDefaultDeadLetterPolicy(config -> recording);
    }

    @Bean
    FailedReactions failedReactions(MongoDatabase database, @Qualifier("messageSerializer") Serializer serializer,
                                    org.axonframework.config.Configuration axon, Clock clock) {
        MongoTemplate template = template(database);
        return new FailedReactions(database.getCollection(COLLECTION),
                                   database.getCollection(FailedReactions.RETRY_REQUESTS),
                                   group -> queue(template, serializer, group), axon::eventProcessingConfiguration,
                                   clock);
    }

    @Bean
    FailedReactionRetries failedReactionRetries(FailedReactions failedReactions) {
        return new FailedReactionRetries(failedReactions);
    }

    @Bean
    FailedReactionGauge failedReactionGauge(FailedReactions failedReactions, ObjectProvider<MeterRegistry> registry) {
        return new FailedReactionGauge(failedReactions, registry.getIfAvailable(() -> Metrics.globalRegistry));
    }

    private static boolean subscribing(Environment environment, String group) {
        return "subscribing".equalsIgnoreCase(
                environment.getProperty("axon.eventhandling.processors." + group + ".mode", ""));
    }

    private static MongoTemplate template(MongoDatabase database) {
        return DefaultMongoTemplate.builder().mongoDatabase(database).deadLetterCollectionName(COLLECTION).build();
    }

    private static SequencedDeadLetterQueue<EventMessage<?>> queue(MongoTemplate template, Serializer serializer,
                                                                   String group) {
        return MongoSequencedDeadLetterQueue.builder()
                                            .processingGroup(group)
                                            .mongoTemplate(template)
                                            .serializer(serializer)
                                            .build();
    }
}
