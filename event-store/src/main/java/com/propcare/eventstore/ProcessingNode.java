package com.propcare.eventstore;

/** This application instance as the owner of processor segments ({@code propcare.processing.node-id}). */
public record ProcessingNode(String id) {
}
