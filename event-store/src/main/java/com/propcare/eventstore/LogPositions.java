package com.propcare.eventstore;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.Optional;

/**
 * The global log position of the last event a unit of work stored, kept in its root's resources once the store has
 * written it. A command's answer carries it, so that a client can ask a read model to have reached it.
 */
public final class LogPositions {

    private static final String LAST_STORED = LogPositions.class.getName() + ".lastStored";

    private LogPositions() {
    }

    static void stored(long lastPosition) {
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().root().resources().merge(LAST_STORED, lastPosition,
                                                             (known, added) -> Math.max((Long) known, (Long) added));
        }
    }

    /** The last position stored in this unit of work; empty when it stored nothing (yet). */
    public static Optional<Long> lastStored(UnitOfWork<?> unitOfWork) {
        return Optional.ofNullable(unitOfWork.root().getResource(LAST_STORED));
    }
}
