package com.chipchain.play;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Any field of a scenario file's tree by the path the loader names in its problems
 * ({@code roles[2].sites[0].build.leadTime}): read, set as typed, or removed. The studio's draft
 * ({@link ScenarioDraft}) is built on it.
 */
final class ScenarioPaths {

    private final ObjectNode tree;

    ScenarioPaths(ObjectNode tree) {
        this.tree = tree;
    }

    /**
     * The value at a path as the loader names it ({@code roles[2].sites[0].build.leadTime},
     * {@code market.price.reference}), as text; empty when the file does not have it.
     */
    String valueAt(String path) {
        JsonNode node = nodeAt(path);
        return node.isValueNode() ? node.asText() : "";
    }

    /** True when the file has a value (or a section) at the path. */
    boolean has(String path) {
        JsonNode node = nodeAt(path);
        return !node.isMissingNode() && !node.isNull();
    }

    /**
     * A number as a teacher typed it, at its path: stored as a number when it reads as one, else as
     * the text typed, so the loader refuses it at that path in its own words; empty removes the field
     * (the loader then says when it is required, or uses its default).
     */
    void setTyped(String path, String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            remove(path);
            return;
        }
        JsonNode value;
        try {
            BigDecimal number = new BigDecimal(text);
            value = number.scale() <= 0 && number.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0
                    ? JsonNodeFactory.instance.numberNode(number.longValueExact())
                    : JsonNodeFactory.instance.numberNode(number);
        } catch (NumberFormatException | ArithmeticException e) {
            value = JsonNodeFactory.instance.textNode(text);
        }
        put(path, value);
    }

    /** A name or a code (a site, a product, a country) at its path; empty removes the field. */
    void setText(String path, String text) {
        if (text == null || text.isBlank()) {
            remove(path);
        } else {
            put(path, JsonNodeFactory.instance.textNode(text.strip()));
        }
    }

    /** A list of names at its path (the sites of a disruption). */
    void setTexts(String path, List<String> texts) {
        ArrayNode list = JsonNodeFactory.instance.arrayNode();
        texts.forEach(list::add);
        put(path, list);
    }

    /** The names in a list at a path. */
    List<String> textsAt(String path) {
        JsonNode node = nodeAt(path);
        List<String> texts = new ArrayList<>();
        node.forEach(n -> texts.add(n.asText()));
        return texts;
    }

    /** The field names of the mapping at a path (the products of a site's stock), in file order. */
    List<String> keysAt(String path) {
        JsonNode node = nodeAt(path);
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    private void put(String path, JsonNode value) {
        List<Object> steps = steps(path);
        JsonNode parent = tree;
        for (int i = 0; i < steps.size() - 1; i++) {
            Object step = steps.get(i);
            if (step instanceof Integer index) {
                parent = parent.path(index);
            } else if (parent instanceof ObjectNode object) {
                JsonNode child = object.path((String) step);
                parent = child.isContainerNode() ? child : object.putObject((String) step);
            }
            if (!(parent instanceof ObjectNode) && !(parent instanceof ArrayNode)) {
                throw new IllegalArgumentException("no field " + path + " in this scenario");
            }
        }
        Object last = steps.get(steps.size() - 1);
        if (parent instanceof ObjectNode object && last instanceof String name) {
            object.set(name, value);
        } else if (parent instanceof ArrayNode list && last instanceof Integer index && index < list.size()) {
            list.set(index, value);
        } else {
            throw new IllegalArgumentException("no field " + path + " in this scenario");
        }
    }

    private void remove(String path) {
        List<Object> steps = steps(path);
        JsonNode parent = tree;
        for (int i = 0; i < steps.size() - 1; i++) {
            Object step = steps.get(i);
            parent = step instanceof Integer index ? parent.path(index) : parent.path((String) step);
        }
        if (parent instanceof ObjectNode object && steps.get(steps.size() - 1) instanceof String name) {
            object.remove(name);
        }
    }

    /** The node at a path; a missing node when the file does not have it. */
    private JsonNode nodeAt(String path) {
        JsonNode node = tree;
        for (Object step : steps(path)) {
            node = step instanceof Integer index ? node.path(index) : node.path((String) step);
        }
        return node;
    }

    /** {@code roles[2].sites[0].capacity} as ["roles", 2, "sites", 0, "capacity"]. */
    private static List<Object> steps(String path) {
        List<Object> steps = new ArrayList<>();
        for (String part : path.split("\\.")) {
            int bracket = part.indexOf('[');
            steps.add(bracket < 0 ? part : part.substring(0, bracket));
            while (bracket >= 0) {
                int close = part.indexOf(']', bracket);
                steps.add(Integer.parseInt(part.substring(bracket + 1, close)));
                bracket = part.indexOf('[', close);
            }
        }
        return steps;
    }
}
