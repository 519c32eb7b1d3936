package com.propcare.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.LinkedHashMap;
import java.util.Map;

/** Where every read model stands in the log, from the admin API. */
final class ReadModelPositions {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ReadModelPositions() {
    }

    /** Read model → {sampled at (nanos), position, head}. */
    static Map<String, long[]> of(String base) throws Exception {
        long now = System.nanoTime();
        Map<String, long[]> positions = new LinkedHashMap<>();
        for (JsonNode model : status(base)) {
            positions.put(model.get("name").asText(), new long[]{now, model.get("position").asLong(),
                                                                  model.get("head").asLong()});
        }
        return positions;
    }

    /** The admin API's status of every read model. */
    static JsonNode status(String base) throws Exception {
        return JSON.readTree(BenchmarkApps.get(base + "/api/admin/projections"));
    }

    /** Until every read model has reached the log's head. */
    static void awaitCaughtUp(String base) throws Exception {
        while (!of(base).values().stream().allMatch(position -> position[1] >= position[2])) {
            Thread.sleep(100);
        }
    }
}
