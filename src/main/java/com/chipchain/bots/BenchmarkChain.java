package com.chipchain.bots;

import com.chipchain.engine.GameEvent;
import com.chipchain.engine.GameState;
import com.chipchain.engine.Scenario;
import com.chipchain.engine.Scores;
import com.chipchain.engine.TurnResolver;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The shadow chain every game is compared with: reference bots play the same scenario with the
 * same seed and the same facilitator events, so a score reads as "x % better than the bots".
 */
public final class BenchmarkChain {

    /** The reference policy: order-up-to bots with the scenario's tuned benchmark rule (docs/bots.md). */
    public static final String REFERENCE_POLICY = Policies.BENCHMARK;

    private BenchmarkChain() {}

    public static Scores play(Scenario scenario, long seed, IntFunction<List<GameEvent>> injectedOnTurn) {
        return play(scenario, seed, injectedOnTurn, scenario.turnCount());
    }

    /** The benchmark's scores after {@code turns} turns: what a session in progress is compared with. */
    public static Scores play(Scenario scenario, long seed, IntFunction<List<GameEvent>> injectedOnTurn, int turns) {
        return play(scenario, seed, injectedOnTurn, turns, REFERENCE_POLICY);
    }

    /** The scores after {@code turns} turns of a chain with {@code policy} in every seat (the cooperating chain, say). */
    public static Scores play(Scenario scenario, long seed, IntFunction<List<GameEvent>> injectedOnTurn, int turns, String policy) {
        List<SeatPolicy> bots = new ArrayList<>();
        for (int role = 0; role < scenario.roles().size(); role++) {
            bots.add(Policies.byName(policy, scenario));
        }
        GameState end = TurnResolver.playNew(scenario, seed, bots, false, injectedOnTurn, turns);
        return Scores.of(end);
    }

    /** The benchmark chain played to the end of the game: the final state, for scores and bullwhip. */
    public static GameState playToEnd(Scenario scenario, long seed) {
        List<SeatPolicy> bots = new ArrayList<>();
        for (int role = 0; role < scenario.roles().size(); role++) {
            bots.add(Policies.byName(REFERENCE_POLICY, scenario));
        }
        return TurnResolver.playNew(scenario, seed, bots, false);
    }

    /** The benchmark chain turn by turn (reports and decisions), for the debrief's dashed lines. */
    public static BotGame.Played playWithReports(Scenario scenario, long seed, IntFunction<List<GameEvent>> injectedOnTurn,
                                                 int turns) {
        List<SeatPolicy> bots = new ArrayList<>();
        for (int role = 0; role < scenario.roles().size(); role++) {
            bots.add(Policies.byName(REFERENCE_POLICY, scenario));
        }
        return BotGame.play(scenario, seed, bots, false, injectedOnTurn, turns);
    }

    /**
     * How much better a score is than the benchmark's, in percent of the benchmark's size
     * (negative = worse); null when the benchmark is zero.
     */
    public static Double percentBetter(long score, long benchmark) {
        if (benchmark == 0) {
            return null;
        }
        return 100.0 * (score - benchmark) / Math.abs(benchmark);
    }
}
