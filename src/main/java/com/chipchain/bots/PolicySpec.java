package com.chipchain.bots;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A policy name with parameters, written {@code name} or {@code name:key=value,key=value}, e.g.
 * {@code sterman:theta=0.25,beta=0.5} or {@code base-stock:level=hard}.
 */
public record PolicySpec(String name, Map<String, String> parameters) {

    public PolicySpec {
        parameters = Map.copyOf(parameters);
    }

    public static PolicySpec parse(String text) {
        int colon = text.indexOf(':');
        if (colon < 0) {
            return new PolicySpec(text.trim(), Map.of());
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : text.substring(colon + 1).split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("policy parameter '" + pair + "' must look like key=value");
            }
            parameters.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
        }
        return new PolicySpec(text.substring(0, colon).trim(), parameters);
    }

    /** A number parameter, or the fallback; an unparsable value is refused with its name. */
    double number(String key, double fallback) {
        String value = parameters.get(key);
        if (value == null) {
            return fallback;
        }
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("policy parameter " + key + " must be a number, not '" + value + "'");
        }
    }

    String text(String key, String fallback) {
        return parameters.getOrDefault(key, fallback);
    }

    @Override
    public String toString() {
        if (parameters.isEmpty()) {
            return name;
        }
        StringBuilder text = new StringBuilder(name).append(':');
        parameters.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> text.append(text.charAt(text.length() - 1) == ':' ? "" : ",").append(e.getKey()).append('=').append(e.getValue()));
        return text.toString();
    }
}
