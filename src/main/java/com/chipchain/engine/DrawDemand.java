package com.chipchain.engine;

/**
 * Step 3: end-customer demand for this turn = base curve x active demand shifts x price response
 * x seeded noise; it joins the market role's backlog. The market role's price decision takes
 * effect here.
 */
final class DrawDemand implements TurnStep {

    private static final long NOISE_SCALE = 1_000_000;

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
        work.marketDemand = demand;
        work.demandReceived[marketRole] += demand;
        board.marketDemandTotal += demand;
        if (demand > 0) {
            board.backlog.get(marketRole).add(
                    new BacklogLine(BacklogLine.MARKET, market.product(), -1, demand, false, work.turn));
        }
    }

    static long demandOn(Board board, Market market, int turn) {
        long demand = market.baseDemandOn(turn);
        for (Board.ActiveShift shift : board.shifts) {
            demand = demand * (100 + shift.percent()) / 100;
        }
        PriceBand band = market.price();
        if (band.elasticityPercent() != 0 && band.reference() > 0) {
            long scale = 100 * band.reference();
            long factor = scale - (long) band.elasticityPercent() * (board.price - band.reference());
            demand = Math.max(0, demand * Math.max(0, factor) / scale);
        }
        if (market.noisePercent() > 0) {
            long u1 = GameRandom.below(board.seed, turn, GameRandom.DEMAND_STREAM, 0, NOISE_SCALE + 1);
            long u2 = GameRandom.below(board.seed, turn, GameRandom.DEMAND_STREAM, 1, NOISE_SCALE + 1);
            long swing = u1 + u2 - NOISE_SCALE;
            demand = Math.max(0, demand + demand * market.noisePercent() * swing / (100 * NOISE_SCALE));
        }
        return demand;
    }
}
