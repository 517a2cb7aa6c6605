package com.chipchain.engine;

/**
 * The end-market price the market role may set, and how demand answers it.
 *
 * @param elasticityPercent demand falls by this many percent for each percent the price is above
 *     the reference (and rises likewise below it); linear, never below zero
 * @param maxStep the most the price may move from one turn to the next (0 = no limit)
 */
public record PriceBand(long reference, long min, long max, int elasticityPercent, long maxStep) {

    public PriceBand(long reference, long min, long max, int elasticityPercent) {
        this(reference, min, max, elasticityPercent, 0);
    }

    /** The lowest price allowed on the next turn from {@code current}: the band, narrowed by the step. */
    public long lowestAfter(long current) {
        return maxStep > 0 ? Math.max(min, current - maxStep) : min;
    }

    /** The highest price allowed on the next turn from {@code current}. */
    public long highestAfter(long current) {
        return maxStep > 0 ? Math.min(max, current + maxStep) : max;
    }

    public boolean fixed() {
        return min == max;
    }
}
