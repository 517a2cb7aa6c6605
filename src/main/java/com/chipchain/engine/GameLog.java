package com.chipchain.engine;

import java.util.List;

/**
 * A whole game as its inputs: scenario id and version, seed, and per turn every seat's decision
 * and the facilitator's injected events. Replaying it gives the same game, bit for bit.
 *
 * @param seats who played each seat (a policy name or "human"), for the record only
 */
public record GameLog(String scenarioId, int scenarioVersion, long seed, List<String> seats, List<LoggedTurn> turns) {

    public GameLog {
        seats = List.copyOf(seats);
        turns = List.copyOf(turns);
    }

    /** The inputs of one turn. */
    public record LoggedTurn(int turn, List<Decision> decisions, List<GameEvent> injected) {
        public LoggedTurn {
            decisions = List.copyOf(decisions);
            injected = List.copyOf(injected);
        }
    }
}
