package com.chipchain.engine;

/**
 * At game start, goods of {@code product} from {@code origin} arriving at a US site pay this rate
 * (with {@code onContent}: on the non-US value of the tracked inputs inside, docs/rules.md).
 */
public record TariffRule(int product, String origin, int basisPoints, boolean onContent) {

    public TariffRule(int product, String origin, int basisPoints) {
        this(product, origin, basisPoints, false);
    }
}
