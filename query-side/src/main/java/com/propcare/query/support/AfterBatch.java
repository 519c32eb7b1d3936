package com.propcare.query.support;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Collects what a processor's batch changed (e.g. the offices it touched) and hands the whole set over once, after
 * the batch's writes and its token are committed; live updates then go out once per batch, not once per event.
 */
public final class AfterBatch {

    private AfterBatch() {
    }

    /**
     * @param resource names the set within the batch; one name per kind of change
     * @param onCommit receives every key collected under {@code resource} in the batch
     */
    public static void collect(String resource, String key, Consumer<Set<String>> onCommit) {
        keepLatest(resource, key, key, collected -> onCommit.accept(collected.keySet()));
    }

    /**
     * Keeps {@code value} under {@code key} for the batch, replacing what an earlier event of the batch kept there.
     *
     * @param onCommit receives every key kept under {@code resource} in the batch with its latest value
     * @return whether there is a batch to keep it in; outside a unit of work nothing is kept
     */
    public static <V> boolean keepLatest(String resource, String key, V value, Consumer<Map<String, V>> onCommit) {
        if (!CurrentUnitOfWork.isStarted()) {
            return false;
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        Map<String, V> kept = root.getOrComputeResource(resource, name -> {
            Map<String, V> collected = new LinkedHashMap<>();
            root.afterCommit(unitOfWork -> onCommit.accept(collected));
            return collected;
        });
        kept.put(key, value);
        return true;
    }
}
