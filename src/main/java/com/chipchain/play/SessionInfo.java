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
        long seed) {}
