package com.propcare.command.calendar;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.propcare.command.support.ReferenceCache;
import com.propcare.events.OfficeId;
import com.propcare.events.StaffId;
import com.propcare.events.calendar.CalendarDayKind;
import com.propcare.events.calendar.CalendarRegion;
import com.propcare.events.calendar.CalendarYearPublished;
import com.propcare.events.calendar.OfficeCalendarAdjusted;
import com.propcare.events.registry.BuildingAdded;
import com.propcare.events.registry.DepartmentAdded;
import com.propcare.events.registry.OfficeEvent;
import com.propcare.events.registry.OfficeRegistered;
import com.propcare.events.registry.UnitsAdded;
import com.propcare.eventstore.ReadsEvents;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The calendar's lookups, written by the subscribing processing group {@value #PROCESSING_GROUP} in the unit of work
 * of the command that applied the event, and read by exact {@code _id} (the only lookup the embedded server serves
 * from an index): {@value #REGIONS} holds one document per region with its published years, {@value #OFFICES} one
 * per office with its region, time zone and adjustments. Every update is a {@code $set} of what the event says, so a
 * redelivered event changes nothing; the events of one year or one office are ordered by their aggregate. Reads go
 * through a {@link ReferenceCache}, which each write invalidates.
 */
@ReadsEvents(value = OfficeEvent.class,
             ignores = {BuildingAdded.class, DepartmentAdded.class, UnitsAdded.class})
@Component
@ProcessingGroup(MongoCalendarLookup.PROCESSING_GROUP)
public class MongoCalendarLookup implements CalendarLookup {

    public static final String PROCESSING_GROUP = "calendar-lookup";
    static final String REGIONS = "calendar_region_lookup";
    static final String OFFICES = "calendar_office_lookup";
    private static final int DUPLICATE_KEY = 11000;

    private final MongoCollection<Document> regions;
    private final MongoCollection<Document> offices;
    private final ReferenceCache<CalendarRegion, Map<Integer, YearDays>> publishedByRegion;
    private final ReferenceCache<OfficeId, Optional<OfficeDays>> officeDays;

    public MongoCalendarLookup(MongoDatabase database,
                               @Value("${propcare.lookups.reference-cache-ttl:PT5S}") Duration cacheTtl) {
        this.regions = database.getCollection(REGIONS);
        this.offices = database.getCollection(OFFICES);
        this.publishedByRegion = new ReferenceCache<>(cacheTtl);
        this.officeDays = new ReferenceCache<>(cacheTtl);
    }

    @Override
    public Map<Integer, YearDays> published(CalendarRegion region) {
        return publishedByRegion.get(region, this::readPublished);
    }

    @Override
    public Optional<OfficeDays> office(OfficeId office) {
        return officeDays.get(office, this::readOffice);
    }

    private Map<Integer, YearDays> readPublished(CalendarRegion region) {
        Document entry = regions.find(Filters.eq("_id", region.value())).first();
        Map<Integer, YearDays> years = new HashMap<>();
        if (entry != null && entry.get("years") instanceof Document published) {
            published.forEach((year, value) -> {
                Document days = (Document) value;
                years.put(Integer.valueOf(year), YearDays.published(
                        Integer.parseInt(year), dates(days, "holidays"), dates(days, "makeUpWorkingDays"),
                        days.getDate("publishedAt").toInstant(), new StaffId(days.getString("publishedBy"))));
            });
        }
        return Map.copyOf(years);
    }

    private Optional<OfficeDays> readOffice(OfficeId office) {
        Document entry = offices.find(Filters.eq("_id", office.value())).first();
        if (entry == null) {
            return Optional.empty();
        }
        Map<LocalDate, Adjustment> adjustments = new HashMap<>();
        if (entry.get("adjustments") instanceof Document adjusted) {
            adjusted.forEach((date, value) -> {
                Document adjustment = (Document) value;
                LocalDate day = LocalDate.parse(date);
                adjustments.put(day, new Adjustment(day, CalendarDayKind.valueOf(adjustment.getString("kind")),
                                                    adjustment.getString("reason"),
                                                    adjustment.getDate("at").toInstant(),
                                                    new StaffId(adjustment.getString("by"))));
            });
        }
        String region = entry.getString("region");
        String zone = entry.getString("timeZone");
        return Optional.of(new OfficeDays(office, region == null ? null : new CalendarRegion(region),
                                          zone == null ? null : ZoneId.of(zone), Map.copyOf(adjustments)));
    }

    @EventHandler
    void on(OfficeRegistered event) {
        upsert(offices, event.officeId().value(), Updates.combine(Updates.set("region", event.region()),
                                                                  Updates.set("timeZone", event.timeZone().getId())));
        officeDays.invalidate(event.officeId());
    }

    @EventHandler
    void on(OfficeCalendarAdjusted event) {
        upsert(offices, event.officeId().value(), Updates.set("adjustments." + event.date(),
                new Document("kind", event.kind().name()).append("reason", event.reason())
                                                         .append("at", Date.from(event.adjustedAt()))
                                                         .append("by", event.adjustedBy().value())));
        officeDays.invalidate(event.officeId());
    }

    @EventHandler
    void on(CalendarYearPublished event) {
        upsert(regions, event.region().value(), Updates.set("years." + event.year(),
                new Document("holidays", strings(event.holidays()))
                        .append("makeUpWorkingDays", strings(event.makeUpWorkingDays()))
                        .append("publishedAt", Date.from(event.publishedAt()))
                        .append("publishedBy", event.publishedBy().value())));
        publishedByRegion.invalidate(event.region());
    }

    /** Two first-ever upserts of one document may race; the loser's retry updates the winner's document. */
    private static void upsert(MongoCollection<Document> collection, String id, Bson update) {
        try {
            collection.updateOne(Filters.eq("_id", id), update, new UpdateOptions().upsert(true));
        } catch (MongoException e) {
            if (e.getCode() != DUPLICATE_KEY) {
                throw e;
            }
            collection.updateOne(Filters.eq("_id", id), update);
        }
    }

    private static List<String> strings(List<LocalDate> dates) {
        return dates.stream().map(LocalDate::toString).toList();
    }

    private static List<LocalDate> dates(Document days, String field) {
        return days.getList(field, String.class).stream().map(LocalDate::parse).toList();
    }
}
