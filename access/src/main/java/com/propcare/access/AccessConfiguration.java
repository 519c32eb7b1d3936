package com.propcare.access;

import com.propcare.access.OfficeScope.Company;
import com.propcare.access.OfficeScope.PathAggregate;
import com.propcare.access.OfficeScope.PathOffice;
import com.propcare.access.OfficeScope.QueryOffice;
import com.mongodb.client.MongoDatabase;
import com.propcare.eventstore.EventLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JsonFactoryBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.ReactiveAuthorizationManager;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.AuthenticationWebFilter;
import org.springframework.security.web.server.authentication.ServerHttpBasicAuthenticationConverter;
import org.springframework.security.web.server.authentication.ServerAuthenticationEntryPointFailureHandler;
import org.springframework.security.web.server.authorization.AuthorizationContext;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.util.unit.DataSize;
import reactor.core.publisher.Mono;
import tools.jackson.core.StreamReadConstraints;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The security layer both sides share: users from configuration, HTTP Basic and API tokens, no sessions, and the
 * route rules every side declares ({@link RouteRules} beans). Health, API docs and the dashboard page's static files
 * are open (the page signs in through the API); any other route without a rule is refused to everyone.
 */
@Configuration(proxyBeanMethods = false)
@Import(ApiDocumentation.class)
@EnableWebFluxSecurity
@EnableConfigurationProperties(AccessProperties.class)
public class AccessConfiguration {

    private static final Logger log = LoggerFactory.getLogger(AccessConfiguration.class);
    private static final AuthorizationResult GRANTED = new AuthorizationDecision(true);
    private static final AuthorizationResult DENIED = new AuthorizationDecision(false);
    private static final String BEARER = "Bearer ";

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    AnswerOffEventLoop answerOffEventLoop() {
        return new AnswerOffEventLoop();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * Without a configured secret every start makes a new one: sign-ins end with a restart and are accepted only by
     * the instance that issued them, so several instances must share {@code propcare.security.session-secret}.
     */
    @Bean
    SessionTokens sessionTokens(@Value("${propcare.security.session-secret:}") String secret,
                                @Value("${propcare.security.session-lifetime:PT8H}") Duration lifetime,
                                ObjectProvider<Clock> clock) {
        byte[] key;
        if (secret.isBlank()) {
            key = new byte[32];
            new SecureRandom().nextBytes(key);
            log.warn("No propcare.security.session-secret: browser sign-ins end when this instance stops and are "
                             + "not accepted by other instances");
        } else {
            key = secret.getBytes(StandardCharsets.UTF_8);
        }
        return new SessionTokens(key, lifetime, clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    SessionRevocations sessionRevocations(MongoDatabase database) {
        return new SessionRevocations(database);
    }

    @Bean
    LocalPasswords localPasswords(MongoDatabase database) {
        return new LocalPasswords(database);
    }

    @Bean
    SignInThrottle signInThrottle(AccessProperties properties, MongoDatabase database, ObjectProvider<Clock> clock) {
        return new SignInThrottle(properties.signIn(), database, clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    AccountPasswords accountPasswords(LocalPasswords passwords, SessionRevocations revocations,
                                      PasswordEncoder encoder, ObjectProvider<Clock> clock) {
        return new AccountPasswords(passwords, revocations, encoder, clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    SessionController sessionController(SessionTokens sessions, SessionRevocations revocations,
                                        AccountPasswords passwords, Users users, ObjectProvider<Clock> clock) {
        return new SessionController(sessions, revocations, passwords, users, clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    AccountController accountController(Users users, LocalPasswords passwords, AccountPasswords setter,
                                        SessionRevocations revocations, SignInThrottle throttle,
                                        ObjectProvider<Clock> clock) {
        return new AccountController(users, passwords, setter, revocations, throttle,
                                     clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    AccountProblems accountProblems() {
        return new AccountProblems();
    }

    /**
     * Anyone signed in may exchange its password (or API or provider token) for a sign-in token, ask who it is, sign
     * out and change its own password; a sign-in token is not exchanged for a new one: after its lifetime, the
     * password again. Accounts are a company-wide matter for admins.
     */
    @Bean
    RouteRules sessionRouteRules() {
        Set<Role> anyone = EnumSet.allOf(Role.class);
        Set<Role> admin = EnumSet.of(Role.ADMIN);
        return RouteRules.builder().postWithoutSignInToken(SessionController.PATH, RouteRules.notOfficeData(), anyone)
                         .get(SessionController.PATH, RouteRules.notOfficeData(), anyone)
                         .add(HttpMethod.DELETE, SessionController.PATH, RouteRules.notOfficeData(), anyone)
                         .post(SessionController.PASSWORD_PATH, RouteRules.notOfficeData(), anyone)
                         .get(AccountController.PATH + "/sign-in-locks", RouteRules.company(), admin)
                         .add(HttpMethod.DELETE, AccountController.PATH + "/sign-in-locks/{key}",
                              RouteRules.company(), admin)
                         .get(AccountController.PATH + "/{name}", RouteRules.company(), admin)
                         .put(AccountController.PATH + "/{name}/password", RouteRules.company(), admin)
                         .post(AccountController.PATH + "/{name}/revocation", RouteRules.company(), admin)
                         .build();
    }

    @Bean
    Users users(AccessProperties properties, PasswordEncoder encoder, Environment environment,
                SessionTokens sessions, SessionRevocations revocations, LocalPasswords passwords,
                SignInThrottle throttle, ObjectProvider<StaffAccounts> staff, ObjectProvider<Clock> clock) {
        Map<String, AccessProperties.UserEntry> entries = new LinkedHashMap<>(properties.users());
        if (properties.demoUsers()) {
            String uri = environment.getProperty("propcare.mongodb.uri", "");
            if (!uri.isBlank() && !properties.allowDemoUsers()) {
                throw new IllegalStateException("Demo users are switched on against a real MongoDB. Configure real "
                                                        + "users (propcare.security.users.*) and set "
                                                        + "propcare.security.demo-users=false, or set "
                                                        + "propcare.security.allow-demo-users=true to accept the risk");
            }
            DemoUsers.entries(encoder).forEach(entries::putIfAbsent);
            log.warn("Demo users are switched on (password '{}'): for demonstrations only", DemoUsers.PASSWORD);
        }
        if (entries.isEmpty()) {
            log.warn("No users are configured (propcare.security.users.*): every API request will be refused");
        }
        IdentityProvider provider = IdentityProvider.of(properties.oidc(), clock.getIfAvailable(Clock::systemUTC));
        if (provider != null) {
            log.info("Bearer tokens of the identity provider {} are accepted (account claim '{}')",
                     properties.oidc().issuer() == null ? properties.oidc().jwkSetUri() : properties.oidc().issuer(),
                     properties.oidc().accountClaim());
        }
        return new Users(entries, encoder, new Users.Credentials(
                staff.orderedStream().findFirst().orElse(null), passwords, sessions, revocations, provider, throttle));
    }

    @Bean
    AggregateOffices aggregateOffices(EventLog eventLog) {
        return new AggregateOffices(eventLog);
    }

    @Bean
    OfficeAccess officeAccess() {
        return new OfficeAccess();
    }

    /** After the security layer (order -100), so that limits apply per authenticated user. */
    @Bean
    @Order(0)
    RequestLimits requestLimits(@Value("${propcare.limits.max-body-size:2MB}") DataSize maxBody,
                                @Value("${propcare.limits.requests-per-second:200}") int requestsPerSecond,
                                @Value("${propcare.limits.streams-per-user:8}") int streamsPerUser) {
        return new RequestLimits(maxBody, requestsPerSecond, streamsPerUser);
    }

    /** Bodies nested deeper than any request of ours, or with absurdly long values, are refused while parsed. */
    @Bean
    JsonFactoryBuilderCustomizer requestParsingLimits(@Value("${propcare.limits.json-depth:16}") int depth) {
        return builder -> builder.streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(depth)
                                                                             .maxStringLength(1_000_000)
                                                                             .maxNumberLength(100).build());
    }

    @Bean
    SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, List<RouteRules> tables, Users users,
                                                  AggregateOffices aggregates) {
        AccessProblems problems = new AccessProblems();
        return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
                   .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                   .logout(ServerHttpSecurity.LogoutSpec::disable)
                   .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                   .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                   .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                   .addFilterAt(credentials(users, problems), SecurityWebFiltersOrder.HTTP_BASIC)
                   .exceptionHandling(handling -> handling.authenticationEntryPoint(problems)
                                                          .accessDeniedHandler(problems))
                   .authorizeExchange(exchanges -> {
                       exchanges.pathMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**",
                                              "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html",
                                              "/swagger-ui/**", "/webjars/**").permitAll();
                       exchanges.pathMatchers(HttpMethod.GET, "/", "/index.html", "/favicon.ico", "/app/**")
                                .permitAll();
                       for (RouteRules table : tables) {
                           for (RouteRule rule : table.rules()) {
                               exchanges.pathMatchers(rule.method(), rule.pattern()).access(decide(rule, aggregates));
                           }
                       }
                       exchanges.pathMatchers("/actuator/**").hasRole(Role.ADMIN.name());
                       exchanges.anyExchange().denyAll();
                   })
                   .build();
    }

    /** HTTP Basic (with the client's address, for throttling) and every kind of bearer token, in one filter. */
    private static AuthenticationWebFilter credentials(Users users, AccessProblems problems) {
        AuthenticationWebFilter filter = new AuthenticationWebFilter(users);
        ServerHttpBasicAuthenticationConverter basic = new ServerHttpBasicAuthenticationConverter();
        filter.setServerAuthenticationConverter(exchange -> {
            String header = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
            if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
                return Mono.just(new Users.BearerToken(header.substring(BEARER.length()).trim()));
            }
            InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
            String address = remote == null || remote.getAddress() == null ? "unknown"
                                                                            : remote.getAddress().getHostAddress();
            return basic.convert(exchange).map(password -> new Users.PasswordAttempt(
                    password.getName(), String.valueOf(password.getCredentials()), address));
        });
        filter.setAuthenticationFailureHandler(new ServerAuthenticationEntryPointFailureHandler(problems));
        filter.setSecurityContextRepository(NoOpServerSecurityContextRepository.getInstance());
        return filter;
    }

    private static ReactiveAuthorizationManager<AuthorizationContext> decide(RouteRule rule,
                                                                              AggregateOffices aggregates) {
        return (authentication, context) -> authentication
                .filter(Authentication::isAuthenticated)
                .filter(user -> rule.signInTokenAccepted()
                        || !(user instanceof Users.Authenticated signedIn && signedIn.bySignInToken()))
                .map(Authentication::getPrincipal)
                .ofType(StaffUser.class)
                .flatMap(user -> user.hasAnyOf(rule.roles()) ? scope(user, rule.scope(), context, aggregates)
                                                             : Mono.just(DENIED))
                .defaultIfEmpty(DENIED);
    }

    private static Mono<AuthorizationResult> scope(StaffUser user, OfficeScope scope, AuthorizationContext context,
                                                   AggregateOffices aggregates) {
        if (scope instanceof PathOffice office) {
            String officeId = String.valueOf(context.getVariables().get(office.variable()));
            return user.sees(officeId) ? Mono.just(GRANTED) : Mono.error(new OfficeHidden("OFFICE", officeId));
        }
        if (scope instanceof PathAggregate aggregate) {
            String id = String.valueOf(context.getVariables().get(aggregate.variable()));
            String resource = OfficeHidden.resourceOf(context.getExchange().getRequest().getPath().value());
            return aggregates.officeOf(id)
                             .flatMap(office -> user.sees(office) ? Mono.just(GRANTED)
                                                                  : Mono.<AuthorizationResult>error(
                                                                          new OfficeHidden(resource, id)))
                             .defaultIfEmpty(GRANTED);
        }
        if (scope instanceof QueryOffice query) {
            String officeId = context.getExchange().getRequest().getQueryParams().getFirst(query.parameter());
            if (officeId == null) {
                return user.allOffices() ? Mono.just(GRANTED) : Mono.error(new OfficeRequired(query.parameter()));
            }
            return user.sees(officeId) ? Mono.just(GRANTED) : Mono.error(new OfficeHidden("OFFICE", officeId));
        }
        if (scope instanceof Company) {
            return Mono.just(user.allOffices() ? GRANTED : DENIED);
        }
        // InHandler: the handler checks the office it reads from the body; NotOfficeData: nothing to check
        return Mono.just(GRANTED);
    }
}
