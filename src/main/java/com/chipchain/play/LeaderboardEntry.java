package com.chipchain.play;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One chain on the leaderboard: its score against the bots' chain on the same seed and events,
 * and each team's profit against the benchmark bot in its seat.
 */
public record LeaderboardEntry(int chain, BigDecimal chainScore, BigDecimal botScore, Versus versus,
                               Map<String, BigDecimal> teamProfits, Map<String, String> teamNames,
                               Map<String, Versus> teamVersus) {}
