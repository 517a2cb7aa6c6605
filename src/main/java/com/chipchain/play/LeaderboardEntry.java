package com.chipchain.play;

import java.math.BigDecimal;
import java.util.Map;

/** One chain on the leaderboard: its score, the bots' score on the same seed and events, and each team's profit. */
public record LeaderboardEntry(int chain, BigDecimal chainScore, BigDecimal botScore, Double percentVsBots,
                               Map<String, BigDecimal> teamProfits, Map<String, String> teamNames,
                               Map<String, Double> teamPercentVsOwnBot) {}
