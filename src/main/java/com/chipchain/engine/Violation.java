package com.chipchain.engine;

/**
 * Why a decision was refused, in words a player can act on.
 *
 * @param field where in the decision, e.g. {@code orders[1].quantity}
 * @param value what was given
 * @param message what is wrong and what is allowed
 */
public record Violation(String rule, String field, String value, String message) {
    @Override
    public String toString() {
        return field + " = " + value + ": " + message;
    }
}
