package com.chipchain.engine;

import java.util.List;

/**
 * One seat's key figures for one turn (the KPIs of GAME.md section 5).
 *
 * @param demandReceived units ordered from this seat that reached it this turn (end demand for the market role)
 * @param ordersPlaced units ordered upstream this turn; for a role without suppliers, production requested
 * @param owed units owed before shipping (backlog plus new orders), the base of the fill rate
 * @param inventory units on hand at all own sites, all products
 * @param backlog units still owed after shipping
 * @param otherDemand units buyers outside the chain wanted from this seat this turn
 * @param otherSold units this seat sold to them (not counted in {@code shipped})
 */
public record SeatReport(
        int role,
        long demandReceived,
        long ordersPlaced,
        long owed,
        long shipped,
        long productionStarted,
        long scrapped,
        long inventory,
        long backlog,
        CostBreakdown costs,
        long cash,
        long fundBalance,
        long shippedValue,
        long shippedUsValue,
        List<SiteReport> sites,
        long otherDemand,
        long otherSold) {

    public SeatReport {
        sites = List.copyOf(sites);
    }

    /** Share of the reference value shipped this turn that was made in US sites (0 when nothing shipped). */
    public double usContentShare() {
        return shippedValue == 0 ? 0 : (double) shippedUsValue / shippedValue;
    }

    /** Share of what was owed this turn that shipped (1 when nothing was owed). */
    public double fillRate() {
        return owed == 0 ? 1 : (double) shipped / owed;
    }
}
