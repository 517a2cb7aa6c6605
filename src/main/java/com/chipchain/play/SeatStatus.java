package com.chipchain.play;

/**
 * One seat in the facilitator's grid of chains x seats; {@code rejoinPin} for a teacher to read to a
 * team that lost its link; {@code pinLocked} when too many wrong PINs were typed for the seat;
 * {@code handedToBot} when a team joined it but the facilitator handed it to a bot (it can be given back).
 */
public record SeatStatus(int chain, String roleId, Label roleName, Kind kind, String teamName, String botPolicy,
                         boolean submitted, boolean connected, String rejoinPin, boolean pinLocked, boolean handedToBot) {

    public enum Kind { BOT, OPEN, TEAM }
}
