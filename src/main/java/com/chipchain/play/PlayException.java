package com.chipchain.play;

import java.util.List;

/**
 * An action that was refused, with a message a person can act on. Nothing was changed.
 *
 * @param problems for a refused decision: each field and what is wrong with it
 */
public class PlayException extends RuntimeException {

    public enum Reason { NOT_ALLOWED, UNKNOWN_CODE, TOO_MANY_ATTEMPTS, STALE_TURN, ALREADY_SUBMITTED,
        INVALID_DECISION, WRONG_STATE, INVALID_INPUT, NOT_FOUND, NAME_TAKEN }

    /**
     * One field of a refused decision and what is allowed: {@code rule} names the rule broken (a key
     * the screens translate, with {@code args}), {@code ref} the form field it is about (null when
     * it is about the decision as a whole).
     */
    public record Problem(String field, String value, String message, String rule, java.util.List<String> args, FieldRef ref) {

        public Problem {
            args = args == null ? java.util.List.of() : java.util.List.copyOf(args);
        }

        public Problem(String field, String value, String message) {
            this(field, value, message, "", java.util.List.of(), null);
        }
    }

    private final Reason reason;
    private final transient List<Problem> problems;
    private String key;
    private List<String> args = List.of();

    public PlayException(Reason reason, String message) {
        this(reason, message, List.of());
    }

    public PlayException(Reason reason, String message, List<Problem> problems) {
        super(message);
        this.reason = reason;
        this.problems = List.copyOf(problems);
    }

    public Reason reason() {
        return reason;
    }

    /** Names the refusal for screens in other languages: {@code refusal.<key>} with these values. */
    public PlayException keyed(String key, Object... values) {
        this.key = key;
        this.args = java.util.Arrays.stream(values).map(String::valueOf).toList();
        return this;
    }

    /** The translation key of this refusal's exact words (null: only its reason is known). */
    public String key() {
        return key;
    }

    public List<String> args() {
        return args;
    }

    public List<Problem> problems() {
        return problems;
    }
}
