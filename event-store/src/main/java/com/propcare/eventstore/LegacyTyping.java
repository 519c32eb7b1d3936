package com.propcare.eventstore;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Iterator;
import java.util.Map;

/**
 * Reads events stored before the log was plain JSON. The serializer then wrote Jackson's default typing: every
 * value of a non-concrete declared type (a set, a list, a map, a time zone) became {@code [javaClassName, value]},
 * e.g. {@code ["java.util.TreeSet",["CLERK"]]}. This turns such text into the plain form written today
 * ({@code ["CLERK"]}), so upcasters, handlers and readers of the log see one format.
 * <p>
 * It is applied only to events whose document carries no encoding mark (they were all written by that serializer),
 * never to events written since. A two-element array counts as a wrapper only where that serializer put wrappers
 * (a field's value, a collection's element, not a wrapper's own value: every list was wrapped, so a list of two
 * texts is always inside one) and only if its first element names a class this JVM can load.
 */
final class LegacyTyping {

    private static final ObjectMapper JSON = new ObjectMapper();

    private LegacyTyping() {
    }

    /** The plain JSON text of a payload or metadata written with default typing. */
    static String plain(String typed) {
        if (typed == null || typed.indexOf('[') < 0) {
            return typed;
        }
        try {
            return JSON.writeValueAsString(unwrap(JSON.readTree(typed)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored event is not JSON", e);
        }
    }

    /** A value where the old serializer may have put a wrapper: a field's, a collection element's, the root. */
    private static JsonNode unwrap(JsonNode node) {
        if (node instanceof ArrayNode array && isTypeWrapper(array)) {
            // a wrapper's value is never a wrapper itself: a list of two strings inside stays a list
            return unwrapInside(array.get(1));
        }
        return unwrapInside(node);
    }

    private static JsonNode unwrapInside(JsonNode node) {
        if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, unwrap(array.get(i)));
            }
        } else if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                field.setValue(unwrap(field.getValue()));
            }
        }
        return node;
    }

    private static boolean isTypeWrapper(ArrayNode array) {
        return array.size() == 2 && array.get(0).isTextual() && isLoadableClass(array.get(0).textValue());
    }

    private static boolean isLoadableClass(String name) {
        if (name.isEmpty() || name.indexOf('.') < 0 || name.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        try {
            Class.forName(name, false, LegacyTyping.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
