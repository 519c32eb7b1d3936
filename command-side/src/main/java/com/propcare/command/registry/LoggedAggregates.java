package com.propcare.command.registry;

import com.propcare.access.AggregateOffices.Owner;

import java.util.Optional;

/** What the log knows of an aggregate a command names (a complaint repeated, a work order's source): type, office. */
@FunctionalInterface
public interface LoggedAggregates {

    Optional<Owner> find(String aggregateId);
}
