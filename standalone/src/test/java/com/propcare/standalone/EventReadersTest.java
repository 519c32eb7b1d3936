package com.propcare.standalone;

import com.propcare.eventstore.ReadsEvents;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.eventhandling.EventHandler;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every reader of an event family handles each event the family permits, or says it ignores it
 * ({@link ReadsEvents}): a new event that some projection, policy or lookup forgets, or a handler removed by
 * mistake, fails here. A reader that handles the family's interface itself (the complaint view) is held to every
 * event by its own test.
 */
class EventReadersTest {

    private static final List<Class<?>> READERS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.propcare").stream()
            .filter(type -> type.getMethods().stream().anyMatch(method -> method.isAnnotatedWith(EventHandler.class)))
            .map(JavaClass::reflect)
            .toList();

    /** The event types a reader's handlers take: the first parameter, or the payload type the handler names. */
    private static Set<Class<?>> handled(Class<?> reader) {
        Set<Class<?>> types = new LinkedHashSet<>();
        for (Method method : reader.getDeclaredMethods()) {
            EventHandler handler = method.getAnnotation(EventHandler.class);
            if (handler != null) {
                types.add(handler.payloadType() != Object.class ? handler.payloadType()
                                  : method.getParameterCount() == 0 ? Object.class : method.getParameterTypes()[0]);
            }
        }
        return types;
    }

    private static Stream<Class<?>> familiesOf(Class<?> event) {
        return Stream.of(event.getInterfaces()).filter(Class::isSealed);
    }

    @Test
    void the_readers_are_found() {
        assertThat(READERS).hasSizeGreaterThan(20);
        assertThat(READERS.stream().filter(reader -> reader.isAnnotationPresent(ReadsEvents.class))).hasSizeGreaterThan(20);
    }

    @Test
    void a_reader_of_any_event_of_a_family_declares_the_family() {
        List<String> undeclared = new ArrayList<>();
        for (Class<?> reader : READERS) {
            Set<Class<?>> declared = reader.isAnnotationPresent(ReadsEvents.class)
                    ? Set.of(reader.getAnnotation(ReadsEvents.class).value()) : Set.of();
            handled(reader).stream()
                    .flatMap(event -> event.isSealed() ? Stream.of(event) : familiesOf(event))
                    .filter(family -> !declared.contains(family))
                    .forEach(family -> undeclared.add(reader.getSimpleName() + " reads " + family.getSimpleName()));
        }
        assertThat(undeclared).as("readers that handle events of a family they do not declare").isEmpty();
    }

    @Test
    void every_event_of_a_declared_family_is_handled_or_ignored_on_purpose() {
        List<String> forgotten = new ArrayList<>();
        for (Class<?> reader : READERS) {
            ReadsEvents declaration = reader.getAnnotation(ReadsEvents.class);
            if (declaration == null) {
                continue;
            }
            Set<Class<?>> handled = handled(reader);
            Set<Class<?>> ignored = Set.of(declaration.ignores());
            for (Class<?> family : declaration.value()) {
                assertThat(family.isSealed()).as(family + " is a sealed event family").isTrue();
                if (handled.contains(family)) {
                    continue;
                }
                for (Class<?> event : family.getPermittedSubclasses()) {
                    if (handled.contains(event) && ignored.contains(event)) {
                        forgotten.add(reader.getSimpleName() + " both handles and ignores " + event.getSimpleName());
                    } else if (!handled.contains(event) && !ignored.contains(event)) {
                        forgotten.add(reader.getSimpleName() + " forgets " + event.getSimpleName());
                    }
                }
            }
            Set<Class<?>> permitted = Arrays.stream(declaration.value())
                    .flatMap(family -> Arrays.stream(family.getPermittedSubclasses())).collect(Collectors.toSet());
            ignored.stream().filter(event -> !permitted.contains(event)).forEach(
                    event -> forgotten.add(reader.getSimpleName() + " ignores " + event.getSimpleName()
                                                   + ", which no declared family permits"));
        }
        assertThat(forgotten).isEmpty();
    }
}
