package com.chipchain.bots;

import com.chipchain.engine.Scenario;
import com.chipchain.engine.SeatView;
import com.chipchain.engine.Site;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where a bot makes things, where it has goods sent, where it builds, and (for the market role)
 * how much it buys US-only and pays into the US partner fund.
 */
enum SiteStrategy {
    /** Cheapest production first; builds at the cheapest site when capacity runs short. */
    COST_FIRST,
    /** US sites first; builds US capacity as soon as it can; buys US-only and funds US partners. */
    RESHORE,
    /** Never uses US sites; builds offshore when capacity runs short. */
    OFFSHORE;

    /** The seat's sites in the order it prefers to produce at and ship to. */
    List<Integer> preferred(Scenario scenario, int[] sites) {
        List<Integer> order = new ArrayList<>();
        for (int site : sites) {
            if (this != OFFSHORE || !scenario.site(site).inUs() || allUs(scenario, sites)) {
                order.add(site);
            }
        }
        Comparator<Integer> byCost = Comparator.comparingLong(site -> scenario.site(site).productionCost());
        if (this == RESHORE) {
            order.sort(Comparator.comparing((Integer site) -> !scenario.site(site).inUs()).thenComparing(byCost));
        } else {
            order.sort(byCost);
        }
        return order;
    }

    private static boolean allUs(Scenario scenario, int[] sites) {
        for (int site : sites) {
            if (!scenario.site(site).inUs()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Capacity to build this turn per own site: the strategy's sites are topped up to
     * {@code capacityCover} x expected demand, counting capacity already being built; a reshorer
     * first builds US sites up to {@code usShare} of that.
     */
    List<long[]> builds(SeatView view, int[] sites, double expected, double capacityCover, double usShare) {
        Scenario scenario = view.scenario();
        List<long[]> builds = new ArrayList<>();
        long total = 0;
        long us = 0;
        for (int site : sites) {
            long here = view.usableCapacity(site) + view.building(site);
            total += here;
            if (scenario.site(site).inUs()) {
                us += here;
            }
        }
        long wanted = Math.round(expected * capacityCover);
        if (this == RESHORE) {
            long usGap = Math.round(wanted * usShare) - us;
            for (int site : sites) {
                Site where = scenario.site(site);
                if (usGap > 0 && where.inUs() && where.buildableOn(view.turn())) {
                    long units = Math.min(usGap, where.build().maxPerTurn());
                    builds.add(new long[] {site, units});
                    usGap -= units;
                    total += units;
                }
            }
        }
        long gap = wanted - total;
        if (gap <= 0) {
            return builds;
        }
        Site cheapest = null;
        int cheapestIndex = -1;
        for (int site : sites) {
            Site where = scenario.site(site);
            boolean allowed = this != OFFSHORE || !where.inUs();
            if (allowed && where.buildableOn(view.turn())
                    && (cheapest == null || where.build().capexPerUnit() < cheapest.build().capexPerUnit())) {
                cheapest = where;
                cheapestIndex = site;
            }
        }
        if (cheapest != null) {
            final int chosen = cheapestIndex;
            long already = builds.stream().filter(b -> b[0] == chosen).mapToLong(b -> b[1]).sum();
            long units = Math.min(gap, cheapest.build().maxPerTurn() - already);
            if (units > 0) {
                builds.removeIf(b -> b[0] == chosen);
                builds.add(new long[] {chosen, already + units});
            }
        }
        return builds;
    }
}
