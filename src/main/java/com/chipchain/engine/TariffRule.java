package com.chipchain.engine;

/** At game start, goods of {@code product} from {@code origin} arriving at a US site pay this rate. */
public record TariffRule(int product, String origin, int basisPoints) {}
