package com.chipchain.engine;

import java.util.List;

/**
 * Resolves one turn: {@code resolve(state, decisions, injected events) -> next state + report}.
 * Pure and deterministic: the same inputs always give the same result, bit for bit.
 */
public final class TurnResolver {

    /** The turn order of GAME.md section 3, one step each, never reordered. */
    static final List<TurnStep> STEPS = List.of(
            new ApplyEvents(),
            new LandArrivals(),
            new DrawDemand(),
            new ReceiveOrders(),
            new ShipAgainstBacklog(),
            new StartProduction(),
            new PlaceOrders(),
            new Invest(),
            new SettleAccounts());

    private TurnResolver() {}

    public static TurnResult resolve(GameState state, List<Decision> decisions) {
        return resolve(state, decisions, List.of());
    }

    /**
     * @param decisions one per role, in role order
     * @param injected facilitator events that take effect this turn, after the timeline's
     * @throws InvalidDecisionException when a decision breaks a rule (validate first)
     * @throws IllegalStateException when the game is already over
     */
    public static TurnResult resolve(GameState state, List<Decision> decisions, List<GameEvent> injected) {
        Scenario scenario = state.scenario();
        if (state.finished()) {
            throw new IllegalStateException("the game is over after turn " + scenario.turnCount());
        }
        int roles = scenario.roles().size();
        if (decisions.size() != roles) {
            throw new IllegalArgumentException("need " + roles + " decisions, got " + decisions.size());
        }
        Decision[] played = new Decision[roles];
        for (int role = 0; role < roles; role++) {
            played[role] = state.turn() <= scenario.openingTurns()
                    ? scenario.openingDecisions().get(role).forTurn(state.turn())
                    : decisions.get(role);
            List<Violation> violations = DecisionRules.validate(state, role, played[role]);
            if (!violations.isEmpty()) {
                throw new InvalidDecisionException(role, violations);
            }
        }
        Board board = state.boardCopy();
        TurnWork work = new TurnWork(board, played, injected);
        for (TurnStep step : STEPS) {
            step.apply(work);
        }
        TurnReport report = SettleAccounts.report(work);
        board.turn++;
        return new TurnResult(GameState.of(board), report);
    }
}
