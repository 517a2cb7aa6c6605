package com.chipchain.ui;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a person typed into a number field, read strictly: digits with optional thousands commas
 * (1,200) as both the English and the Korean screen show numbers, money with at most two decimals,
 * nothing else. "12.5" units, "1e12", "-3", "NaN" and letters are refused with a reason (a
 * translation key and its arguments), never rewritten into another number. The text is
 * range-checked before it is converted, so no input can overflow.
 */
public final class NumberEntry {

    /** Either a value or the reason it was refused. */
    public record Result(BigDecimal value, String refusalKey, List<Object> args) {

        static Result ok(BigDecimal value) {
            return new Result(value, null, List.of());
        }

        static Result refused(String key, Object... args) {
            return new Result(null, key, List.of(args));
        }

        public boolean ok() {
            return refusalKey == null;
        }
    }

    private static final Pattern WHOLE = Pattern.compile("\\d{1,3}(,\\d{3})*|\\d+");
    private static final Pattern DECIMAL = Pattern.compile("(\\d{1,3}(,\\d{3})*|\\d+)(\\.\\d+)?");
    /** Longer than any number the game uses, short enough that reading it costs nothing. */
    private static final int MAX_LENGTH = 24;

    private NumberEntry() {}

    /** A whole number of units from 0 to {@code max}. */
    public static Result quantity(String text, long max) {
        String typed = text == null ? "" : text.strip();
        Result notANumber = notANumber(typed);
        if (notANumber != null) {
            return notANumber;
        }
        if (!WHOLE.matcher(typed).matches()) {
            return Result.refused("entry.whole-units", shorten(typed));
        }
        BigDecimal value = new BigDecimal(typed.replace(",", ""));
        if (value.compareTo(BigDecimal.valueOf(max)) > 0) {
            return Result.refused("entry.at-most", Texts.number(max));
        }
        return Result.ok(value);
    }

    /** An amount of money from {@code min} to {@code max}, with at most two decimals (cents). */
    public static Result money(String text, BigDecimal min, BigDecimal max) {
        String typed = text == null ? "" : text.strip();
        Result notANumber = notANumber(typed);
        if (notANumber != null) {
            return notANumber;
        }
        BigDecimal value = new BigDecimal(typed.replace(",", ""));
        if (value.stripTrailingZeros().scale() > 2) {
            return Result.refused("entry.cents");
        }
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            return Result.refused("entry.range", Texts.money(min), Texts.money(max));
        }
        return Result.ok(value.setScale(2));
    }

    /** Why a text is not a plain non-negative number at all (null when it is one). */
    private static Result notANumber(String typed) {
        if (typed.isEmpty()) {
            return Result.refused("entry.empty");
        }
        if (typed.startsWith("-")) {
            return Result.refused("entry.negative");
        }
        if (typed.length() > MAX_LENGTH || !DECIMAL.matcher(typed).matches()) {
            return Result.refused("entry.not-a-number", shorten(typed));
        }
        return null;
    }

    /** How a field shows a number it was given (the same form it accepts back). */
    public static String show(long value) {
        return Long.toString(value);
    }

    public static String show(BigDecimal value) {
        return value == null ? "" : value.setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString();
    }

    private static String shorten(String typed) {
        return typed.length() <= 12 ? typed : typed.substring(0, 12) + "…";
    }
}
