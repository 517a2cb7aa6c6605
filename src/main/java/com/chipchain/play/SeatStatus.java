package com.chipchain.play;

/** One seat in the facilitator's grid of chains x seats. */
public record SeatStatus(int chain, String roleId, Label roleName, Kind kind, String teamName, String botPolicy,
                         boolean submitted, boolean connected) {

    public enum Kind { BOT, OPEN, TEAM }
}
