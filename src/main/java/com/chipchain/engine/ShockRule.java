package com.chipchain.engine;

/**
 * A random shock: on each turn in [fromTurn, toTurn] it fires with probability permille/1000,
 * at most maxTimes per game, with a size drawn uniformly from [sizeMin, sizeMax]. The draw uses
 * only the game seed, the turn and the shock's position, so every chain of a session sees the
 * same shocks.
 */
public record ShockRule(
        String id,
        int fromTurn,
        int toTurn,
        int permille,
        int maxTimes,
        EventEffect effect,
        long sizeMin,
        long sizeMax,
        Text news) {}
