package com.chipchain.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.chipchain.engine.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * A read position in a parsed scenario file that knows its path (e.g. {@code roles[2].sites[0]}).
 * Reading a missing or wrong value records a problem and returns a harmless default, so one pass
 * finds every problem in the file; the caller builds nothing when any was found.
 */
final class YamlNode {

    private final JsonNode node;
    private final String path;
    private final Problems problems;

    /** Problems found so far in one file. */
    static final class Problems {
        final String file;
        final List<ScenarioProblem> found = new ArrayList<>();

        Problems(String file) {
            this.file = file;
        }

        void add(String path, String message) {
            found.add(new ScenarioProblem(file, path, message));
        }
    }

    YamlNode(JsonNode node, String path, Problems problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
    }

    String path() {
        return path;
    }

    String at(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    void problem(String message) {
        problems.add(path, message);
    }

    void problem(String name, String message) {
        problems.add(at(name), message);
    }

    boolean has(String name) {
        return node != null && node.has(name) && !node.get(name).isNull();
    }

    /** Records every key that is not one of {@code allowed}, so a typo never goes unnoticed. */
    void allowOnly(Set<String> allowed) {
        if (node == null || !node.isObject()) {
            return;
        }
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                problem(name, "unknown field; allowed here: " + String.join(", ", allowed.stream().sorted().toList()));
            }
        }
    }

    List<String> fieldNames() {
        List<String> names = new ArrayList<>();
        if (node != null && node.isObject()) {
            node.fieldNames().forEachRemaining(names::add);
        }
        return names;
    }

    /** A number, text or true/false as text; a list or mapping is a problem. */
    String scalar(String name) {
        JsonNode value = node == null ? null : node.get(name);
        if (value == null || !value.isValueNode() || value.isNull()) {
            problem(name, "must be a number or a word");
            return "";
        }
        return value.asText();
    }

    YamlNode child(String name) {
        JsonNode value = node == null ? null : node.get(name);
        if (value == null || value.isNull()) {
            problem(name, "is missing");
            return new YamlNode(null, at(name), problems);
        }
        if (!value.isObject()) {
            problem(name, "must be a mapping of fields");
            return new YamlNode(null, at(name), problems);
        }
        return new YamlNode(value, at(name), problems);
    }

    YamlNode optionalChild(String name) {
        return has(name) ? child(name) : null;
    }

    List<YamlNode> list(String name, boolean required) {
        JsonNode value = node == null ? null : node.get(name);
        if (value == null || value.isNull()) {
            if (required) {
                problem(name, "is missing");
            }
            return List.of();
        }
        if (!value.isArray()) {
            problem(name, "must be a list");
            return List.of();
        }
        List<YamlNode> items = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            String itemPath = at(name) + "[" + i + "]";
            JsonNode item = value.get(i);
            if (!item.isObject()) {
                problems.add(itemPath, "must be a mapping of fields");
                items.add(new YamlNode(null, itemPath, problems));
            } else {
                items.add(new YamlNode(item, itemPath, problems));
            }
        }
        return items;
    }

    String text(String name) {
        JsonNode value = node == null ? null : node.get(name);
        if (value == null || value.isNull()) {
            if (node != null) {
                problem(name, "is missing");
            }
            return "";
        }
        if (!value.isTextual() && !value.isNumber()) {
            problem(name, "must be a text");
            return "";
        }
        String text = value.asText().trim();
        if (text.isEmpty()) {
            problem(name, "must not be empty");
        }
        return text;
    }

    String optionalText(String name, String fallback) {
        return has(name) ? text(name) : fallback;
    }

    Text bilingual(String name) {
        if (!has(name)) {
            if (node != null) {
                problem(name, "is missing (give it as {en: ..., ko: ...})");
            }
            return new Text("", "");
        }
        YamlNode text = child(name);
        text.allowOnly(Set.of("en", "ko"));
        return new Text(text.text("en"), text.text("ko"));
    }

    long integer(String name, long min, long max) {
        JsonNode value = node == null ? null : node.get(name);
        if (value == null || value.isNull()) {
            if (node != null) {
                problem(name, "is missing (a whole number from " + min + " to " + max + ")");
            }
            return min;
        }
        if (!value.isIntegralNumber()) {
            problem(name, "must be a whole number from " + min + " to " + max + ", not '" + value.asText() + "'");
            return min;
        }
        // compared as the number written, before it is made a long: 2^64 + 36 must not become 36
        java.math.BigInteger written = value.bigIntegerValue();
        if (written.compareTo(java.math.BigInteger.valueOf(min)) < 0 || written.compareTo(java.math.BigInteger.valueOf(max)) > 0) {
            problem(name, "must be from " + min + " to " + max + ", not " + written);
            return min;
        }
        return written.longValueExact();
    }

    long optionalInteger(String name, long min, long max, long fallback) {
        return has(name) ? integer(name, min, max) : fallback;
    }

    boolean flag(String name, boolean fallback) {
        if (!has(name)) {
            return fallback;
        }
        JsonNode value = node.get(name);
        if (!value.isBoolean()) {
            problem(name, "must be true or false");
            return fallback;
        }
        return value.asBoolean();
    }

    /** An amount with at most two decimals, returned in hundredths (money minor units, basis points). */
    long hundredths(String name, long minHundredths, long maxHundredths) {
        JsonNode value = node == null ? null : node.get(name);
        String range = format(minHundredths) + " to " + format(maxHundredths);
        if (value == null || value.isNull()) {
            if (node != null) {
                problem(name, "is missing (a number from " + range + ")");
            }
            return minHundredths;
        }
        if (!value.isNumber()) {
            problem(name, "must be a number from " + range + ", not '" + value.asText() + "'");
            return minHundredths;
        }
        BigDecimal number = value.decimalValue();
        if (number.stripTrailingZeros().scale() > 2) {
            problem(name, "has more than two decimals: " + number.toPlainString());
            return minHundredths;
        }
        BigDecimal scaled = number.movePointRight(2);
        if (scaled.compareTo(BigDecimal.valueOf(minHundredths)) < 0 || scaled.compareTo(BigDecimal.valueOf(maxHundredths)) > 0) {
            problem(name, "must be from " + range + ", not " + number.toPlainString());
            return minHundredths;
        }
        return scaled.longValueExact();
    }

    long optionalHundredths(String name, long min, long max, long fallback) {
        return has(name) ? hundredths(name, min, max) : fallback;
    }

    List<Long> integers(String name, long min, long max) {
        JsonNode value = node == null ? null : node.get(name);
        if (value == null || !value.isArray() || value.isEmpty()) {
            if (node != null) {
                problem(name, "must be a non-empty list of whole numbers");
            }
            return List.of();
        }
        List<Long> numbers = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            if (!item.isIntegralNumber() || item.bigIntegerValue().compareTo(java.math.BigInteger.valueOf(min)) < 0
                    || item.bigIntegerValue().compareTo(java.math.BigInteger.valueOf(max)) > 0) {
                problems.add(at(name) + "[" + i + "]", "must be a whole number from " + min + " to " + max + ", not '" + item.asText() + "'");
                numbers.add(min);
            } else {
                numbers.add(item.asLong());
            }
        }
        return numbers;
    }

    List<String> texts(String name) {
        JsonNode value = node == null ? null : node.get(name);
        if (value == null || !value.isArray() || value.isEmpty()) {
            if (node != null) {
                problem(name, "must be a non-empty list");
            }
            return List.of();
        }
        List<String> texts = new ArrayList<>();
        for (JsonNode item : value) {
            texts.add(item.asText());
        }
        return texts;
    }

    static String format(long hundredths) {
        return BigDecimal.valueOf(hundredths, 2).stripTrailingZeros().toPlainString();
    }
}
