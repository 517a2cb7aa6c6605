package com.chipchain.play;

import java.time.Instant;

/**
 * A session as screens show it. {@code turn} is the turn being played (turnCount + 1 when finished);
 * {@code scenarioRevision} is the exact scenario text it was created from (docs/scenario-library.md).
 */
public record SessionInfo(
        String id,
        String joinCode,
        String scenarioId,
        String scenarioRevision,
        SessionStatus status,
        int turn,
        int turnCount,
        int chains,
        Integer timerSeconds,
        Instant turnDeadline,
        Long pausedRemainingMillis,
        DefaultRule defaultRule,
        String defaultBotPolicy,
        boolean sharedDemand,
        long seed) {

    /** The same session with its scenario's number of turns (read from the scenario, not the session's row). */
    SessionInfo withTurnCount(int count) {
        return new SessionInfo(id, joinCode, scenarioId, scenarioRevision, status, turn, count, chains, timerSeconds, turnDeadline,
                pausedRemainingMillis, defaultRule, defaultBotPolicy, sharedDemand, seed);
    }
}
