package com.chipchain.bots;

import com.chipchain.engine.SeatView;

/** How the benchmark's market role sets its price (a habit of the benchmark bots, docs/bots.md). */
final class PriceRule {

    private PriceRule() {}

    /**
     * A price rule of backlog and stock: the target price is the reference plus
     * {@code offset + gain x pressure} price steps, at most {@code limit} steps from the reference,
     * where pressure = (owed - on hand) / expected demand; the price moves towards the target by at
     * most a step a turn. offset 2, gain 0 holds the price two steps above the reference.
     */
    record Target(double offset, double gain, double limit) {

        long next(SeatView view, double expected, long onHand) {
            var band = view.scenario().market().price();
            long step = step(band);
            double pressure = (view.backlog() - onHand) / Math.max(1, expected);
            double steps = Math.max(-limit, Math.min(limit, offset + gain * pressure));
            long target = band.reference() + Math.round(steps * step);
            long current = view.price();
            long moved = current + Math.max(-step, Math.min(step, target - current));
            return Math.max(band.min(), Math.min(band.max(), moved));
        }
    }

    /** The band's step, or a tenth of its width when it has none. */
    static long step(com.chipchain.engine.PriceBand band) {
        return band.maxStep() > 0 ? band.maxStep() : Math.max(1, (band.max() - band.min()) / 10);
    }

    /**
     * The market role's price: a step up when customers are owed more than a third of a turn's
     * demand beyond what is on hand, a step down when more than a turn's demand sits unsold, and
     * otherwise a step back towards the reference, never more than two steps from it. Scarcity is
     * priced, gluts are cleared, and the price does not run away.
     */
    static long next(SeatView view, double expected, long onHand) {
        var band = view.scenario().market().price();
        long step = step(band);
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
