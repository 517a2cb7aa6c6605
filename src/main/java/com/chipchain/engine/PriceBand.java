package com.chipchain.engine;

/**
 * The end-market price the market role may set, and how demand answers it.
 *
 * @param elasticityPercent demand falls by this many percent for each percent the price is above
 *     the reference (and rises likewise below it); linear, never below zero
 */
public record PriceBand(long reference, long min, long max, int elasticityPercent) {
    public boolean fixed() {
        return min == max;
    }
}
