package com.chipchain.engine;

/**
 * Why a decision was refused, in words a player can act on.
 *
 * @param field where in the decision, e.g. {@code orders[1].quantity}
 * @param value what was given
 * @param message what is wrong and what is allowed
 * @param args the numbers in the message, for screens that say it in another language
 */
public record Violation(String rule, String field, String value, String message, java.util.List<String> args) {

    public Violation {
        args = args == null ? java.util.List.of() : java.util.List.copyOf(args);
    }

    /** A violation whose message needs no numbers beyond the value given. */
    public Violation(String rule, String field, String value, String message) {
        this(rule, field, value, message, java.util.List.of());
    }

    @Override
    public String toString() {
        return field + " = " + value + ": " + message;
    }
}
