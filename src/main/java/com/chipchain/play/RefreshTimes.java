package com.chipchain.play;

import java.util.Arrays;

/**
 * The last few thousand "change published -> screen redrawn" times of this node, in milliseconds:
 * what the load harness reads for its server-side figure (docs/performance.md). Recording costs a
 * lock and an array write, nothing that grows.
 */
public final class RefreshTimes {

    /** Percentiles of the recorded times, in milliseconds. */
    public record Summary(int count, double p50, double p95, double max) {}

    private final long[] nanos;
    private int next;
    private int count;

    RefreshTimes(int capacity) {
        nanos = new long[capacity];
    }

    synchronized void record(long elapsedNanos) {
        nanos[next] = elapsedNanos;
        next = (next + 1) % nanos.length;
        count = Math.min(count + 1, nanos.length);
    }

    public synchronized void clear() {
        next = 0;
        count = 0;
    }

    public synchronized Summary summary() {
        if (count == 0) {
            return new Summary(0, 0, 0, 0);
        }
        long[] sorted = Arrays.copyOf(count == nanos.length ? nanos : Arrays.copyOf(nanos, count), count);
        Arrays.sort(sorted);
        return new Summary(count, millis(sorted, 50), millis(sorted, 95), sorted[count - 1] / 1e6);
    }

    private static double millis(long[] sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }
}
