package com.propcare.query.feed;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import org.axonframework.serialization.Revision;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The published shape of every event type: each record of {@code shared-events} with a {@code @Revision}, and a
 * JSON Schema (draft 2020-12) generated from it. Typed ids (records with a {@code @JsonValue} component) are
 * strings on the wire and in the schema.
 */
@Component
public class EventSchemas {

    static final String EVENTS_PACKAGE = "com.propcare.events";

    private final Map<String, Class<?>> types = new TreeMap<>();
    private final Map<String, String> schemas = new ConcurrentHashMap<>();
    private final SchemaGenerator generator;

    EventSchemas() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Revision.class));
        for (var candidate : scanner.findCandidateComponents(EVENTS_PACKAGE)) {
            Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), getClass().getClassLoader());
            types.put(type.getName(), type);
        }
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12,
                                                                              OptionPreset.PLAIN_JSON)
                .with(new JacksonModule(JacksonOption.FLATTENED_ENUMS_FROM_JSONVALUE));
        config.forTypesInGeneral().withCustomDefinitionProvider((type, context) -> {
            Class<?> raw = type.getErasedType();
            boolean typedId = raw.isRecord()
                    && Arrays.stream(raw.getRecordComponents())
                             .anyMatch(component -> component.getAccessor().isAnnotationPresent(JsonValue.class));
            if (!typedId) {
                return null;
            }
            ObjectNode definition = context.getGeneratorConfig().createObjectNode().put("type", "string")
                                           .put("description", raw.getSimpleName());
            return new CustomDefinition(definition, CustomDefinition.DefinitionType.INLINE,
                                        CustomDefinition.AttributeInclusion.NO);
        });
        this.generator = new SchemaGenerator(config.build());
    }

    /** Event type (full name) → its current revision. */
    public Map<String, String> catalogue() {
        Map<String, String> catalogue = new TreeMap<>();
        types.forEach((name, type) -> catalogue.put(name, type.getAnnotation(Revision.class).value()));
        return catalogue;
    }

    /** Whether {@code name} (simple or full) names an event type. */
    public boolean knows(String name) {
        return types.containsKey(name) || types.keySet().stream().anyMatch(type -> type.endsWith("." + name));
    }

    /** The JSON Schema of an event type, by full name. */
    public Optional<String> schema(String type) {
        Class<?> event = types.get(type);
        if (event == null) {
            return Optional.empty();
        }
        return Optional.of(schemas.computeIfAbsent(type, name -> {
            ObjectNode schema = generator.generateSchema(event);
            schema.put("$id", "/api/events/schemas/" + name);
            schema.put("title", event.getSimpleName());
            schema.put("x-revision", event.getAnnotation(Revision.class).value());
            return schema.toPrettyString();
        }));
    }
}
