package com.propcare.query.webhook;

import com.sun.net.httpserver.HttpServer;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A webhook receiver on the loopback interface that answers as scripted (a status, a Retry-After, or no answer in
 * time) and then 200, and keeps every request it got with when it got it.
 */
final class Receiver implements AutoCloseable {

    /** How to answer one request: {@code delayMillis} before answering, to outlast the sender's timeout. */
    record Answer(int status, String retryAfter, long delayMillis) {
        static Answer status(int status) {
            return new Answer(status, null, 0);
        }
    }

    /** @param answered the status the sender got; 0 when the answer came too late for it */
    record Request(String id, String timestamp, String signature, String contentType, String body, long receivedAt,
                   int answered) {
    }

    private final HttpServer server;
    private final Deque<Answer> script = new ArrayDeque<>();
    private volatile Answer otherwise = Answer.status(200);
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    Receiver() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/hook", exchange -> {
            long receivedAt = System.nanoTime();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Answer answer;
            synchronized (script) {
                answer = script.isEmpty() ? otherwise : script.poll();
            }
            requests.add(new Request(exchange.getRequestHeaders().getFirst("webhook-id"),
                                     exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                                     exchange.getRequestHeaders().getFirst("webhook-signature"),
                                     exchange.getRequestHeaders().getFirst("Content-Type"), body, receivedAt,
                                     answer.delayMillis() > 0 ? 0 : answer.status()));
            try {
                Thread.sleep(answer.delayMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (answer.retryAfter() != null) {
                exchange.getResponseHeaders().add("Retry-After", answer.retryAfter());
            }
            exchange.sendResponseHeaders(answer.status(), -1);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    void then(Answer... answers) {
        synchronized (script) {
            script.addAll(List.of(answers));
        }
    }

    void otherwise(Answer answer) {
        otherwise = answer;
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    /** The event ids the receiver took (answered 2xx), in the order it took them. */
    List<String> taken() {
        return requests.stream().filter(request -> request.answered() / 100 == 2).map(Request::id).toList();
    }

    /** Whether the request's signature is the one the secret makes, computed here as a receiver would. */
    static boolean signedWith(String secret, Request request) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
            byte[] expected = mac.doFinal((request.id() + "." + request.timestamp() + "." + request.body())
                                                  .getBytes(StandardCharsets.UTF_8));
            String given = request.signature().substring(request.signature().indexOf(',') + 1);
            return request.signature().startsWith("v1,")
                    && MessageDigest.isEqual(expected, Base64.getDecoder().decode(given));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
