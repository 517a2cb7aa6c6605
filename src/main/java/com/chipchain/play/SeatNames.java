package com.chipchain.play;

/**
 * The name a leaderboard and the debrief list for a seat: the team's, "bot: policy" for a seat a
 * bot plays from the start, empty for a seat nobody took. Screens ask {@link #isTeam} rather than
 * reading the convention themselves.
 */
public final class SeatNames {

    private static final String BOT = "bot: ";

    private SeatNames() {}

    static String of(SessionStore.SeatRow seat) {
        return seat.teamName() != null ? seat.teamName() : seat.botPolicy() != null ? BOT + seat.botPolicy() : "";
    }

    /** Whether a listed name is a team's (not a bot's, not an open seat's). */
    public static boolean isTeam(String name) {
        return name != null && !name.isBlank() && !name.startsWith(BOT);
    }

    /** The policy of a bot's listed name ("bot: base-stock" -> "base-stock"), or null for a team's or an open seat's. */
    static String botPolicy(String name) {
        return name != null && name.startsWith(BOT) ? name.substring(BOT.length()) : null;
    }
}
