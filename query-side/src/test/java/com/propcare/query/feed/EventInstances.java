package com.propcare.query.feed;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Random instances of any event record, built through its canonical constructor from random values of each
 * component's declared type, so that whatever the record accepts is tried. A component of an object type is null
 * now and then (the published schemas say any field may be null); values the record refuses are dropped.
 */
public final class EventInstances {

    private static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("2099-12-31T23:59:59Z");

    private EventInstances() {
    }

    public static Arbitrary<Object> of(Class<?> record) {
        RecordComponent[] components = record.getRecordComponents();
        List<Arbitrary<Object>> values = new ArrayList<>();
        for (RecordComponent component : components) {
            Arbitrary<Object> value = valueOf(component.getGenericType());
            values.add(component.getType().isPrimitive() ? value : value.injectNull(0.1));
        }
        Constructor<?> canonical = canonical(record, components);
        return Combinators.combine(values).as(arguments -> construct(canonical, arguments))
                          .ignoreExceptions(IllegalArgumentException.class, NullPointerException.class,
                                            IllegalStateException.class);
    }

    @SuppressWarnings("unchecked")
    private static Arbitrary<Object> valueOf(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            Type[] arguments = parameterized.getActualTypeArguments();
            if (Map.class.isAssignableFrom(raw)) {
                return (Arbitrary<Object>) (Arbitrary<?>) Arbitraries.maps(valueOf(arguments[0]), valueOf(arguments[1]))
                                                                      .ofMaxSize(3);
            }
            if (Set.class.isAssignableFrom(raw)) {
                return (Arbitrary<Object>) (Arbitrary<?>) valueOf(arguments[0]).set().ofMaxSize(3);
            }
            if (Collection.class.isAssignableFrom(raw)) {
                return (Arbitrary<Object>) (Arbitrary<?>) valueOf(arguments[0]).list().ofMaxSize(3);
            }
            throw new IllegalArgumentException("no instances of " + type);
        }
        Class<?> raw = (Class<?>) type;
        Arbitrary<?> value = simple(raw);
        if (value != null) {
            return (Arbitrary<Object>) value;
        }
        if (raw.isEnum()) {
            return (Arbitrary<Object>) (Arbitrary<?>) Arbitraries.of(raw.getEnumConstants());
        }
        if (raw.isRecord()) {
            return of(raw);
        }
        throw new IllegalArgumentException("no instances of " + type);
    }

    private static Arbitrary<?> simple(Class<?> raw) {
        if (raw == String.class) {
            return Arbitraries.strings().withCharRange('a', 'z').withCharRange('一', '龥').withChars(' ', '-', ':')
                              .ofMinLength(1).ofMaxLength(12);
        }
        if (raw == int.class || raw == Integer.class) {
            return Arbitraries.integers().between(0, 500);
        }
        if (raw == long.class || raw == Long.class) {
            return Arbitraries.longs().between(0, 100_000);
        }
        if (raw == double.class || raw == Double.class) {
            return Arbitraries.doubles().between(0, 100);
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return Arbitraries.of(true, false);
        }
        if (raw == BigDecimal.class) {
            return Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(100)).ofScale(2);
        }
        if (raw == UUID.class) {
            return Arbitraries.create(UUID::randomUUID);
        }
        if (raw == Instant.class) {
            return Arbitraries.longs().between(EARLIEST.getEpochSecond(), LATEST.getEpochSecond())
                              .map(Instant::ofEpochSecond);
        }
        if (raw == LocalDate.class) {
            return Arbitraries.integers().between(0, 20_000).map(days -> LocalDate.of(2000, 1, 1).plusDays(days));
        }
        if (raw == LocalDateTime.class) {
            return Arbitraries.longs().between(0, 1_000_000_000L)
                              .map(seconds -> LocalDateTime.of(2000, 1, 1, 0, 0).plusSeconds(seconds));
        }
        if (raw == LocalTime.class) {
            return Arbitraries.integers().between(0, 24 * 60 - 1).map(minutes -> LocalTime.MIDNIGHT.plusMinutes(minutes));
        }
        if (raw == YearMonth.class) {
            return Arbitraries.integers().between(0, 1_200).map(months -> YearMonth.of(2000, 1).plusMonths(months));
        }
        if (raw == MonthDay.class) {
            return Arbitraries.integers().between(0, 364).map(days -> {
                LocalDate date = LocalDate.of(2001, 1, 1).plusDays(days);
                return MonthDay.of(date.getMonth(), date.getDayOfMonth());
            });
        }
        if (raw == ZoneId.class) {
            return Arbitraries.of(ZoneId.of("Asia/Shanghai"), ZoneId.of("Asia/Urumqi"), ZoneId.of("UTC"));
        }
        if (raw == Duration.class) {
            return Arbitraries.longs().between(0, 1_000_000).map(Duration::ofSeconds);
        }
        return null;
    }

    private static Constructor<?> canonical(Class<?> record, RecordComponent[] components) {
        try {
            return record.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType)
                                                        .toArray(Class<?>[]::new));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("a record has its canonical constructor", e);
        }
    }

    private static Object construct(Constructor<?> constructor, List<Object> arguments) {
        try {
            return constructor.newInstance(arguments.toArray());
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException refused) {
                throw refused;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
