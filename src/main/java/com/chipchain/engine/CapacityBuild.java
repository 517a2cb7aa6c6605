package com.chipchain.engine;

/**
 * How a site can grow: capacity ordered on turn t is usable from turn t + leadTime.
 *
 * @param capexPerUnit money (minor units) per unit of capacity, paid when ordered
 * @param maxPerTurn largest build one decision may order at this site
 * @param fromTurn first turn on which a build may be ordered (e.g. when a plant site opens)
 */
public record CapacityBuild(int leadTime, long capexPerUnit, long maxPerTurn, int fromTurn) {}
