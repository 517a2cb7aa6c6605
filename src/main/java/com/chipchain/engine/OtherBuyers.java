package com.chipchain.engine;

/**
 * Buyers outside the chain (other AI accelerators) who also want a role's product: each turn they
 * take up to their demand at their price from what the seat offers them. What they do not get is
 * lost, never backlogged.
 *
 * @param demand units wanted per turn before noise; index 0 is turn 1 (the last value repeats)
 * @param price money per unit they pay
 * @param noisePercent seeded triangular noise on their demand, like end demand's
 */
public record OtherBuyers(long[] demand, long price, int noisePercent) {
    public long baseDemandOn(int turn) {
        return demand[Math.min(turn, demand.length) - 1];
    }
}
