package com.propcare.query.support;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.LinkedHashSet;
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
        if (!CurrentUnitOfWork.isStarted()) {
            return;
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        Set<String> keys = root.getOrComputeResource(resource, name -> {
            Set<String> collected = new LinkedHashSet<>();
            root.afterCommit(unitOfWork -> onCommit.accept(collected));
            return collected;
        });
        keys.add(key);
    }
}
