package com.chipchain.engine;

/**
 * Step 8: the market role's partner-fund payments are made first; then capacity ordered now
 * starts building and completes after the site's build lead time. Capex is paid now, less the
 * subsidy of the site's country and, at US sites, less partner-fund money the role holds.
 * Prepayments move from buyers to suppliers first and become the buyer's credit there.
 */
final class Invest implements TurnStep {

    @Override
    public void apply(TurnWork work) {
        Board board = work.board;
        Scenario scenario = work.scenario;
        int marketRole = scenario.marketRole();
        for (Funding funding : work.decisions[marketRole].partnerFund()) {
            if (funding.amount() <= 0) {
                continue;
            }
            work.ledgers[marketRole].fundPaid += funding.amount();
            board.fund[funding.partner()] += funding.amount();
        }
        for (int buyer = 0; buyer < scenario.roles().size(); buyer++) {
            for (Funding prepayment : work.decisions[buyer].prepayments()) {
                if (prepayment.amount() > 0) {
                    work.ledgers[buyer].prepaidNet += prepayment.amount();
                    work.ledgers[prepayment.partner()].prepaidNet -= prepayment.amount();
                    board.credit[board.creditIndex(buyer, prepayment.partner())] += prepayment.amount();
                }
            }
        }
        for (int role = 0; role < scenario.roles().size(); role++) {
            for (SiteAmount build : work.decisions[role].investment()) {
                if (build.amount() > 0) {
                    buildAt(work, role, build.site(), build.amount());
                }
            }
        }
    }

    private static void buildAt(TurnWork work, int role, int siteIndex, long units) {
        Board board = work.board;
        Site site = work.scenario.site(siteIndex);
        long capex = units * site.build().capexPerUnit();
        long subsidy = capex * board.subsidyPercent[work.scenario.countryIndex(site.country())] / 100;
        long fundUsed = site.inUs() ? Math.min(board.fund[role], capex - subsidy) : 0;
        board.fund[role] -= fundUsed;
        Ledger ledger = work.ledgers[role];
        ledger.capex += capex;
        ledger.subsidy += subsidy;
        ledger.fundUsed += fundUsed;
        board.investedHistory[board.historyIndex(role, work.turn)] += capex - subsidy - fundUsed;
        board.builds.add(new Board.Build(siteIndex, units, work.turn + site.build().leadTime()));
    }
}
