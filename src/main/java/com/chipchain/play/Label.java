package com.chipchain.play;

/** A text players read, in English and Korean. */
public record Label(String en, String ko) {
    public String in(java.util.Locale locale) {
        return "ko".equals(locale.getLanguage()) ? ko : en;
    }

    static Label of(com.chipchain.engine.Text text) {
        return new Label(text.en(), text.ko());
    }
}
