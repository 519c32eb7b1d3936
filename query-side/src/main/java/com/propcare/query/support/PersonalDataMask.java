package com.propcare.query.support;

import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.util.Map;
import java.util.Set;

/**
 * Shows an event payload to readers who hold no personal-data grant: every sealed value (a {@code SealedValue}:
 * {@code {keyId, ciphertext}}) becomes {@value #MASK}. The ciphertext is unreadable anyway; masking keeps even it,
 * and the key id that would let values of one resident be correlated, out of feeds and exports.
 */
@Component
public class PersonalDataMask {

    public static final String MASK = "[personal data]";
    private static final Set<String> SEALED_FIELDS = Set.of("keyId", "ciphertext");

    private final JsonMapper json;

    public PersonalDataMask(JsonMapper json) {
        this.json = json;
    }

    public JsonNode masked(String payload) {
        return mask(json.readTree(payload));
    }

    public byte[] maskedBytes(String payload) {
        return json.writeValueAsBytes(masked(payload));
    }

    private static JsonNode mask(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.size() == SEALED_FIELDS.size() && SEALED_FIELDS.stream().allMatch(object::has)) {
                return JsonNodeFactory.instance.stringNode(MASK);
            }
            for (Map.Entry<String, JsonNode> field : Set.copyOf(object.properties())) {
                object.set(field.getKey(), mask(field.getValue()));
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, mask(array.get(i)));
            }
        }
        return node;
    }
}
