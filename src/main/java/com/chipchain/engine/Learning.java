package com.chipchain.engine;

/**
 * A learning curve: a new site's yield rises with the units it has started so far,
 * {@code yield = full - (full - start) x halfGapUnits / (halfGapUnits + unitsStartedBefore)},
 * so after {@code halfGapUnits} units half the gap to full yield is closed (docs/rules.md).
 */
public record Learning(int startPercent, int fullPercent, long halfGapUnits) {

    public int yieldPercent(long unitsStartedBefore) {
        long gap = fullPercent - startPercent;
        return (int) (fullPercent - gap * halfGapUnits / (halfGapUnits + Math.max(0, unitsStartedBefore)));
    }
}
