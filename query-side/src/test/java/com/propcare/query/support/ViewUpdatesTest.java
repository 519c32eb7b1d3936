package com.propcare.query.support;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.queryhandling.GenericSubscriptionQueryMessage;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Followers of a view get its latest state once per batch, after the batch commits; nobody following costs nothing. */
class ViewUpdatesTest {

    record Follow(String view) {
    }

    private final SimpleQueryUpdateEmitter emitter = SimpleQueryUpdateEmitter.builder().build();
    private final ViewUpdates<Follow> updates = new ViewUpdates<>(emitter, Follow.class, Follow::view);

    private List<Object> follow(String view) {
        List<Object> received = new CopyOnWriteArrayList<>();
        emitter.registerUpdateHandler(new GenericSubscriptionQueryMessage<>(new Follow(view),
                                                                            ResponseTypes.instanceOf(String.class),
                                                                            ResponseTypes.instanceOf(String.class)),
                                      16)
               .getUpdates().subscribe(update -> received.add(update.getPayload()));
        return received;
    }

    @Test
    void within_a_batch_followers_get_the_latest_state_of_their_view_once_after_it_commits() {
        List<Object> followingA = follow("a");
        List<Object> followingB = follow("b");
        BatchingUnitOfWork<?> batch = new BatchingUnitOfWork<>(List.of(GenericEventMessage.asEventMessage("e1"),
                                                                      GenericEventMessage.asEventMessage("e2")));

        batch.execute(() -> {
            Object event = CurrentUnitOfWork.get().getMessage().getPayload();
            updates.changed("a", () -> "a after " + event);
            assertThat(followingA).isEmpty();
        });

        assertThat(followingA).containsExactly("a after e2");
        assertThat(followingB).isEmpty();
    }

    @Test
    void nothing_is_built_for_a_view_nobody_follows() {
        List<Object> followingA = follow("a");
        AtomicInteger built = new AtomicInteger();

        updates.changed("b", () -> "b#" + built.incrementAndGet());
        updates.changed("a", () -> "a#" + built.incrementAndGet());

        assertThat(built).hasValue(1);
        assertThat(followingA).containsExactly("a#1");
    }
}
