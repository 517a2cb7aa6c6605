package com.chipchain.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
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
        ResourceBundle bundle = language == Locale.KOREAN ? KOREAN.get() : ENGLISH.get();
        return bundle.containsKey(key) ? bundle.getString(key) : null;
    }

    /** A screen's redraw reads dozens of texts: the two bundles are looked up once (the jar's texts do not change while it runs). */
    private static final Supplier<ResourceBundle> ENGLISH = bundle(Locale.ENGLISH);
    private static final Supplier<ResourceBundle> KOREAN = bundle(Locale.KOREAN);

    private static Supplier<ResourceBundle> bundle(Locale language) {
        return new Supplier<>() {
            private volatile ResourceBundle loaded;

            @Override
            public ResourceBundle get() {
                ResourceBundle bundle = loaded;
                if (bundle == null) {
                    bundle = ResourceBundle.getBundle(BUNDLE, language, ResourceBundle.Control.getNoFallbackControl(
                            ResourceBundle.Control.FORMAT_PROPERTIES));
                    loaded = bundle;
                }
                return bundle;
            }
        };
    }

    /** Parsed patterns by language and text: parsing a pattern costs more than filling it in. */
    private static final Map<String, MessageFormat> PATTERNS = new ConcurrentHashMap<>();

    /** The one way a text takes its arguments: numbers in the viewer's language, apostrophes left as written. */
    static String format(String text, Locale locale, Object... params) {
        if (params == null || params.length == 0 || text.indexOf('{') < 0) {
            return text; // what MessageFormat gives for a text without arguments, with every apostrophe doubled first
        }
        Locale language = locale == null ? Locale.ENGLISH : locale;
        MessageFormat pattern = PATTERNS.computeIfAbsent(language.toLanguageTag() + '\u0000' + text,
                k -> new MessageFormat(text.replace("'", "''"), language));
        synchronized (pattern) { // a MessageFormat is not safe for two threads at once
            return pattern.format(params);
        }
    }
}
