package com.chipchain.play;

/** What a human seat plays when the turn closes before it submitted. */
public enum DefaultRule {
    /** The seat's last decision again. */
    REPEAT_LAST,
    /** The session's default bot decides for the seat this turn. */
    BOT
}
