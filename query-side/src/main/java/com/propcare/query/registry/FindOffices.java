package com.propcare.query.registry;

/** Every registered office, as a list of summaries ordered by id. */
public record FindOffices() {
}
