package com.chipchain.engine;

/** The running money counters of one seat during one turn. */
final class Ledger {
    long revenue;
    long purchases;
    long production;
    long tariffs;
    long capex;
    long subsidy;
    long fundUsed;
    long fundPaid;
    long holding;
    long backlog;
    long freight;
    long prepaidNet;
    long contracts;

    void clear() {
        revenue = purchases = production = tariffs = capex = subsidy = fundUsed = fundPaid = holding = backlog = 0;
        freight = prepaidNet = contracts = 0;
    }

    CostBreakdown freeze() {
        return new CostBreakdown(revenue, purchases, production, tariffs, capex, subsidy, fundUsed, fundPaid, holding, backlog,
                freight, prepaidNet, contracts);
    }
}
