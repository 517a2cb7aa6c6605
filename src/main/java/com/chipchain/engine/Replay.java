package com.chipchain.engine;

import java.util.ArrayList;
import java.util.List;

/** Plays a game log again on its scenario. */
public final class Replay {

    private Replay() {}

    /** Every turn's result, in order; the last one holds the final state. */
    public static List<TurnResult> play(Scenario scenario, GameLog log) {
        if (!scenario.id().equals(log.scenarioId()) || scenario.version() != log.scenarioVersion()) {
            throw new IllegalArgumentException("the log is for scenario " + log.scenarioId() + " version "
                    + log.scenarioVersion() + ", not " + scenario.id() + " version " + scenario.version());
        }
        GameState state = GameState.start(scenario, log.seed());
        List<TurnResult> results = new ArrayList<>(log.turns().size());
        for (GameLog.LoggedTurn turn : log.turns()) {
            if (turn.turn() != state.turn()) {
                throw new IllegalArgumentException("the log jumps from turn " + state.turn() + " to turn " + turn.turn());
            }
            TurnResult result = TurnResolver.resolve(state, turn.decisions(), turn.injected());
            results.add(result);
            state = result.next();
        }
        return results;
    }
}
