package com.propcare.command.visit;

/** The lookups visit commands read, written by subscribing handlers in the unit of work of the facts they reflect. */
final class VisitLookups {

    static final String PROCESSING_GROUP = "visit-lookup";

    private VisitLookups() {
    }
}
