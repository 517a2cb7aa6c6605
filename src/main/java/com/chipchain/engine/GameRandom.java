package com.chipchain.engine;

/**
 * The only source of chance in the engine. Every draw is a pure function of (game seed, turn,
 * stream, index), so a turn's randomness never depends on how many draws came before it, and
 * every chain of a session draws the same shocks and noise.
 */
public final class GameRandom {

    public static final int DEMAND_STREAM = 1;
    public static final int SHOCK_STREAM_BASE = 1000;

    private GameRandom() {}

    /** A well-mixed 64-bit value (SplitMix64 finaliser). */
    public static long draw(long seed, int turn, int stream, int index) {
        long z = seed * 0x9E3779B97F4A7C15L + turn;
        z = mix(z) + stream * 0xBF58476D1CE4E5B9L;
        z = mix(z) + index * 0x94D049BB133111EBL;
        return mix(z);
    }

    /** A uniform whole number in [0, bound). */
    public static long below(long seed, int turn, int stream, int index, long bound) {
        return Long.remainderUnsigned(draw(seed, turn, stream, index), bound);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
