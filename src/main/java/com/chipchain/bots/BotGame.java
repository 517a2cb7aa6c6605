package com.chipchain.bots;

import com.chipchain.engine.Decision;
import com.chipchain.engine.GameLog;
import com.chipchain.engine.GameState;
import com.chipchain.engine.Scenario;
import com.chipchain.engine.SeatView;
import com.chipchain.engine.TurnResolver;
import com.chipchain.engine.TurnResult;
import java.util.ArrayList;
import java.util.List;

/** A game where every seat is played by a policy: for the CLI, benchmarks, Monte Carlo and shadow chains. */
public final class BotGame {

    private BotGame() {}

    /** The played game: every turn's result and the log that replays it. */
    public record Played(List<TurnResult> turns, GameLog log) {
        public GameState finalState() {
            return turns.get(turns.size() - 1).next();
        }

        /** The state after the turns played (the start when none was). */
        public GameState stateOr(GameState start) {
            return turns.isEmpty() ? start : finalState();
        }
    }

    /** Plays the whole game; {@code policies} has one policy per role, in role order. */
    public static Played play(Scenario scenario, long seed, List<SeatPolicy> policies, boolean sharedDemand) {
        return play(scenario, seed, policies, sharedDemand, turn -> List.of(), scenario.turnCount());
    }

    /** Plays up to and including {@code lastTurn}, with the facilitator's events on their turns. */
    public static Played play(Scenario scenario, long seed, List<SeatPolicy> policies, boolean sharedDemand,
                              java.util.function.IntFunction<List<com.chipchain.engine.GameEvent>> injectedOnTurn, int lastTurn) {
        GameState state = GameState.start(scenario, seed);
        List<TurnResult> results = new ArrayList<>(scenario.turnCount());
        List<GameLog.LoggedTurn> logged = new ArrayList<>(scenario.turnCount());
        while (!state.finished() && state.turn() <= lastTurn) {
            List<Decision> decisions = new ArrayList<>(policies.size());
            for (int role = 0; role < policies.size(); role++) {
                decisions.add(policies.get(role).decide(new SeatView(state, role, sharedDemand)));
            }
            List<com.chipchain.engine.GameEvent> injected = injectedOnTurn.apply(state.turn());
            TurnResult result = TurnResolver.resolve(state, decisions, injected);
            logged.add(new GameLog.LoggedTurn(state.turn(), decisions, injected));
            results.add(result);
            state = result.next();
        }
        List<String> names = policies.stream().map(SeatPolicy::name).toList();
        return new Played(results, new GameLog(scenario.id(), scenario.version(), seed, names, logged));
    }

    /** The final state only, with no log or reports kept: the fast path for sweeps. */
    public static GameState playQuietly(Scenario scenario, long seed, List<SeatPolicy> policies) {
        return TurnResolver.playNew(scenario, seed, policies, false);
    }
}
