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
            new ApplyContracts(),
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
        Decision[] played = checked(state, decisions);
        Board board = state.boardCopy();
        TurnWork work = new TurnWork(board, played, injected);
        runSteps(work);
        TurnReport report = SettleAccounts.report(work);
        board.turn++;
        return new TurnResult(GameState.of(board), report);
    }

    /**
     * Plays the rest of the game with every seat decided by {@code makers} (one per role), and
     * returns only the final state: the fast path for Monte Carlo sweeps and benchmarks. The same
     * steps and rules as {@link #resolve}, but the board is changed in place and no reports are
     * kept, so a view handed to a maker is valid only while it decides.
     */
    public static GameState playOut(GameState start, List<? extends DecisionMaker> makers, boolean sharedDemand) {
        return playOut(start, makers, sharedDemand, turn -> List.of());
    }

    /** {@link #playOut(GameState, List, boolean)} with facilitator events injected on their turns. */
    public static GameState playOut(GameState start, List<? extends DecisionMaker> makers, boolean sharedDemand,
                                    java.util.function.IntFunction<List<GameEvent>> injectedOnTurn) {
        return playOut(start, makers, sharedDemand, injectedOnTurn, start.scenario().turnCount());
    }

    /** {@link #playOut(GameState, List, boolean, java.util.function.IntFunction)} up to and including {@code lastTurn}. */
    public static GameState playOut(GameState start, List<? extends DecisionMaker> makers, boolean sharedDemand,
                                    java.util.function.IntFunction<List<GameEvent>> injectedOnTurn, int lastTurn) {
        return playOnBoard(start.boardCopy(), makers, sharedDemand, injectedOnTurn, lastTurn);
    }

    /**
     * A whole new game on (scenario, seed) played out: the same as {@code playOut(GameState.start(scenario, seed), ...)}
     * without copying a start state nobody else will see (a sweep plays millions of these).
     */
    public static GameState playNew(Scenario scenario, long seed, List<? extends DecisionMaker> makers, boolean sharedDemand) {
        return playNew(scenario, seed, makers, sharedDemand, turn -> List.of(), scenario.turnCount());
    }

    /** {@link #playNew(Scenario, long, List, boolean)} with facilitator events, up to and including {@code lastTurn}. */
    public static GameState playNew(Scenario scenario, long seed, List<? extends DecisionMaker> makers, boolean sharedDemand,
                                    java.util.function.IntFunction<List<GameEvent>> injectedOnTurn, int lastTurn) {
        return playOnBoard(Board.initial(scenario, seed), makers, sharedDemand, injectedOnTurn, lastTurn);
    }

    private static GameState playOnBoard(Board board, List<? extends DecisionMaker> makers, boolean sharedDemand,
                                         java.util.function.IntFunction<List<GameEvent>> injectedOnTurn, int lastTurn) {
        GameState live = GameState.of(board);
        Scenario scenario = board.scenario;
        int roles = scenario.roles().size();
        Decision[] decisions = new Decision[roles];
        List<Decision> asList = java.util.Arrays.asList(decisions);
        Decision[] played = new Decision[roles];
        List<Violation> violations = new java.util.ArrayList<>();
        SeatView[] views = new SeatView[roles];
        for (int role = 0; role < roles; role++) {
            views[role] = new SeatView(live, role, sharedDemand);
        }
        TurnWork work = null;
        while (!live.finished() && board.turn <= lastTurn) {
            for (int role = 0; role < roles; role++) {
                decisions[role] = makers.get(role).decide(views[role]);
            }
            check(live, asList, played, violations);
            List<GameEvent> injected = injectedOnTurn.apply(board.turn);
            if (work == null) {
                work = new TurnWork(board, played, injected);
            } else {
                work.reset(played, injected);
            }
            runSteps(work);
            board.turn++;
        }
        return GameState.of(board);
    }

    private static void runSteps(TurnWork work) {
        for (TurnStep step : STEPS) {
            step.apply(work);
        }
    }

    /** The decisions that will be played: the scenario's on opening turns, else the given ones, each checked. */
    private static Decision[] checked(GameState state, List<Decision> decisions) {
        Decision[] played = new Decision[state.scenario().roles().size()];
        check(state, decisions, played, new java.util.ArrayList<>());
        return played;
    }

    /** {@link #checked} into arrays the caller reuses turn after turn. */
    private static void check(GameState state, List<Decision> decisions, Decision[] played, List<Violation> violations) {
        Scenario scenario = state.scenario();
        if (state.finished()) {
            throw new IllegalStateException("the game is over after turn " + scenario.turnCount());
        }
        int roles = scenario.roles().size();
        if (decisions.size() != roles) {
            throw new IllegalArgumentException("need " + roles + " decisions, got " + decisions.size());
        }
        for (int role = 0; role < roles; role++) {
            played[role] = state.turn() <= scenario.openingTurns()
                    ? scenario.openingDecisionOn(role, state.turn())
                    : decisions.get(role);
            violations.clear();
            DecisionRules.checkInto(state, role, played[role], violations);
            if (!violations.isEmpty()) {
                throw new InvalidDecisionException(role, List.copyOf(violations));
            }
        }
    }
}
