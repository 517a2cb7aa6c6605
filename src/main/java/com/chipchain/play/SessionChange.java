package com.chipchain.play;

/**
 * Something changed in a session; open screens reload what they show.
 *
 * @param publishedAt when this node handed the change to its screens ({@link System#nanoTime()}; 0 before that),
 *        so the time until each screen has refreshed can be measured (docs/performance.md)
 */
public record SessionChange(String sessionId, Kind kind, int turn, long publishedAt) {

    public enum Kind { JOINED, SUBMITTED, TURN_RESOLVED, STATUS, SHOCK, BROADCAST, VISIBILITY }

    public SessionChange(String sessionId, Kind kind, int turn) {
        this(sessionId, kind, turn, 0);
    }

    SessionChange publishedNow() {
        return new SessionChange(sessionId, kind, turn, System.nanoTime());
    }
}
