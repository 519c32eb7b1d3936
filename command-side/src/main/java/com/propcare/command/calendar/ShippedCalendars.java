package com.propcare.command.calendar;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.propcare.command.support.DomainRefusal;
import com.propcare.events.calendar.CalendarRegion;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The calendars shipped with the product: one file per region under {@code calendars/} on the class path (e.g.
 * {@code cn-mainland.json}), listing the region's weekend days and, per year, its holiday periods with their
 * make-up working days. A region is known when a file ships for it. Every year is checked by the same rules as a
 * publication when the application starts, so a wrong file stops the start instead of moving deadlines.
 */
@Component
public class ShippedCalendars {

    static final String LOCATION = "classpath*:calendars/*.json";

    private final Map<CalendarRegion, ShippedRegion> regions;

    public ShippedCalendars() {
        ObjectMapper mapper = JsonMapper.builder().addModule(new JavaTimeModule()).build();
        Map<CalendarRegion, ShippedRegion> loaded = new HashMap<>();
        for (Resource resource : resources()) {
            ShippedRegion region = read(mapper, resource);
            if (loaded.put(region.region(), region) != null) {
                throw new IllegalStateException("Two shipped calendars for region " + region.region() + ", one in "
                        + resource.getDescription());
            }
        }
        this.regions = Map.copyOf(loaded);
    }

    /** A region as shipped: its weekend days and the years the file covers. */
    public record ShippedRegion(CalendarRegion region, String name, Set<DayOfWeek> weekend,
                                Map<Integer, YearDays> years) {
        public ShippedRegion {
            weekend = Set.copyOf(weekend);
            years = Map.copyOf(years);
        }
    }

    public Optional<ShippedRegion> region(CalendarRegion region) {
        return Optional.ofNullable(regions.get(region));
    }

    public Set<CalendarRegion> regions() {
        return regions.keySet();
    }

    private static Resource[] resources() {
        try {
            return new PathMatchingResourcePatternResolver(ShippedCalendars.class.getClassLoader())
                    .getResources(LOCATION);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the shipped calendars " + LOCATION, e);
        }
    }

    private static ShippedRegion read(ObjectMapper mapper, Resource resource) {
        CalendarFile file;
        try (InputStream in = resource.getInputStream()) {
            file = mapper.readValue(in, CalendarFile.class);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the shipped calendar " + resource.getDescription(), e);
        }
        Set<DayOfWeek> weekend = EnumSet.copyOf(file.weekend());
        Map<Integer, YearDays> years = new HashMap<>();
        for (CalendarFile.Year year : file.years()) {
            List<LocalDate> holidays = new ArrayList<>();
            List<LocalDate> makeUpWorkingDays = new ArrayList<>();
            for (CalendarFile.Period period : year.periods()) {
                period.from().datesUntil(period.to().plusDays(1)).forEach(holidays::add);
                makeUpWorkingDays.addAll(period.makeUpWorkingDays());
            }
            try {
                CalendarRules.check(year.year(), holidays, makeUpWorkingDays, weekend);
            } catch (DomainRefusal refusal) {
                throw new IllegalStateException("The shipped calendar " + resource.getDescription() + " is wrong in "
                        + year.year() + ": " + refusal.getMessage(), refusal);
            }
            if (years.put(year.year(), YearDays.shipped(year.year(), holidays, makeUpWorkingDays)) != null) {
                throw new IllegalStateException("The shipped calendar " + resource.getDescription() + " lists "
                        + year.year() + " twice");
            }
        }
        return new ShippedRegion(new CalendarRegion(file.region()), file.name(), weekend, years);
    }

    /** The file format; {@code source} says where the dates come from and is for people only. */
    record CalendarFile(String region, String name, String source, List<DayOfWeek> weekend, List<Year> years) {

        record Year(int year, List<Period> periods) {
        }

        /** One holiday period, {@code from} to {@code to} inclusive, with the weekend days worked for it. */
        record Period(String name, LocalDate from, LocalDate to, List<LocalDate> makeUpWorkingDays) {
        }
    }
}
