package com.propcare.access;

import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Handles every request off the server's event loop. Reactor Netty 1.3.7 can stop reading a keep-alive connection
 * when a request on it is answered synchronously within the read (reactor-netty#4361): the next request then waits
 * until the client gives up. Refusals decided at once are such cases: parameters refused before any work, a 401 for
 * a token of an unknown key, a 429 for an account already locked. Answering from another thread never completes
 * within the read; the cost is one thread hop per request. It runs before the security chain, on both sides.
 */
class AnswerOffEventLoop implements WebFilter {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return chain.filter(exchange).subscribeOn(Schedulers.parallel());
    }
}
