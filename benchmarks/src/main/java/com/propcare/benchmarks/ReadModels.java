package com.propcare.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The read models as the admin API shows them: where each stands, their lag under load, their rebuilds. */
final class ReadModels {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private ReadModels() {
    }

    /** Read model → {sampled at (nanos), position, head}. */
    static Map<String, long[]> positions(String base) throws Exception {
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
        while (!positions(base).values().stream().allMatch(position -> position[1] >= position[2])) {
            Thread.sleep(100);
        }
    }

    /**
     * Samples every read model's position every 20 ms from {@link #start} until {@link #stop}: the lag of a moment
     * is how long a read model took to reach the log's head of that moment.
     */
    static final class LagSampler {

        private final String base;
        private final List<Map<String, long[]>> samples = Collections.synchronizedList(new ArrayList<>());
        private final Thread sampler;

        private LagSampler(String base) {
            this.base = base;
            this.sampler = new Thread(this::sample, "lag-sampler");
        }

        static LagSampler start(String base) {
            LagSampler lagSampler = new LagSampler(base);
            lagSampler.sampler.start();
            return lagSampler;
        }

        private void sample() {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    samples.add(positions(base));
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        }

        /**
         * Call when the load has ended: waits until every read model has caught up, stops, and answers each one's
         * lags, sorted, for the moments up to the end of the load (later samples only tell when those were reached).
         */
        Map<String, List<Long>> stop() throws Exception {
            long loadEnded = System.nanoTime();
            awaitCaughtUp(base);
            sampler.interrupt();
            sampler.join();
            List<Map<String, long[]>> taken = new ArrayList<>(samples);
            Map<String, List<Long>> lags = new LinkedHashMap<>();
            for (int i = 0; i < taken.size(); i++) {
                for (Map.Entry<String, long[]> model : taken.get(i).entrySet()) {
                    long sampledAt = model.getValue()[0];
                    if (sampledAt > loadEnded) {
                        break;
                    }
                    long head = model.getValue()[2];
                    for (int later = i; later < taken.size(); later++) {
                        long[] then = taken.get(later).get(model.getKey());
                        if (then != null && then[1] >= head) {
                            lags.computeIfAbsent(model.getKey(), name -> new ArrayList<>()).add(then[0] - sampledAt);
                            break;
                        }
                    }
                }
            }
            lags.values().forEach(Collections::sort);
            return lags;
        }
    }

    /** Rebuilds one read model ({@code all}: every one at once) and prints each one's rate and the whole time. */
    static void rebuild(String base, String name) throws Exception {
        HTTP.send(BenchmarkApps.request(base + "/api/admin/projections/" + name + "/rebuild")
                               .POST(HttpRequest.BodyPublishers.noBody()).build(),
                  HttpResponse.BodyHandlers.discarding());
        long started = System.nanoTime();
        JsonNode status;
        do {
            Thread.sleep(100);
            status = status(base);
        } while (!rebuildsDone(status, name));
        double seconds = (System.nanoTime() - started) / 1e9;
        long head = status.get(0).get("head").asLong();
        System.out.printf("%n| rebuild of %s (%,d events) | events/s |%n|---|---|%n", name.equals("all")
                ? "every read model at once" : "the " + name + " read model alone", head);
        for (JsonNode model : status) {
            JsonNode progress = model.get("rebuild");
            if (progress != null && !progress.isNull() && (name.equals("all") || model.get("name").asText()
                                                                                       .equals(name))) {
                System.out.printf("| %s | %,d |%n", model.get("name").asText(),
                                  progress.get("eventsPerSecond").asLong());
            }
        }
        System.out.printf("| all of it, from the request until the last one was done (%.1f s) | %,.0f |%n", seconds,
                          head / seconds);
    }

    private static boolean rebuildsDone(JsonNode status, String name) {
        for (JsonNode model : status) {
            if (name.equals("all") || model.get("name").asText().equals(name)) {
                JsonNode progress = model.get("rebuild");
                if (progress == null || progress.isNull() || !"DONE".equals(progress.get("state").asText())) {
                    return false;
                }
            }
        }
        return true;
    }
}
