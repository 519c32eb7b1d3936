package com.propcare.query.feed;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import com.propcare.events.SealedValue;
import com.propcare.query.support.PersonalDataMask;
import org.axonframework.serialization.Revision;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The published shape of every event type: each record of {@code shared-events} with a {@code @Revision}, and a
 * JSON Schema (draft 2020-12) generated from it. Typed ids (records with a {@code @JsonValue} component) are
 * strings on the wire and in the schema; a month is {@code "2026-12"}; sealed personal data is either its sealed
 * form or, in the feed and the history, the mask. Any field may be null: events of older revisions read with null
 * where they had nothing to say, and the records do not promise otherwise.
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
                .with(new JacksonModule(JacksonOption.FLATTENED_ENUMS_FROM_JSONVALUE))
                .with(Option.NULLABLE_FIELDS_BY_DEFAULT);
        config.forTypesInGeneral().withCustomDefinitionProvider((type, context) -> {
            Class<?> raw = type.getErasedType();
            ObjectNode definition = context.getGeneratorConfig().createObjectNode();
            if (raw == YearMonth.class) {
                definition.put("type", "string").put("pattern", "^[0-9]{4}-[0-9]{2}$").put("description", "a month");
            } else if (raw == SealedValue.class) {
                definition.put("description", "personal data: sealed with its subject's key, masked when published");
                definition.putArray("anyOf").add(context.getGeneratorConfig().createObjectNode()
                                                        .put("const", PersonalDataMask.MASK))
                          .add(sealed(context.getGeneratorConfig().createObjectNode()));
            } else if (isTypedId(raw)) {
                definition.put("type", "string").put("description", raw.getSimpleName());
            } else {
                return null;
            }
            return new CustomDefinition(definition, CustomDefinition.DefinitionType.INLINE,
                                        CustomDefinition.AttributeInclusion.NO);
        });
        this.generator = new SchemaGenerator(config.build());
    }

    private static boolean isTypedId(Class<?> raw) {
        return raw.isRecord() && Arrays.stream(raw.getRecordComponents())
                                       .anyMatch(component -> component.getAccessor()
                                                                       .isAnnotationPresent(JsonValue.class));
    }

    private static ObjectNode sealed(ObjectNode schema) {
        schema.put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        properties.putObject("keyId").put("type", "string");
        properties.putObject("ciphertext").put("type", "string");
        schema.putArray("required").add("keyId").add("ciphertext");
        return schema;
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
