package com.chipchain.engine;

import java.util.List;

/**
 * A plant or warehouse of one role in one country.
 *
 * @param capacity units that may start production per turn at the start of the game
 * @param productionCost money per unit started
 * @param price money a buyer pays per unit shipped from this site
 * @param build how capacity can be added here, or null when it cannot
 * @param learning the site's learning curve, or null when its yield follows {@code yields} only
 * @param importedContent the share of its output's value brought in from abroad, or null
 */
public record Site(
        String id,
        Text name,
        String country,
        int role,
        long capacity,
        long productionCost,
        int productionLeadTime,
        long price,
        List<YieldStep> yields,
        CapacityBuild build,
        Learning learning,
        ImportedContent importedContent) {

    public static final String US = "US";

    public Site {
        yields = List.copyOf(yields);
        // one shared string per country, so inUs() (asked on every shipment) is mostly an identity check
        country = country == null ? null : country.intern();
    }

    public Site(String id, Text name, String country, int role, long capacity, long productionCost,
                int productionLeadTime, long price, List<YieldStep> yields, CapacityBuild build) {
        this(id, name, country, role, capacity, productionCost, productionLeadTime, price, yields, build, null, null);
    }

    /** Percent of good output among units started on {@code turn} after {@code startedBefore} units here. */
    public int yieldPercentAt(int turn, long startedBefore) {
        int percent = yieldPercentAt(turn);
        return learning == null ? percent : Math.min(percent, learning.yieldPercent(startedBefore));
    }

    public boolean inUs() {
        return US.equals(country);
    }

    /** Percent of good output among units started on {@code turn}. */
    public int yieldPercentAt(int turn) {
        int percent = 100;
        for (int i = 0; i < yields.size(); i++) {
            YieldStep step = yields.get(i);
            if (step.fromTurn() <= turn) {
                percent = step.percent();
            }
        }
        return percent;
    }

    public boolean buildableOn(int turn) {
        return build != null && turn >= build.fromTurn();
    }
}
