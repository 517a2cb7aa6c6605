package com.chipchain.play;

import java.text.Normalizer;

/**
 * Team names people can read: normalized to NFC, counted in characters (not UTF-16 units), and
 * refused when they hold control characters, direction overrides or nothing visible.
 */
final class TeamNames {

    static final int MAX_CHARACTERS = 40;

    private TeamNames() {}

    static String normalize(String typed) {
        String name = Normalizer.normalize(typed == null ? "" : typed, Normalizer.Form.NFC).strip();
        int characters = name.codePointCount(0, name.length());
        if (characters == 0 || characters > MAX_CHARACTERS) {
            throw SessionTransactions.invalid("A team name must have 1 to " + MAX_CHARACTERS + " characters.").keyed("name-length", MAX_CHARACTERS);
        }
        boolean visible = false;
        int combining = 0;
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            i += Character.charCount(c);
            int type = Character.getType(c);
            if (Character.isISOControl(c) || isDirectionControl(c) || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR) {
                throw SessionTransactions.invalid("A team name cannot hold control characters, line breaks or text-direction marks.")
                        .keyed("name-control");
            }
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
                if (++combining > 4) {
                    throw SessionTransactions.invalid("A team name cannot stack that many accents on one letter.").keyed("name-accents");
                }
            } else {
                combining = 0;
            }
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && type != Character.FORMAT
                    && type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK) {
                visible = true;
            }
        }
        if (!visible) {
            throw SessionTransactions.invalid("A team name needs at least one visible letter, digit or sign.").keyed("name-invisible");
        }
        return name;
    }

    /** Bidi embeddings, overrides and isolates, and the invisible direction marks. */
    private static boolean isDirectionControl(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0x061C;
    }
}
