package com.propcare.query.registry;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.ZoneId;

/**
 * The time zone an office registered, for everything the query side counts by day or month. Days and months are
 * the office's, never the server's.
 */
@Component
public class OfficeZones {

    /** The zone of an office the registry does not know (yet): where the offices this serves are. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

    private final QueryGateway queries;

    OfficeZones(QueryGateway queries) {
        this.queries = queries;
    }

    /** Query handlers read MongoDB with a blocking driver, so the query runs off the event loop. */
    public Mono<ZoneId> zoneOf(String officeId) {
        return Mono.fromFuture(() -> queries.query(new FindOffice(officeId), ResponseTypes.instanceOf(OfficeView.class)))
                   .subscribeOn(Schedulers.boundedElastic())
                   .map(office -> ZoneId.of(office.timeZone()))
                   .defaultIfEmpty(DEFAULT_ZONE);
    }
}
