package com.chipchain.ui;

import com.chipchain.play.PlayException;
import com.vaadin.flow.component.Component;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A refusal from the server in the viewer's language: a decision's problem by its rule (with the
 * rule's numbers), any other refusal by its reason. The English text the server wrote is only the
 * fallback for a rule the translations do not know yet.
 */
final class Refusals {

    private Refusals() {}

    static String problem(Component on, PlayException.Problem problem) {
        String key = "rule." + problem.rule();
        String text = on.getTranslation(key, shown(problem.args(), Texts.locale()).toArray());
        return problem.rule().isEmpty() || text.startsWith("!") ? problem.message() : text;
    }

    /**
     * A rule's numbers as every screen prints them: the engine writes amounts as plain decimals
     * ("45760.00") and counts as plain integers; a reader sees "45,760.00" and "5,000".
     */
    static List<String> shown(List<String> args, Locale locale) {
        return args.stream().map(arg -> AMOUNT.matcher(arg).matches() ? Texts.money(new BigDecimal(arg), locale)
                : COUNT.matcher(arg).matches() && arg.length() < 19 ? Texts.number(Long.parseLong(arg), locale) : arg).toList();
    }

    private static final Pattern AMOUNT = Pattern.compile("-?\\d+\\.\\d{2}");
    private static final Pattern COUNT = Pattern.compile("-?\\d+");

    static String of(Component on, PlayException e) {
        if ("en".equals(Texts.locale().getLanguage())) {
            return e.getMessage(); // the server's own words are the most precise English
        }
        if (e.key() != null) {
            String exact = on.getTranslation("refusal." + e.key(), e.args().toArray());
            if (!exact.startsWith("!")) {
                return exact;
            }
        }
        String key = "refusal." + e.reason().name().toLowerCase(Locale.ROOT).replace('_', '-');
        String text = on.getTranslation(key);
        return text.startsWith("!") ? e.getMessage() : text;
    }
}
