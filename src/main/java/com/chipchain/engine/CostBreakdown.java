package com.chipchain.engine;

/**
 * One seat's money for one turn. Every cash change is explained here:
 * {@code cash change = revenue - totalCost()}.
 *
 * @param subsidy part of capex paid back by a subsidy (reduces cost)
 * @param fundUsed part of US capex paid from partner-fund money received earlier (reduces cost)
 * @param fundPaid partner-fund money this seat paid to others (market role)
 */
public record CostBreakdown(
        long revenue,
        long purchases,
        long production,
        long tariffs,
        long capex,
        long subsidy,
        long fundUsed,
        long fundPaid,
        long holding,
        long backlog) {

    public long totalCost() {
        return purchases + production + tariffs + capex - subsidy - fundUsed + fundPaid + holding + backlog;
    }

    public long cashChange() {
        return revenue - totalCost();
    }
}
