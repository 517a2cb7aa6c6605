package com.chipchain.play;

/** One seat in the facilitator's grid of chains x seats; {@code rejoinPin} for a teacher to read to a team that lost its link. */
public record SeatStatus(int chain, String roleId, Label roleName, Kind kind, String teamName, String botPolicy,
                         boolean submitted, boolean connected, String rejoinPin) {

    public enum Kind { BOT, OPEN, TEAM }
}
