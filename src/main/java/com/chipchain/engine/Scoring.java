package com.chipchain.engine;

/**
 * Chain bonuses on top of the sum of team profits.
 *
 * @param usContentBonus money added at a 100 % US-content share of delivered value (pro rata)
 * @param serviceBonus money added at a 100 % end-customer fill rate (pro rata)
 */
public record Scoring(long usContentBonus, long serviceBonus) {}
