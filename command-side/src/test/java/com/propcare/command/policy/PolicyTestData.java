package com.propcare.command.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.propcare.events.policy.PolicyDocument;

import java.util.function.Consumer;

/** Policy documents for tests: the defaults with one value changed, addressed by JSON pointer. */
final class PolicyTestData {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private PolicyTestData() {
    }

    /** The defaults with {@code value} at {@code pointer}, e.g. {@code ("/complaints/firstReply/amount", 0)}. */
    static PolicyDocument defaultsWith(String pointer, Object value) {
        return defaultsChanged(tree -> {
            int slash = pointer.lastIndexOf('/');
            ObjectNode parent = (ObjectNode) tree.at(pointer.substring(0, slash));
            parent.set(pointer.substring(slash + 1), JSON.valueToTree(value));
        });
    }

    /** The defaults without the field at {@code pointer}. */
    static PolicyDocument defaultsWithout(String pointer) {
        return defaultsChanged(tree -> {
            int slash = pointer.lastIndexOf('/');
            ((ObjectNode) tree.at(pointer.substring(0, slash))).remove(pointer.substring(slash + 1));
        });
    }

    static PolicyDocument defaultsChanged(Consumer<JsonNode> change) {
        JsonNode tree = JSON.valueToTree(PolicyDefaults.document());
        change.accept(tree);
        try {
            return JSON.treeToValue(tree, PolicyDocument.class);
        } catch (Exception e) {
            throw new IllegalArgumentException("Not a policy document: " + tree, e);
        }
    }
}
