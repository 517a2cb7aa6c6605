package com.chipchain.ui;

import com.chipchain.play.PlayException;
import com.vaadin.flow.component.Component;

/**
 * A refusal from the server in the viewer's language: a decision's problem by its rule (with the
 * rule's numbers), any other refusal by its reason. The English text the server wrote is only the
 * fallback for a rule the translations do not know yet.
 */
final class Refusals {

    private Refusals() {}

    static String problem(Component on, PlayException.Problem problem) {
        String key = "rule." + problem.rule();
        String text = on.getTranslation(key, problem.args().toArray());
        return problem.rule().isEmpty() || text.startsWith("!") ? problem.message() : text;
    }

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
        String key = "refusal." + e.reason().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        String text = on.getTranslation(key);
        return text.startsWith("!") ? e.getMessage() : text;
    }
}
