package com.chipchain.engine;

/**
 * End customers, served by the most downstream role.
 *
 * @param baseDemand demand per turn before shocks, noise and price response; index 0 is turn 1
 * @param noisePercent seeded noise: demand is multiplied by 1 + noise x (u1 + u2 - 1), u uniform
 * @param country where customers are (decides which sites count as domestic for shipping)
 * @param lostSalesPercent share of the end-customer demand still unmet after shipping that goes
 *     to competitors each turn (0 = customers wait for ever, as in the beer game)
 */
public record Market(int role, int product, long[] baseDemand, int noisePercent, PriceBand price, String country,
                     int lostSalesPercent) {

    public Market(int role, int product, long[] baseDemand, int noisePercent, PriceBand price, String country) {
        this(role, product, baseDemand, noisePercent, price, country, 0);
    }

    public long baseDemandOn(int turn) {
        return baseDemand[Math.min(turn, baseDemand.length) - 1];
    }
}
