package com.propcare.standalone;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Holds every answer a test's client gets to the contract in {@code docs/openapi.json}: its status is documented
 * for the operation, and its headers and body match what the document says of that status (swagger-request-validator,
 * as an integrator's tooling would check). Added to a {@code WebTestClient} as a filter; the test asserts
 * {@link #violations()} is empty. Streams (SSE, NDJSON) are checked by status and headers only.
 */
final class ContractCheck implements ExchangeFilterFunction {

    private static final Path DOCUMENT = Path.of("..", "docs", "openapi.json");
    private static final OpenApiInteractionValidator VALIDATOR = OpenApiInteractionValidator
            .createForInlineApiSpecification(read(DOCUMENT)).build();

    private final List<String> violations = new CopyOnWriteArrayList<>();
    private final AtomicInteger checked = new AtomicInteger();

    @Override
    public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
        return next.exchange(request).flatMap(response -> {
            MediaType type = response.headers().contentType().orElse(null);
            boolean stream = type != null && (MediaType.TEXT_EVENT_STREAM.isCompatibleWith(type)
                    || MediaType.APPLICATION_NDJSON.isCompatibleWith(type));
            if (stream) {
                check(request, response, null);
                return Mono.just(response);
            }
            return response.bodyToMono(byte[].class).defaultIfEmpty(new byte[0]).map(body -> {
                check(request, response, body);
                return response.mutate().body(Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(body))).build();
            });
        });
    }

    /** What did not match the contract, one line per message with the request it belongs to. */
    List<String> violations() {
        return List.copyOf(violations);
    }

    /** How many answers were checked: a test shows it checked something. */
    int checked() {
        return checked.get();
    }

    private void check(ClientRequest request, ClientResponse response, byte[] body) {
        checked.incrementAndGet();
        SimpleResponse.Builder answer = SimpleResponse.Builder.status(response.statusCode().value());
        HttpHeaders headers = response.headers().asHttpHeaders();
        headers.forEach(answer::withHeader);
        if (body != null && body.length > 0) {
            answer.withBody(body);
        }
        ValidationReport report = VALIDATOR.validateResponse(request.url().getRawPath(),
                                                             Request.Method.valueOf(request.method().name()),
                                                             answer.build());
        report.getMessages().stream().filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
              .filter(message -> body != null || !message.getKey().equals("validation.response.body.missing"))
              .forEach(message -> violations.add(request.method() + " " + request.url().getRawPath() + " → "
                      + response.statusCode().value() + ": " + message.getKey() + " " + message.getMessage()));
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
