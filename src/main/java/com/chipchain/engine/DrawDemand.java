package com.chipchain.engine;

/**
 * Step 3: end-customer demand for this turn = base curve x active demand shifts x price response
 * x seeded noise; it joins the market role's backlog. The market role's price decision takes
 * effect here. The same demand at the reference price is recorded too: fill rate is measured
 * against it, so a high price cannot buy a high fill rate. Buyers outside the chain draw their
 * demand for the turn as well.
 */
final class DrawDemand implements TurnStep {

    private static final long NOISE_SCALE = 1_000_000;
    /** Noise streams of the other buyers, one per role, after the end-demand stream. */
    static final int OTHER_BUYERS_STREAM_BASE = 100;

    @Override
    public void apply(TurnWork work) {
        Board board = work.board;
        Market market = work.scenario.market();
        int marketRole = market.role();
        Decision decision = work.decisions[marketRole];
        if (decision.price() != Decision.KEEP_PRICE) {
            board.price = decision.price();
        }
        long demand = demandOn(board, market, work.turn);
        // at the reference price the two draws are the same number: skip the second
        long reference = board.price == market.price().reference() ? demand
                : demandAt(board, market, work.turn, market.price().reference());
        work.marketDemand = demand;
        work.marketReferenceDemand = reference;
        work.demandReceived[marketRole] += demand;
        board.marketDemandTotal += demand;
        board.marketReferenceDemandTotal += reference;
        if (demand > 0) {
            board.backlog.get(marketRole).add(
                    new BacklogLine(BacklogLine.MARKET, market.product(), -1, demand, false, work.turn));
        }
        for (int role = 0; role < work.scenario.roles().size(); role++) {
            OtherBuyers others = work.scenario.role(role).otherBuyers();
            if (others != null) {
                long wanted = noisy(board.seed, work.turn, OTHER_BUYERS_STREAM_BASE + role, others.baseDemandOn(work.turn),
                        others.noisePercent());
                work.otherDemand[role] = wanted;
                board.otherDemandHistory[board.historyIndex(role, work.turn)] = wanted;
            }
        }
    }

    static long demandOn(Board board, Market market, int turn) {
        return demandAt(board, market, turn, board.price);
    }

    private static long demandAt(Board board, Market market, int turn, long price) {
        long demand = market.baseDemandOn(turn);
        for (int i = 0; i < board.shifts.size(); i++) {
            demand = demand * (100 + board.shifts.get(i).percent()) / 100;
        }
        PriceBand band = market.price();
        if (band.elasticityPercent() != 0 && band.reference() > 0) {
            long scale = 100 * band.reference();
            long factor = scale - (long) band.elasticityPercent() * (price - band.reference());
            demand = Math.max(0, demand * Math.max(0, factor) / scale);
        }
        return noisy(board.seed, turn, GameRandom.DEMAND_STREAM, demand, market.noisePercent());
    }

    /** demand x (1 + noise% x (u1 + u2 - 1)), u uniform from the seed: a triangular swing of at most noise%. */
    private static long noisy(long seed, int turn, int stream, long demand, int noisePercent) {
        if (noisePercent <= 0) {
            return demand;
        }
        long u1 = GameRandom.below(seed, turn, stream, 0, NOISE_SCALE + 1);
        long u2 = GameRandom.below(seed, turn, stream, 1, NOISE_SCALE + 1);
        long swing = u1 + u2 - NOISE_SCALE;
        return Math.max(0, demand + demand * noisePercent * swing / (100 * NOISE_SCALE));
    }
}
