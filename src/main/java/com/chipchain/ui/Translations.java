package com.chipchain.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.springframework.stereotype.Component;

/**
 * Every text a screen shows, in English and Korean, formatted one way whether or not it has
 * arguments: {@code {0}}, {@code {1}} ... are replaced and an apostrophe is always an apostrophe.
 * (Vaadin's default provider passes a text through {@link MessageFormat} only when it has
 * arguments, where an apostrophe starts a quote: "the bots' chain {1}" showed a raw "{1}".)
 * A key no bundle knows comes back as {@code !key}, which callers test for.
 */
@Component
public class Translations implements I18NProvider {

    static final String BUNDLE = "vaadin-i18n/translations";
    private static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.KOREAN);

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        String text = text(key, locale);
        return text == null ? "!" + key : format(text, locale, params);
    }

    /** The text of a key as the bundle of the language has it (English when the language has none), or null. */
    static String text(String key, Locale locale) {
        if (key == null) {
            return null;
        }
        Locale language = locale != null && Locale.KOREAN.getLanguage().equals(locale.getLanguage()) ? Locale.KOREAN : Locale.ENGLISH;
        try {
            return ResourceBundle.getBundle(BUNDLE, language, ResourceBundle.Control.getNoFallbackControl(
                    ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }

    /** The one way a text takes its arguments: numbers in the viewer's language, apostrophes left as written. */
    static String format(String text, Locale locale, Object... params) {
        return new MessageFormat(text.replace("'", "''"), locale == null ? Locale.ENGLISH : locale).format(params == null ? new Object[0] : params);
    }
}
