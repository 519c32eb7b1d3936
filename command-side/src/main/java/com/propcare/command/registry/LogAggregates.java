package com.propcare.command.registry;

import com.propcare.access.AggregateOffices;
import com.propcare.access.AggregateOffices.Owner;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** The log's own answer: the first event of the aggregate, read by exact key and cached (an owner never changes). */
@Component
class LogAggregates implements LoggedAggregates {

    private final AggregateOffices offices;

    LogAggregates(AggregateOffices offices) {
        this.offices = offices;
    }

    @Override
    public Optional<Owner> find(String aggregateId) {
        return offices.ownerOf(aggregateId);
    }
}
