package com.propcare.eventstore;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Where the log lives and how readers wait for gaps.
 *
 * @param uri                a MongoDB connection string ({@code MONGODB_URI}); blank means "use the embedded store"
 * @param database           database name
 * @param embedded           which embedded store to start when no uri is given: {@code none}, {@code h2} (file
 *                           backed, survives restarts) or {@code memory}
 * @param dataDir            where the h2-backed embedded store keeps its file
 * @param gapTimeout         how long readers wait for a reserved position to be filled, from when they first saw
 *                           it
 * @param reservationTimeout how long a writer may hold reserved positions before writing them (less than gapTimeout)
 * @param maxGapOffset       how far behind the head gaps are still tracked
 * @param batchSize          events per fetch
 * @param snapshotThreshold  events after which an aggregate is snapshotted
 */
@ConfigurationProperties("propcare.mongodb")
public record EventStoreProperties(String uri, String database, EmbeddedStore embedded, Path dataDir,
                                   Duration gapTimeout, Duration reservationTimeout, Integer maxGapOffset,
                                   Integer batchSize, Integer snapshotThreshold) {

    public enum EmbeddedStore { NONE, H2, MEMORY }

    public EventStoreProperties {
        uri = uri == null ? "" : uri.trim();
        database = database == null || database.isBlank() ? "propcare" : database;
        embedded = embedded == null ? EmbeddedStore.NONE : embedded;
        dataDir = dataDir == null ? Path.of("data") : dataDir;
        gapTimeout = gapTimeout == null ? Duration.ofSeconds(60) : gapTimeout;
        reservationTimeout = reservationTimeout == null ? Duration.ofSeconds(10) : reservationTimeout;
        maxGapOffset = maxGapOffset == null ? 1000 : maxGapOffset;
        batchSize = batchSize == null ? 100 : batchSize;
        snapshotThreshold = snapshotThreshold == null ? 50 : snapshotThreshold;
    }

    boolean usesEmbeddedStore() {
        return uri.isEmpty();
    }
}
