package com.propcare.command.callback.trigger;

import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.lifecycle.Phase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * An installation whose callback reactions ran before their facts were kept as typed records has no such facts yet:
 * before the reactions start, their tokens are reset once, so the replay rebuilds the facts from the log (a replay
 * only rebuilds; it sets nothing off again). A new installation has no tokens and needs nothing.
 */
@Component
class ReactionMemoryUpgrade implements ConfigurerModule {

    private static final Logger LOG = LoggerFactory.getLogger(ReactionMemoryUpgrade.class);

    private final ReactionMemory memory;
    private final TokenStore tokens;

    ReactionMemoryUpgrade(ReactionMemory memory, TokenStore tokens) {
        this.memory = memory;
        this.tokens = tokens;
    }

    @Override
    public void configureModule(Configurer configurer) {
        configurer.onInitialize(config -> config.onStart(Phase.INBOUND_EVENT_CONNECTORS - 1, () -> {
            if (memory.isCurrent()) {
                return;
            }
            if (tokens.fetchSegments(CallbackReactions.PROCESSING_GROUP).length > 0) {
                config.eventProcessingConfiguration()
                      .eventProcessor(CallbackReactions.PROCESSING_GROUP, StreamingEventProcessor.class)
                      .ifPresent(processor -> {
                          LOG.info("Rebuilding the facts of the callback reactions by a replay of the log");
                          processor.resetTokens();
                      });
            }
            memory.markCurrent();
        }));
    }
}
