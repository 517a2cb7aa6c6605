package com.chipchain.bots;

/**
 * How a bot keeps one stock topped up: the anchoring-and-adjustment rule of Sterman (1989).
 *
 * <pre>
 *   expected demand  D^ = theta x last demand + (1 - theta) x previous D^      (anchor: the opening flow)
 *   order            O  = max(0, D^ + alphaS x (goal - stock - beta x supplyLine))
 * </pre>
 *
 * With {@code alphaS = 1} and {@code beta = 1} it is the order-up-to (base-stock) policy:
 * {@code O = D^ + goal - inventory position}, where the goal covers the lead time.
 *
 * @param theta weight of the newest demand in the forecast (demand smoothing)
 * @param alphaS share of the stock gap closed each turn (stock adjustment)
 * @param beta weight given to the supply line (orders placed, not yet received)
 * @param stockTurns Sterman: the stock goal S' in turns of the opening flow (S' = 17 cases = 4.25 x 4);
 *     order-up-to: the safety stock in turns of expected demand; NaN = the seat's opening stock
 *     in turns of its opening flow, so a bot starts where the scenario starts
 * @param orderUpTo when true the goal is the inventory position covering the lead time plus the
 *     safety stock, at the expected demand; when false it is the fixed stock goal S' (Sterman)
 */
record StockRule(double theta, double alphaS, double beta, double stockTurns, boolean orderUpTo) {

    /** Sterman (1989), Table 2: the means of the parameters estimated from 44 players (theta 0.36, alphaS 0.26, beta 0.34, S' 17). */
    static final StockRule STERMAN_MEAN = new StockRule(0.36, 0.26, 0.34, 17.0 / 4.0, false);

    /**
     * Order-up-to with lead-time cover and the whole supply line counted; half the gap to the
     * level is ordered each turn, because full adjustment makes multi-stage networks with inputs
     * oscillate every other turn (measured on the flagship, docs/balance.md).
     */
    static final StockRule BASE_STOCK = new StockRule(0.4, 0.5, 1.0, Double.NaN, true);

    /** Exponentially smoothed demand over the history, starting from the anchor. */
    double forecast(long[] demandHistory, double anchor) {
        double expected = anchor;
        for (long demand : demandHistory) {
            expected = theta * demand + (1 - theta) * expected;
        }
        return expected;
    }

    /**
     * @param expected the expected use of this stock per turn
     * @param anchor the opening flow, which sizes the stock goal
     * @param openingTurns the seat's opening stock in turns of its opening flow (used when stockTurns is NaN)
     * @param stock on hand minus owed
     * @param supplyLine ordered (or started) and not yet received
     * @param leadTime turns from this decision until what it orders arrives
     */
    long order(double expected, double anchor, double openingTurns, long stock, long supplyLine, int leadTime) {
        double turns = Double.isNaN(stockTurns) ? openingTurns : stockTurns;
        // order-up-to: the supply line the lead time needs at the expected demand, plus a fixed safety stock
        double goal = orderUpTo ? expected * leadTime + turns * anchor : turns * anchor;
        double indicated = expected + alphaS * (goal - stock - beta * supplyLine);
        return Math.max(0, Math.round(indicated));
    }

    StockRule with(PolicySpec spec) {
        return new StockRule(spec.number("theta", theta), spec.number("alphaS", alphaS), spec.number("beta", beta),
                spec.number("stockTurns", stockTurns), orderUpTo);
    }
}
