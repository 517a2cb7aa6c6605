package com.chipchain.bots;

import com.chipchain.engine.SeatView;

/** How the benchmark's market role sets its price (a habit of the benchmark bots, docs/bots.md). */
final class PriceRule {

    private PriceRule() {}

    /**
     * The market role's price: a step up when customers are owed more than a third of a turn's
     * demand beyond what is on hand, a step down when more than a turn's demand sits unsold, and
     * otherwise a step back towards the reference, never more than two steps from it. Scarcity is
     * priced, gluts are cleared, and the price does not run away.
     */
    static long next(SeatView view, double expected, long onHand) {
        var band = view.scenario().market().price();
        long step = band.maxStep() > 0 ? band.maxStep() : Math.max(1, (band.max() - band.min()) / 10);
        long current = view.price();
        double pressure = (view.backlog() - onHand) / Math.max(1, expected);
        long target;
        if (pressure > 0.33) {
            target = current + step;
        } else if (pressure < -1) {
            target = current - step;
        } else {
            target = current + Long.signum(band.reference() - current) * Math.min(step, Math.abs(band.reference() - current));
        }
        long low = Math.max(band.min(), band.reference() - 2 * step);
        long high = Math.min(band.max(), band.reference() + 2 * step);
        return Math.max(low, Math.min(high, target));
    }
}
