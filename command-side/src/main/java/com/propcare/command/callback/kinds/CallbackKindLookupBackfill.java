package com.propcare.command.callback.kinds;

import com.propcare.eventstore.EventLog;
import com.propcare.events.callback.CallbackKindDefined;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.lifecycle.Phase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The lookup of the kinds in force is written as kinds are defined; an installation that defined kinds before the
 * lookup existed fills it once from the log, before commands are taken, so that its matters find their kinds.
 */
@Component
class CallbackKindLookupBackfill implements ConfigurerModule {

    private static final Logger LOG = LoggerFactory.getLogger(CallbackKindLookupBackfill.class);

    private final MongoCallbackKindsInForce lookup;
    /** Taken when the application starts: the log is built from the configuration this module is part of. */
    private final ObjectProvider<EventLog> logs;

    CallbackKindLookupBackfill(MongoCallbackKindsInForce lookup, ObjectProvider<EventLog> logs) {
        this.lookup = lookup;
        this.logs = logs;
    }

    @Override
    public void configureModule(Configurer configurer) {
        configurer.onInitialize(config -> config.onStart(Phase.INBOUND_EVENT_CONNECTORS - 1, () -> {
            if (lookup.isFilled()) {
                return;
            }
            EventLog log = logs.getObject();
            var kinds = log.aggregatesOfType(OfficeCallbackKind.class.getSimpleName());
            if (!kinds.isEmpty()) {
                LOG.info("Filling the lookup of office callback kinds from the log ({} kinds)", kinds.size());
            }
            for (String kind : kinds) {
                log.deserialize(log.aggregate(kind)).stream().map(EventMessage::getPayload)
                   .filter(CallbackKindDefined.class::isInstance).map(CallbackKindDefined.class::cast)
                   .forEach(lookup::on);
            }
            lookup.markFilled();
        }));
    }
}
