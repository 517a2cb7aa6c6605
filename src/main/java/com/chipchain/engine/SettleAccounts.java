package com.chipchain.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Step 9: holding cost on every unit in inventory, backlog cost on every unit owed; cash changes
 * by revenue minus every cost of the turn; the KPIs are recorded.
 */
final class SettleAccounts implements TurnStep {

    @Override
    public void apply(TurnWork work) {
        Board board = work.board;
        Scenario scenario = work.scenario;
        for (int role = 0; role < scenario.roles().size(); role++) {
            Ledger ledger = work.ledgers[role];
            for (int site : scenario.sitesOfShared(role)) {
                for (int product = 0; product < board.productCount; product++) {
                    long onHand = board.inventory[board.cell(site, product)];
                    if (onHand != 0) {
                        ledger.holding += onHand * scenario.product(product).holdingCost();
                    }
                }
            }
            ledger.backlog += board.backlogUnits(role) * scenario.role(role).backlogCost();
            board.cash[role] += ledger.freeze().cashChange();
            board.demandReceivedHistory[board.historyIndex(role, work.turn)] = work.demandReceived[role];
        }
    }

    static TurnReport report(TurnWork work) {
        Board board = work.board;
        Scenario scenario = work.scenario;
        List<SeatReport> seats = new ArrayList<>(scenario.roles().size());
        for (int role = 0; role < scenario.roles().size(); role++) {
            int[] ownSites = scenario.sitesOfShared(role);
            List<SiteReport> sites = new ArrayList<>(ownSites.length);
            long inventory = 0;
            for (int site : ownSites) {
                SiteReport siteReport = siteReport(work, site);
                for (long units : siteReport.inventory()) {
                    inventory += units;
                }
                sites.add(siteReport);
            }
            seats.add(new SeatReport(
                    role,
                    work.demandReceived[role],
                    work.ordersPlaced[role],
                    work.owedBeforeShipping[role],
                    work.shipped[role],
                    work.started[role],
                    work.scrapped[role],
                    inventory,
                    board.backlogUnits(role),
                    work.ledgers[role].freeze(),
                    board.cash[role],
                    board.fund[role],
                    work.shippedValue[role],
                    work.shippedUsValue[role],
                    sites,
                    work.otherDemand[role],
                    work.otherSold[role]));
        }
        return new TurnReport(work.turn, work.applied, work.marketDemand, work.marketDelivered, board.price, seats,
                work.marketReferenceDemand, work.marketLost);
    }

    private static SiteReport siteReport(TurnWork work, int site) {
        Board board = work.board;
        long[] inventory = new long[board.productCount];
        System.arraycopy(board.inventory, board.cell(site, 0), inventory, 0, board.productCount);
        long inProduction = 0;
        for (Batch batch : board.batches) {
            if (batch.site() == site) {
                inProduction += batch.quantity();
            }
        }
        long building = 0;
        for (Board.Build build : board.builds) {
            if (build.site() == site) {
                building += build.units();
            }
        }
        return new SiteReport(site, inventory, board.capacity[site], board.effectiveCapacity(site),
                inProduction, building, work.siteStarted[site], work.siteShipped[site]);
    }
}
