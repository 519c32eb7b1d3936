package com.propcare.eventstore;

/**
 * The embedded server an application started, if any: where to connect and how to stop it. Free of the embedded
 * server's own types, which are optional on the classpath of each side.
 */
record EmbeddedStoreHandle(String connectionString, AutoCloseable server) implements AutoCloseable {

    static final EmbeddedStoreHandle NONE = new EmbeddedStoreHandle(null, () -> { });

    @Override
    public void close() throws Exception {
        server.close();
    }
}
