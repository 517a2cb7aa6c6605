package com.chipchain.engine;

/** From {@code fromTurn} on, {@code percent} of the units a site starts come out good. */
public record YieldStep(int fromTurn, int percent) {}
