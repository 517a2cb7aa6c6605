package com.chipchain.engine;

/**
 * Chain bonuses on top of the sum of team profits, and what is left at the end is worth.
 *
 * @param usContentBonus money added at a 100 % US-content share of delivered value (pro rata)
 * @param serviceBonus money added at a 100 % end-customer fill rate (pro rata)
 * @param capacityLifeTurns capacity is written off over this many turns from the turn it was
 *     paid for; what is not yet written off when the game ends counts for its owner (0 = nothing)
 * @param stockValuePercent goods a seat holds at the end (on hand, in production, on the way to
 *     it) count at this percent of what they cost it: production cost and inputs for what it makes,
 *     the reference value for what it bought (0 = nothing; 100 = at cost)
 */
public record Scoring(long usContentBonus, long serviceBonus, int capacityLifeTurns, int stockValuePercent) {

    public Scoring(long usContentBonus, long serviceBonus) {
        this(usContentBonus, serviceBonus, 0, 0);
    }
}
