package com.chipchain.engine;

/**
 * One site at the end of a turn.
 *
 * @param inventory units on hand by product index
 * @param usableCapacity capacity after active disruptions
 * @param inProduction good units in production here, not yet ready
 * @param building capacity under construction here
 */
public record SiteReport(
        int site,
        long[] inventory,
        long capacity,
        long usableCapacity,
        long inProduction,
        long building,
        long started,
        long shipped) {}
