package com.propcare.command.support;

import com.propcare.access.OfficeAccess;
import com.propcare.access.OfficeScopedRequest;
import com.propcare.access.Role;
import com.propcare.access.StaffUser;
import com.propcare.access.Tokens;
import com.propcare.events.StaffId;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Sends a command on behalf of an HTTP request: off the event loop (handlers and the store block), with
 * {@code Idempotency-Key} semantics, answering with the aggregate version as {@code ETag}.
 */
@Component
public class CommandExecutor {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    /** The log position of a command's last event; a read that sends it back sees the change. */
    public static final String LOG_POSITION = "Log-Position";
    /** The metadata key naming the user who sent a command; copied onto every event it produces. */
    public static final String USER = "user";
    private static final int MAX_KEY_LENGTH = 200;
    /** The parameter that once named who acts; a body field of that name is refused by the parser already. */
    private static final String NO_ACTOR_PARAMETER = "by";

    private final CommandGateway gateway;
    private final IdempotencyKeys keys;
    private final JsonMapper json;
    private final OfficeAccess access;
    private final List<PathPattern> ifMatchRequired;
    private final Set<Role> onBehalfRoles;

    CommandExecutor(CommandGateway gateway, IdempotencyKeys keys, JsonMapper json, OfficeAccess access,
                    @Value("${propcare.commands.if-match-required:}") List<String> ifMatchRequired,
                    @Value("${propcare.security.record-on-behalf-roles:CLERK,SUPERVISOR,DIRECTOR,ADMIN}")
                    Set<Role> onBehalfRoles) {
        this.gateway = gateway;
        this.keys = keys;
        this.json = json;
        this.access = access;
        this.onBehalfRoles = Set.copyOf(onBehalfRoles);
        this.ifMatchRequired = ifMatchRequired.stream().filter(pattern -> !pattern.isBlank())
                                              .map(PathPatternParser.defaultInstance::parse).toList();
    }

    /**
     * @param request     the HTTP request (for its key, method, path and If-Match)
     * @param requestBody the validated request body; with the path it identifies "the same request"
     * @param command     builds the command for the acting staff member (the signed-in user, never a name from the
     *                    body); called once, only when the command is to be sent
     * @param respond     turns the outcome into the response
     */
    public Mono<ResponseEntity<Object>> execute(ServerHttpRequest request, Object requestBody,
                                                Function<StaffId, ?> command,
                                                Function<CommandOutcome, CommandResponse> respond) {
        return caller(request, requestBody).flatMap(user -> execute(user, request, requestBody,
                                                           () -> command.apply(actor(user)), respond, null));
    }

    /**
     * Sends a command that creates an aggregate, answering 201. The id is random, or, when the request carries an
     * {@code Idempotency-Key}, derived from the user, the key and the path: a retry that takes over an attempt whose
     * process died targets the same aggregate, so if that attempt was stored the log refuses a second creation and
     * the retry is answered with where the resource is ({@code "recovered": true}) instead of creating another.
     *
     * @param id       the typed id from its text
     * @param location where the created resource is read
     */
    public <I> Mono<ResponseEntity<Object>> create(ServerHttpRequest request, Object requestBody,
                                                   Function<String, I> id, Function<I, URI> location,
                                                   BiFunction<I, StaffId, ?> command,
                                                   BiFunction<I, CommandOutcome, CommandResponse> respond) {
        return caller(request, requestBody).flatMap(user -> {
            String key = request.getHeaders().getFirst(IDEMPOTENCY_KEY);
            String raw = key == null ? UUID.randomUUID().toString() : derivedId(user, key, request);
            I target = id.apply(raw);
            CommandResponse recovered = CommandResponse.created(location.apply(target),
                                                                Map.of("id", raw, "recovered", true));
            return execute(user, request, requestBody, () -> command.apply(target, actor(user)),
                           outcome -> respond.apply(target, outcome), recovered);
        });
    }

    private Mono<StaffUser> caller(ServerHttpRequest request, Object requestBody) {
        if (request.getQueryParams().containsKey(NO_ACTOR_PARAMETER)) {
            return Mono.error(new InvalidField(NO_ACTOR_PARAMETER, "Unknown", "who acts is the signed-in user; "
                    + "'" + NO_ACTOR_PARAMETER + "' is not a parameter of this request"));
        }
        Mono<StaffUser> user = requestBody instanceof OfficeScopedRequest scoped
                               ? access.requireOffice(scoped.officeId(), "OFFICE", scoped.officeId())
                               : access.currentUser();
        return requestBody instanceof NamesWhoDidIt named ? user.flatMap(caller -> onBehalf(caller, named)) : user;
    }

    /** Naming someone else as the one who did the work needs one of the on-behalf roles. */
    private Mono<StaffUser> onBehalf(StaffUser caller, NamesWhoDidIt body) {
        NamesWhoDidIt.Named named = body.whoDidIt();
        if (named.staffId() == null || named.staffId().equals(caller.name()) || caller.hasAnyOf(onBehalfRoles)) {
            return Mono.just(caller);
        }
        return Mono.error(new OnBehalfRefused(named.field(), "Your roles do not allow entering work done by someone "
                + "else; leave " + named.field() + " out to record your own"));
    }

    /** Who acts: the signed-in user's staff id (or system account name), recorded in every event it causes. */
    private static StaffId actor(StaffUser user) {
        return new StaffId(user.name());
    }

    private static String derivedId(StaffUser user, String key, ServerHttpRequest request) {
        return UUID.nameUUIDFromBytes((user.name() + "\u0000" + key + "\u0000" + request.getPath().value())
                                              .getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** @param alreadyCreated the answer when a recovered creation finds its aggregate stored; null otherwise */
    private Mono<ResponseEntity<Object>> execute(StaffUser user, ServerHttpRequest request, Object requestBody,
                                                 Supplier<?> command,
                                                 Function<CommandOutcome, CommandResponse> respond,
                                                 CommandResponse alreadyCreated) {
        Mono<ResponseEntity<Object>> send =
                Mono.defer(() -> Mono.fromFuture(gateway.send(
                            GenericCommandMessage.asCommandMessage(command.get()).andMetaData(Map.of(USER, user.name())))))
                    .subscribeOn(Schedulers.boundedElastic())
                    .map(result -> {
                        CommandOutcome outcome = (CommandOutcome) result;
                        return asEntity(respond.apply(outcome), outcome.version(), outcome.logPosition());
                    });
        String requested = request.getHeaders().getFirst(IDEMPOTENCY_KEY);
        if (requested == null) {
            return send;
        }
        if (requested.isBlank() || requested.length() > MAX_KEY_LENGTH) {
            return Mono.error(new InvalidField(IDEMPOTENCY_KEY, "Size",
                                               "must be 1 to " + MAX_KEY_LENGTH + " characters"));
        }
        // keys are per user: another user's identical key is another key, and never sees this response
        String key = user.name() + "\u0000" + requested;
        String fingerprint = fingerprint(request, requestBody);
        return blocking(() -> keys.claim(key, fingerprint)).flatMap(claim -> {
            if (claim instanceof IdempotencyKeys.Claim.AlreadyCompleted completed) {
                return Mono.just(replay(completed.response(), true));
            }
            if (claim instanceof IdempotencyKeys.Claim.InProgress) {
                return Mono.error(new IdempotencyConflict(IdempotencyConflict.Reason.IN_PROGRESS,
                                                          "A request with this Idempotency-Key is being processed"));
            }
            if (claim instanceof IdempotencyKeys.Claim.UsedForAnotherRequest) {
                return Mono.error(new IdempotencyConflict(IdempotencyConflict.Reason.REUSED_FOR_ANOTHER_REQUEST,
                                                          "This Idempotency-Key was used for a different request"));
            }
            Mono<ResponseEntity<Object>> attempt =
                    claim instanceof IdempotencyKeys.Claim.Recovered && alreadyCreated != null
                    ? send.onErrorResume(CommandExecutor::isConflict, conflict -> Mono.just(
                            asEntity(alreadyCreated, null, null)))
                    : send;
            return attempt.map(this::stored)
                          .flatMap(stored -> blocking(() -> {
                              keys.complete(key, stored);
                              return stored;
                          }))
                          .onErrorResume(error -> blocking(() -> {
                              keys.release(key);
                              return key;
                          }).then(Mono.error(error)))
                          .map(stored -> replay(stored, false));
        });
    }

    /**
     * Sends a command that changes an existing aggregate: the version from {@code If-Match} goes into the command
     * (null when absent), and the answer is 202 with where to read the aggregate and its new version.
     *
     * @param command builds the command from the expected version and the acting staff member
     * @param answer  the body of the answer, from the outcome
     */
    public Mono<ResponseEntity<Object>> transition(ServerHttpRequest request, Object requestBody, URI location,
                                                   BiFunction<Long, StaffId, ?> command,
                                                   Function<CommandOutcome, Object> answer) {
        return Mono.defer(() -> {
            Long expectedVersion = expectedVersion(request);
            if (expectedVersion == null && requiresIfMatch(request)) {
                return Mono.error(new PreconditionRequired());
            }
            return execute(request, requestBody, actor -> command.apply(expectedVersion, actor),
                           outcome -> CommandResponse.accepted(location, answer.apply(outcome)));
        });
    }

    /** The log refused the creation: an aggregate with this id is already stored. */
    private static boolean isConflict(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof AggregateStreamCreationException || cause instanceof ConcurrencyException) {
                return true;
            }
        }
        return false;
    }

    private boolean requiresIfMatch(ServerHttpRequest request) {
        return ifMatchRequired.stream().anyMatch(pattern -> pattern.matches(request.getPath().pathWithinApplication()));
    }

    /**
     * The answer, with the aggregate version as {@code ETag} and the log position of the command's last event as
     * {@value #LOG_POSITION} and in the body, for a read that must see the change.
     */
    private ResponseEntity<Object> asEntity(CommandResponse response, Long version, Long logPosition) {
        ResponseEntity.BodyBuilder builder = ResponseEntity.status(response.status()).location(response.location());
        if (version != null) {
            builder.eTag(String.valueOf(version));
        }
        if (logPosition == null) {
            return builder.body(response.body());
        }
        builder.header(LOG_POSITION, String.valueOf(logPosition));
        JsonNode body = json.valueToTree(response.body());
        if (body instanceof ObjectNode fields) {
            fields.put("logPosition", logPosition);
            return builder.body(fields);
        }
        return builder.body(response.body());
    }

    /**
     * The aggregate version the client last saw, from {@code If-Match: "7"}; null when the header is absent. A weak
     * tag never matches (RFC 9110 compares If-Match strongly): it fails as stale.
     */
    public static Long expectedVersion(ServerHttpRequest request) {
        String ifMatch = request.getHeaders().getFirst(HttpHeaders.IF_MATCH);
        if (ifMatch == null) {
            return null;
        }
        String value = ifMatch.trim();
        if (value.startsWith("W/")) {
            throw new WeakEntityTag(value);
        }
        value = value.replace("\"", "");
        try {
            long version = Long.parseLong(value);
            if (version >= 0) {
                return version;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidField(HttpHeaders.IF_MATCH, "Format", "must be the aggregate version from the ETag, e.g. \"3\"");
    }

    private IdempotencyKeys.StoredResponse stored(ResponseEntity<Object> entity) {
        HttpHeaders headers = entity.getHeaders();
        String logPosition = headers.getFirst(LOG_POSITION);
        return new IdempotencyKeys.StoredResponse(entity.getStatusCode().value(),
                                                  headers.getLocation() == null ? null : headers.getLocation().toString(),
                                                  headers.getETag(), logPosition == null ? null : Long.valueOf(logPosition),
                                                  json.writeValueAsString(entity.getBody()));
    }

    private static ResponseEntity<Object> replay(IdempotencyKeys.StoredResponse stored, boolean replayed) {
        ResponseEntity.BodyBuilder builder = ResponseEntity.status(stored.status()).contentType(MediaType.APPLICATION_JSON);
        if (stored.location() != null) {
            builder.header(HttpHeaders.LOCATION, stored.location());
        }
        if (stored.etag() != null) {
            builder.eTag(stored.etag());
        }
        if (stored.logPosition() != null) {
            builder.header(LOG_POSITION, String.valueOf(stored.logPosition()));
        }
        if (replayed) {
            builder.header("Idempotent-Replayed", "true");
        }
        return builder.body(stored.body());
    }

    private String fingerprint(ServerHttpRequest request, Object body) {
        String canonical = request.getMethod().name() + " " + request.getPath().value() + "\n"
                + request.getHeaders().getFirst(HttpHeaders.IF_MATCH) + "\n" + json.writeValueAsString(body);
        return Tokens.sha256(canonical);
    }

    private static <T> Mono<T> blocking(Supplier<T> call) {
        return Mono.fromSupplier(call).subscribeOn(Schedulers.boundedElastic());
    }
}
