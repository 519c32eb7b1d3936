package com.propcare.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventhandling.tokenstore.GenericTokenEntry;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.bson.types.Binary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where a processor's segments stand in the log, from the tokens every instance stores (not only the segments this
 * instance holds), and whether a token has handled a position. A stored token can trail its processor by a few
 * seconds while it only skips events (Axon stores it when it next extends its claim); the segments this instance
 * holds are better read from the processor itself.
 */
public class ProcessedPositions {

    private final MongoCollection<Document> tokens;
    private final Serializer serializer;

    ProcessedPositions(MongoCollection<Document> tokens, Serializer serializer) {
        this.tokens = tokens;
        this.serializer = serializer;
    }

    /** Every processor with tokens in the store, whichever instance runs it (not the store's own entries). */
    public List<String> processors() {
        return tokens.distinct("processorName", String.class).into(new ArrayList<String>()).stream()
                     .filter(name -> !name.startsWith("__")).toList();
    }

    /** The stored token of each segment of the processor (null for a segment that has handled nothing). */
    public Map<Integer, TrackingToken> stored(String processorName) {
        Map<Integer, TrackingToken> segments = new TreeMap<>();
        for (Document segment : tokens.find(Filters.eq("processorName", processorName))) {
            Binary data = segment.get("token", Binary.class);
            segments.put(segment.getInteger("segment"), data == null ? null
                    : new GenericTokenEntry<>(data.getData(), segment.getString("tokenType"), null,
                                              segment.getString("owner"), processorName,
                                              segment.getInteger("segment"), byte[].class).getToken(serializer));
        }
        return segments;
    }

    /** Whether the token has handled the position: past it, without a gap at it (a replay by where it has got). */
    public static boolean covers(TrackingToken token, long position) {
        TrackingToken handled = WrappedToken.unwrapLowerBound(token);
        if (handled instanceof GapAwareTrackingToken gapAware) {
            return gapAware.getIndex() >= position && !gapAware.getGaps().contains(position);
        }
        return handled != null && handled.position().orElse(-1) >= position;
    }

    /** The position the token has handled everything up to; -1 for none. */
    public static long position(TrackingToken token) {
        TrackingToken handled = WrappedToken.unwrapLowerBound(token);
        if (handled instanceof GapAwareTrackingToken gapAware && !gapAware.getGaps().isEmpty()) {
            return gapAware.getGaps().first() - 1;
        }
        return handled == null ? -1 : handled.position().orElse(-1);
    }
}
