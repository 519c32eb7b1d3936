package com.propcare.query.support;

/**
 * A read model kept in two generations, each filled by its own processor: the live one serves queries, the standby
 * one can be rebuilt from the log meanwhile and then made live.
 */
public interface BlueGreenProjection {

    /** The name the admin API knows it by. */
    String name();

    String liveProcessor();

    String standbyProcessor();

    /** Called once the standby processor has caught up with the log; it serves from then on. */
    void makeStandbyLive();
}
