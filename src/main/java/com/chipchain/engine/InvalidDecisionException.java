package com.chipchain.engine;

import java.util.List;

/** Thrown by the resolver when asked to play a decision that breaks a rule; validate first to avoid it. */
public final class InvalidDecisionException extends RuntimeException {
    private final transient List<Violation> violations;

    public InvalidDecisionException(int role, List<Violation> violations) {
        super("decision of role " + role + " refused: " + violations);
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
