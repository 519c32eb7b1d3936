package com.propcare.query.audit;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * Records every read of the audit surface (who looked at what, when) in {@value #COLLECTION} before it is served;
 * a read that cannot be recorded is not served.
 */
@Component
public class AuditReads implements WebFilter {

    static final String COLLECTION = "audit_reads";
    private static final String AUDIT_PATHS = "/api/audit/";

    private final MongoCollection<Document> reads;
    private final Clock clock;

    AuditReads(MongoDatabase database, Clock clock) {
        this.reads = database.getCollection(COLLECTION);
        this.clock = clock;
    }

    /** One recorded read. */
    public record AuditRead(Instant at, String user, String method, String path, String query) {
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().value();
        if (!path.startsWith(AUDIT_PATHS)) {
            return chain.filter(exchange);
        }
        return exchange.getPrincipal().map(Principal::getName).defaultIfEmpty("anonymous")
                       .flatMap(user -> Mono.fromRunnable(() -> record(user, exchange))
                                            .subscribeOn(Schedulers.boundedElastic()))
                       .then(chain.filter(exchange));
    }

    private void record(String user, ServerWebExchange exchange) {
        reads.insertOne(new Document("_id", new ObjectId()).append("at", Date.from(clock.instant()))
                                .append("user", user)
                                .append("method", exchange.getRequest().getMethod().name())
                                .append("path", exchange.getRequest().getPath().value())
                                .append("query", exchange.getRequest().getURI().getRawQuery()));
    }

    /** The newest reads first. */
    public List<AuditRead> recent(int limit) {
        List<AuditRead> recent = new ArrayList<>();
        reads.find().sort(Sorts.descending("_id")).limit(limit).forEach(d -> recent.add(
                new AuditRead(d.getDate("at").toInstant(), d.getString("user"), d.getString("method"),
                              d.getString("path"), d.getString("query"))));
        return recent;
    }
}
