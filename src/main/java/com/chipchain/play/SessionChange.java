package com.chipchain.play;

/**
 * Something changed in a session; open screens reload what they show.
 *
 * @param publishedAt when this node handed the change to its screens ({@link System#nanoTime()}; 0 before that),
 *        so the time until each screen has refreshed can be measured (docs/performance.md)
 * @param chain the one chain the change is about (a team's submission, a PIN, a message to a chain), or
 *        null when it is about the whole session: a team's screen hears its own chain's and the
 *        session's changes at once and other chains' at a pace (SessionBroadcaster), so a submission
 *        in a workshop of 40 chains redraws 5 player screens at once, not 200
 */
public record SessionChange(String sessionId, Kind kind, int turn, long publishedAt, Integer chain) {

    public enum Kind { JOINED, SUBMITTED, TURN_RESOLVED, STATUS, SHOCK, BROADCAST, VISIBILITY }

    public SessionChange(String sessionId, Kind kind, int turn) {
        this(sessionId, kind, turn, 0, null);
    }

    public SessionChange(String sessionId, Kind kind, int turn, Integer chain) {
        this(sessionId, kind, turn, 0, chain);
    }

    SessionChange publishedNow() {
        return new SessionChange(sessionId, kind, turn, System.nanoTime(), chain);
    }

    /** Whether a screen that follows {@code followed} (a chain, or null for the whole session) needs to hear it. */
    public boolean concerns(Integer followed) {
        return chain == null || followed == null || chain.equals(followed);
    }

    /**
     * The one change a screen that follows {@code followed} keeps when {@code newer} arrives while
     * {@code pending} waits for it: the newer, unless only the pending one concerns the screen. A
     * team's screen redraws whole for its own chain's or the session's change and only its class
     * count for another chain's, so a turn change must not give way to another chain's submission
     * that came right behind it (the screen would stay on the old turn).
     */
    public static SessionChange kept(Integer followed, SessionChange pending, SessionChange newer) {
        return pending != null && pending.concerns(followed) && !newer.concerns(followed) ? pending : newer;
    }
}
