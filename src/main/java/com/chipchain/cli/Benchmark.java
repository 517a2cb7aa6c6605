package com.chipchain.cli;

import com.chipchain.bots.BotGame;
import com.chipchain.bots.Policies;
import com.chipchain.bots.SeatPolicy;
import com.chipchain.engine.GameState;
import com.chipchain.engine.Scenario;
import com.chipchain.scenario.InvalidScenarioException;
import com.chipchain.scenario.ScenarioFiles;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A single-threaded throughput harness (docs/performance.md): warms the JIT up, then times
 * bots-only games of the classic beer game and of the flagship scenario, several rounds each,
 * and prints the median. Not a test: figures depend on the machine.
 */
final class Benchmark {

    private static final int ROUNDS = 5;

    private Benchmark() {}

    static int run(Arguments arguments, PrintStream out) throws UsageException, InvalidScenarioException {
        long flagshipGames = arguments.number("games", 10_000);
        long classicTurns = arguments.number("turns", 3_600_000);
        if (flagshipGames < 1 || flagshipGames > 10_000_000) {
            throw new UsageException("--games must be from 1 to 10,000,000");
        }
        if (classicTurns < 36 || classicTurns > 1_000_000_000) {
            throw new UsageException("--turns must be from 36 to 1,000,000,000");
        }
        Scenario classic = ScenarioFiles.byId("classic-beer-game");
        Scenario flagship = ScenarioFiles.byId("made-in-america-2025");

        long classicGames = Math.max(1, classicTurns / classic.turnCount());
        out.println("Warming up...");
        sweep(classic, classicGames / 4, "naive");
        sweep(flagship, flagshipGames / 4, "naive");

        for (String policy : List.of("naive", "hold")) {
            double[] classicSeconds = rounds(classic, classicGames, policy);
            double turnsPerSecond = classicGames * classic.turnCount() / median(classicSeconds);
            out.printf("classic-beer-game, %s bots: %,d games x %d turns per round, median %.3f s -> %,.0f turns/s%n",
                    policy, classicGames, classic.turnCount(), median(classicSeconds), turnsPerSecond);
        }

        for (String policy : List.of("naive", "hold")) {
            double[] flagshipSeconds = rounds(flagship, flagshipGames, policy);
            out.printf("made-in-america-2025, %s bots: %,d games x %d turns, median %.3f s (%,.0f games/s)%n",
                    policy, flagshipGames, flagship.turnCount(), median(flagshipSeconds), flagshipGames / median(flagshipSeconds));
        }
        // the games the rule searches play (tune, balance --search): the benchmark bot in every seat
        long searchGames = Math.max(1, flagshipGames / 5);
        sweep(flagship, searchGames / 4, Policies.BENCHMARK);
        double[] benchmarkSeconds = rounds(flagship, searchGames, Policies.BENCHMARK);
        out.printf("made-in-america-2025, benchmark bots: %,d games x %d turns, median %.3f s (%,.0f games/s)%n",
                searchGames, flagship.turnCount(), median(benchmarkSeconds), searchGames / median(benchmarkSeconds));
        return Cli.OK;
    }

    private static double[] rounds(Scenario scenario, long games, String policy) {
        double[] seconds = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            sweep(scenario, games, policy);
            seconds[i] = (System.nanoTime() - start) / 1e9;
        }
        return seconds;
    }

    /** Plays games with seeds 1..games; returns a checksum so the JIT cannot drop the work. */
    static long sweep(Scenario scenario, long games, String policy) {
        List<SeatPolicy> policies = new ArrayList<>();
        for (int r = 0; r < scenario.roles().size(); r++) {
            policies.add(Policies.byName(policy, scenario));
        }
        long checksum = 0;
        for (long seed = 1; seed <= games; seed++) {
            GameState end = BotGame.playQuietly(scenario, seed, policies);
            checksum += end.cash(0);
        }
        return checksum;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
