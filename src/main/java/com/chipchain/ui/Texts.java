package com.chipchain.ui;

import com.chipchain.play.Label;
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
        return NumberFormat.getIntegerInstance(locale()).format(value);
    }

    static String money(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    static String percent(Double value) {
        if (value == null) {
            return "–";
        }
        return (value >= 0 ? "+" : "") + String.format(locale(), "%.1f %%", value);
    }
}
