package com.chipchain.ui;

import com.chipchain.play.Label;
import com.chipchain.play.Versus;
import com.vaadin.flow.component.UI;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** Small helpers for what screens print: bilingual labels, numbers and money in the viewer's language. */
final class Texts {

    private Texts() {}

    static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }

    static String of(Label label) {
        return label == null ? "" : label.in(locale());
    }

    static String number(long value) {
        return number(value, locale());
    }

    static String number(long value, Locale locale) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    static String money(BigDecimal value) {
        return money(value, locale());
    }

    static String money(BigDecimal value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    /** A text made safe to put in markup the server writes (tables, the chain map, the chain's progress). */
    static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /**
     * A scenario's money unit ("USD million") in the viewer's language: a unit the translations
     * know by its key {@code unit.<words-joined-by-dashes>}, else as the scenario file writes it.
     */
    static String unit(String moneyUnit, Locale locale) {
        if (moneyUnit == null || moneyUnit.isBlank()) {
            return "";
        }
        String key = "unit." + moneyUnit.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        var provider = com.vaadin.flow.server.VaadinService.getCurrent() == null ? null
                : com.vaadin.flow.server.VaadinService.getCurrent().getInstantiator().getI18NProvider();
        if (provider == null) {
            return moneyUnit;
        }
        String text = provider.getTranslation(key, locale);
        return text == null || text.startsWith("!") ? moneyUnit : text;
    }

    /**
     * A score against the benchmark as a student reads it (docs/rules.md, "Scoring"): "+4.2 % vs
     * the benchmark", "1,200.00 below the benchmark", "310.50 less cost than the benchmark",
     * "same as the benchmark" or "the benchmark bot".
     */
    static String versus(Versus versus) {
        UI ui = UI.getCurrent();
        return switch (versus.reading()) {
            case NONE -> "–";
            case BENCHMARK_BOT -> ui.getTranslation("versus.benchmark-bot");
            case SAME -> ui.getTranslation("versus.same");
            case PERCENT -> ui.getTranslation("versus.percent", percent(versus.percent()));
            case MONEY -> ui.getTranslation("versus." + (versus.costs() ? versus.better() ? "less-cost" : "more-cost"
                    : versus.better() ? "above" : "below"), money(versus.gap()));
        };
    }

    /** A score as screens print it: a cost as a positive amount (docs/rules.md, "Scoring"). */
    static String score(Versus versus) {
        return money(versus.shown());
    }

    static String percent(Double value) {
        if (value == null) {
            return "–";
        }
        return (value >= 0 ? "+" : "") + String.format(locale(), "%.1f %%", value);
    }
}
