package com.chipchain.engine;

/**
 * One seat's money for one turn. Every cash change is explained here:
 * {@code cash change = revenue - totalCost()}.
 *
 * @param subsidy part of capex paid back by a subsidy (reduces cost)
 * @param fundUsed part of US capex paid from partner-fund money received earlier (reduces cost)
 * @param fundPaid partner-fund money this seat paid to others (market role)
 * @param freight money paid to move goods on lanes that charge for it (the shipping seat pays)
 * @param prepaidNet cash that moved under prepayment contracts this turn, as a cost: a buyer's
 *     prepayments less the credit its purchases used up; a supplier's credit delivered against
 *     less the prepayments it received. Revenue and purchases always count the full price.
 * @param contracts US supply contract premiums and break fees paid, less those received (negative
 *     for the side that is paid)
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
        long backlog,
        long freight,
        long prepaidNet,
        long contracts) {

    public long totalCost() {
        return purchases + production + tariffs + capex - subsidy - fundUsed + fundPaid + holding + backlog + freight
                + prepaidNet + contracts;
    }

    public long cashChange() {
        return revenue - totalCost();
    }
}
