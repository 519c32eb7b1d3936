package com.propcare.query.support;

import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The time zones of offices as a projection knows them: an office's zone is fixed when it registers, so once
 * learnt (from the registration, or read once from the projection's own store) it is kept, and counting a day or a
 * month reads nothing. An office not known yet counts in the default zone and is looked up again next time.
 */
public final class KnownZones {

    private final ZoneId defaultZone;
    private final Function<String, Optional<ZoneId>> stored;
    private final Map<String, ZoneId> zones = new ConcurrentHashMap<>();

    /** @param stored the zone the projection's store holds for an office, if any */
    public KnownZones(ZoneId defaultZone, Function<String, Optional<ZoneId>> stored) {
        this.defaultZone = defaultZone;
        this.stored = stored;
    }

    public ZoneId of(String office) {
        ZoneId known = zones.get(office);
        if (known != null) {
            return known;
        }
        Optional<ZoneId> zone = stored.apply(office);
        zone.ifPresent(found -> zones.put(office, found));
        return zone.orElse(defaultZone);
    }

    /** Whether the zone of {@code office} has been learnt already. */
    public boolean knows(String office) {
        return zones.containsKey(office);
    }

    public void registered(String office, ZoneId zone) {
        zones.put(office, zone);
    }

    /** Forgets every zone, e.g. when the projection is reset. */
    public void clear() {
        zones.clear();
    }
}
