package com.propcare.query.support;

import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.queryhandling.SubscriptionQueryMessage;

import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Sends changed views to the live subscriptions that follow one view each (the server-sent feeds of one complaint
 * or work order): after a processor's batch commits, every subscription of the query type gets the latest state of
 * the view it follows if the batch changed it. Nothing is built when nobody follows: Axon's emitter builds an update
 * message for every event whether anyone listens or not, which was a sixth of the complaint read model's rebuild.
 *
 * @param <Q> the query a subscriber follows a view with
 */
public final class ViewUpdates<Q> {

    private final QueryUpdateEmitter emitter;
    private final Class<Q> queryType;
    private final Function<Q, String> followedView;
    private final String resource;

    public ViewUpdates(QueryUpdateEmitter emitter, Class<Q> queryType, Function<Q, String> followedView) {
        this.emitter = emitter;
        this.queryType = queryType;
        this.followedView = followedView;
        this.resource = ViewUpdates.class.getName() + "/" + queryType.getName();
    }

    /** View {@code id} changed; {@code update} gives what its followers receive, asked for only if there are any. */
    public void changed(String id, Supplier<?> update) {
        if (!AfterBatch.keepLatest(resource, id, update, this::send)) {
            send(Map.of(id, update));
        }
    }

    private void send(Map<String, ? extends Supplier<?>> changed) {
        emitter.activeSubscriptions().stream()
               .map(SubscriptionQueryMessage::getPayload)
               .filter(queryType::isInstance)
               .map(queryType::cast)
               .map(followedView)
               .filter(changed::containsKey)
               .distinct()
               .forEach(id -> emitter.emit(queryType, query -> id.equals(followedView.apply(query)),
                                           changed.get(id).get()));
    }
}
