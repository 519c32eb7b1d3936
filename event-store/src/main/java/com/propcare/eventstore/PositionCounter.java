package com.propcare.eventstore;

/**
 * Hands out blocks of global positions. A block is reserved before the commit that uses it is written, so a
 * reservation may never be filled (the writer failed) or be filled late (the writer was slow): readers see both
 * as gaps.
 */
public interface PositionCounter {

    /**
     * Reserves {@code count} consecutive positions.
     *
     * @return the first reserved position; the block is {@code [first, first + count - 1]}
     */
    long reserve(int count);

    /** The highest position handed out so far (0 when none). */
    long highestReserved();
}
