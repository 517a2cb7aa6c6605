package com.chipchain.play;

import com.chipchain.bots.BenchmarkChain;
import java.math.BigDecimal;

/**
 * A score beside the benchmark's on the same seed and events, in the form a student can read
 * (docs/rules.md, "Scoring"): in a scenario scored by costs (no prices, the beer game) both are
 * costs, lower is better, and they differ in money; in a profit scenario the difference is a
 * percentage only when the benchmark's profit is positive and the two are within a factor of two
 * of each other, else money; a score equal to the benchmark's is "the same as the benchmark"; a
 * seat played by the benchmark's own bot is "the benchmark bot" (its score still moves with the
 * teams around it).
 *
 * @param score the team's profit or the chain's score, as the engine keeps it (a cost is negative)
 * @param benchmark the benchmark's on the same seed and events, or null when there is none
 * @param costs whether the scenario scores costs
 * @param benchmarkItself whether the seat is played by the benchmark's own bot
 */
public record Versus(BigDecimal score, BigDecimal benchmark, boolean costs, boolean benchmarkItself) {

    /** How the comparison is written. */
    public enum Reading { NONE, BENCHMARK_BOT, SAME, PERCENT, MONEY }

    static Versus of(long score, Long benchmark, boolean costs, boolean benchmarkItself) {
        return new Versus(BigDecimal.valueOf(score, 2), benchmark == null ? null : BigDecimal.valueOf(benchmark, 2), costs,
                benchmarkItself);
    }

    public Reading reading() {
        if (benchmark == null) {
            return Reading.NONE;
        }
        if (benchmarkItself) {
            return Reading.BENCHMARK_BOT;
        }
        if (score.compareTo(benchmark) == 0) {
            return Reading.SAME;
        }
        boolean meaningfulBase = !costs && benchmark.signum() > 0 && score.subtract(benchmark).abs().compareTo(benchmark) <= 0;
        return meaningfulBase ? Reading.PERCENT : Reading.MONEY;
    }

    /** What a screen prints as the score: a cost as a positive amount, a profit as it is. */
    public BigDecimal shown() {
        return costs ? score.negate() : score;
    }

    /** The benchmark's score as a screen prints it. */
    public BigDecimal benchmarkShown() {
        return benchmark == null ? null : costs ? benchmark.negate() : benchmark;
    }

    /** Whether the score beats the benchmark (a higher profit, a lower cost: the same thing here). */
    public boolean better() {
        return benchmark != null && score.compareTo(benchmark) > 0;
    }

    /** How far apart the two are, in money (never negative). */
    public BigDecimal gap() {
        return benchmark == null ? BigDecimal.ZERO : score.subtract(benchmark).abs();
    }

    /** The difference in percent of the benchmark (for {@link Reading#PERCENT}), else null. */
    public Double percent() {
        return reading() == Reading.PERCENT ? BenchmarkChain.percentBetter(score.movePointRight(2).longValueExact(),
                benchmark.movePointRight(2).longValueExact()) : null;
    }

    /** Orders scores from the best against the benchmark down: by the money gap, signed. */
    public double standing() {
        return benchmark == null ? Double.NEGATIVE_INFINITY : score.subtract(benchmark).doubleValue();
    }
}
