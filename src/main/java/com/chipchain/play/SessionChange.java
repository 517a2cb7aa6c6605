package com.chipchain.play;

/** Something changed in a session; open screens reload what they show. */
public record SessionChange(String sessionId, Kind kind, int turn) {

    public enum Kind { JOINED, SUBMITTED, TURN_RESOLVED, STATUS, SHOCK, BROADCAST, VISIBILITY }
}
