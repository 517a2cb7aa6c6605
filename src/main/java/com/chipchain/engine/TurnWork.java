package com.chipchain.engine;

import java.util.ArrayList;
import java.util.List;

/** Everything one turn's steps share: the board being changed, the decisions, and the counters for the report. */
final class TurnWork {
    final Board board;
    final Scenario scenario;
    int turn;
    Decision[] decisions;
    List<GameEvent> injected;
    final List<GameEvent> applied = new ArrayList<>();
    final Ledger[] ledgers;

    final long[] demandReceived;
    final long[] ordersPlaced;
    final long[] shipped;
    final long[] owedBeforeShipping;
    final long[] shippedValue;
    final long[] shippedUsValue;
    final long[] started;
    final long[] scrapped;
    final long[] siteStarted;
    final long[] siteShipped;
    long marketDemand;
    long marketReferenceDemand;
    long marketLost;
    long marketDelivered;
    final long[] otherDemand;
    final long[] otherSold;
    /** Units the premium was paid on this turn, per running contract (board order). */
    long[] contractUnitsPaid = NO_CONTRACTS;
    private static final long[] NO_CONTRACTS = new long[0];
    /** The per-role and per-site counters above, zeroed together by {@link #reset}. */
    private final long[][] counters;

    TurnWork(Board board, Decision[] decisions, List<GameEvent> injected) {
        this.board = board;
        this.scenario = board.scenario;
        this.turn = board.turn;
        this.decisions = decisions;
        this.injected = injected;
        int roles = scenario.roles().size();
        int sites = scenario.sites().size();
        ledgers = new Ledger[roles];
        for (int r = 0; r < roles; r++) {
            ledgers[r] = new Ledger();
        }
        demandReceived = new long[roles];
        ordersPlaced = new long[roles];
        shipped = new long[roles];
        owedBeforeShipping = new long[roles];
        shippedValue = new long[roles];
        shippedUsValue = new long[roles];
        started = new long[roles];
        scrapped = new long[roles];
        siteStarted = new long[sites];
        siteShipped = new long[sites];
        otherDemand = new long[roles];
        otherSold = new long[roles];
        counters = new long[][] {demandReceived, ordersPlaced, shipped, owedBeforeShipping, shippedValue,
                shippedUsValue, started, scrapped, siteStarted, siteShipped, otherDemand, otherSold};
    }

    /** Makes this work area ready for the board's next turn (the play-out fast path reuses one). */
    void reset(Decision[] nextDecisions, List<GameEvent> nextInjected) {
        turn = board.turn;
        decisions = nextDecisions;
        injected = nextInjected;
        applied.clear();
        for (Ledger ledger : ledgers) {
            ledger.clear();
        }
        for (long[] counter : counters) {
            java.util.Arrays.fill(counter, 0);
        }
        contractUnitsPaid = NO_CONTRACTS;
        marketDemand = 0;
        marketReferenceDemand = 0;
        marketLost = 0;
        marketDelivered = 0;
    }
}
