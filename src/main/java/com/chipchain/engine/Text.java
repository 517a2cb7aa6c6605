package com.chipchain.engine;

/** A player-visible text in both game languages. */
public record Text(String en, String ko) {
    public Text {
        if (en == null || ko == null) {
            throw new IllegalArgumentException("a text needs both English and Korean");
        }
    }

    public String in(String language) {
        return "ko".equals(language) ? ko : en;
    }
}
