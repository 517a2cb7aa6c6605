package com.chipchain.engine;

import java.util.ArrayList;

/**
 * Step 5: each supplier ships what it can, in three passes: first the lines of buyers that hold
 * prepaid credit with it (as many units as the credit covers), then what it offers to buyers
 * outside the chain (up to their demand), then every remaining line, oldest first. A line is
 * filled from the supplier's sites in the same country as the destination first, then from its
 * other sites in scenario order; a US-only line only from US sites. Shipments to end customers
 * are delivered at once at the market price; others arrive after the lane's transit time. The
 * buyer pays the shipping site's price now (from its credit first); the shipper pays the lane's
 * freight. A supplier may serve its lines to US sites (or to sites abroad) first instead of oldest
 * first. Afterwards a share of the end demand still unmet is lost to competitors.
 */
final class ShipAgainstBacklog implements TurnStep {

    @Override
    public void apply(TurnWork work) {
        Board board = work.board;
        Scenario scenario = work.scenario;
        boolean anyCredit = false;
        for (long credit : board.credit) {
            anyCredit |= credit > 0;
        }
        for (int supplier = 0; supplier < scenario.roles().size(); supplier++) {
            ArrayList<BacklogLine> lines = board.backlog.get(supplier);
            work.owedBeforeShipping[supplier] = board.backlogUnits(supplier);
            if (anyCredit && hasCreditedBuyer(board, supplier)) {
                shipLines(work, supplier, lines, true);
            }
            sellToOtherBuyers(work, supplier);
            if (!lines.isEmpty()) {
                shipLines(work, supplier, lines, false);
            }
        }
        loseUnmetEndDemand(work);
    }

    private static boolean hasCreditedBuyer(Board board, int supplier) {
        int roles = board.scenario.roles().size();
        for (int buyer = 0; buyer < roles; buyer++) {
            if (board.credit[board.creditIndex(buyer, supplier)] > 0) {
                return true;
            }
        }
        return false;
    }

    private static void shipLines(TurnWork work, int supplier, ArrayList<BacklogLine> lines, boolean creditedOnly) {
        shipLines(work, supplier, lines, creditedOnly, false);
    }

    private static void shipLines(TurnWork work, int supplier, ArrayList<BacklogLine> lines, boolean creditedOnly,
                                  boolean asListed) {
        Board board = work.board;
        Scenario scenario = work.scenario;
        ShipPriority priority = work.decisions[supplier].shipFirst();
        if (!asListed && priority != ShipPriority.OLDEST) {
            shipInPriorityOrder(work, supplier, lines, creditedOnly, priority);
            return;
        }
        int kept = 0;
        for (int i = 0; i < lines.size(); i++) {
            BacklogLine line = lines.get(i);
            long remaining = line.quantity();
            if (!creditedOnly || (!line.fromMarket() && board.credit[board.creditIndex(line.buyer(), supplier)] > 0)) {
                int destinationCountry = line.fromMarket()
                        ? scenario.marketCountryIndex()
                        : scenario.countryIndexOfSite(line.site());
                int[] order = scenario.shippingOrder(supplier, destinationCountry, line.usOnly());
                for (int k = 0; k < order.length && remaining > 0; k++) {
                    long wanted = remaining;
                    if (creditedOnly) {
                        long price = scenario.site(order[k]).price();
                        long credit = board.credit[board.creditIndex(line.buyer(), supplier)];
                        wanted = price <= 0 ? remaining : Math.min(remaining, credit / price);
                    }
                    remaining -= shipFrom(work, supplier, order[k], line, wanted);
                }
            }
            if (remaining > 0) {
                lines.set(kept++, remaining == line.quantity() ? line : line.withQuantity(remaining));
            }
        }
        LandArrivals.truncate(lines, kept);
    }

    /**
     * The supplier's chosen group of lines first (each group oldest first); the backlog keeps its
     * order, so next turn's priority starts again from the oldest line.
     */
    private static void shipInPriorityOrder(TurnWork work, int supplier, ArrayList<BacklogLine> lines, boolean creditedOnly,
                                            ShipPriority priority) {
        Scenario scenario = work.scenario;
        int n = lines.size();
        long[] remaining = new long[n];
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < n; i++) {
                BacklogLine line = lines.get(i);
                boolean us = line.fromMarket() ? Site.US.equals(scenario.market().country()) : scenario.site(line.site()).inUs();
                boolean first = priority == ShipPriority.US_FIRST ? us : !us;
                if (first != (pass == 0)) {
                    continue;
                }
                ArrayList<BacklogLine> one = new ArrayList<>(1);
                one.add(line);
                shipLines(work, supplier, one, creditedOnly, true);
                remaining[i] = one.isEmpty() ? 0 : one.get(0).quantity();
            }
        }
        int kept = 0;
        for (int i = 0; i < n; i++) {
            if (remaining[i] > 0) {
                BacklogLine line = lines.get(i);
                lines.set(kept++, remaining[i] == line.quantity() ? line : line.withQuantity(remaining[i]));
            }
        }
        LandArrivals.truncate(lines, kept);
    }

    /** What the seat offers outside the chain leaves from its sites in scenario order, up to the outside demand. */
    private static void sellToOtherBuyers(TurnWork work, int supplier) {
        OtherBuyers others = work.scenario.role(supplier).otherBuyers();
        long offered = work.decisions[supplier].otherSales();
        if (others == null || offered <= 0) {
            return;
        }
        Board board = work.board;
        Scenario scenario = work.scenario;
        int product = scenario.role(supplier).product();
        long wanted = Math.min(offered, work.otherDemand[supplier]);
        for (int site : scenario.sitesOfShared(supplier)) {
            int cell = board.cell(site, product);
            long onHand = board.inventory[cell];
            long quantity = Math.min(onHand, wanted);
            if (quantity <= 0) {
                continue;
            }
            long usValue = board.usValue[cell] * quantity / onHand;
            board.inventory[cell] -= quantity;
            board.usValue[cell] -= usValue;
            board.soldOutsideUnits[product] += quantity;
            work.otherSold[supplier] += quantity;
            work.siteShipped[site] += quantity;
            work.ledgers[supplier].revenue += quantity * others.price();
            wanted -= quantity;
        }
    }

    private static long shipFrom(TurnWork work, int supplier, int site, BacklogLine line, long wanted) {
        Board board = work.board;
        int cell = board.cell(site, line.product());
        long onHand = board.inventory[cell];
        long quantity = Math.min(onHand, wanted);
        if (quantity <= 0) {
            return 0;
        }
        long usValue = board.usValue[cell] * quantity / onHand;
        board.inventory[cell] -= quantity;
        board.usValue[cell] -= usValue;
        Scenario scenario = work.scenario;
        Product product = scenario.product(line.product());

        work.shipped[supplier] += quantity;
        work.siteShipped[site] += quantity;
        work.shippedValue[supplier] += quantity * product.value();
        work.shippedUsValue[supplier] += usValue;

        if (line.fromMarket()) {
            long revenue = quantity * board.price;
            work.ledgers[supplier].revenue += revenue;
            work.marketDelivered += quantity;
            board.marketDeliveredTotal += quantity;
            board.deliveredValue += quantity * product.value();
            board.deliveredUsValue += usValue;
            board.deliveredUnits[line.product()] += quantity;
        } else {
            long value = quantity * scenario.site(site).price();
            work.ledgers[supplier].revenue += value;
            work.ledgers[line.buyer()].purchases += value;
            int creditCell = board.creditIndex(line.buyer(), supplier);
            long fromCredit = Math.min(board.credit[creditCell], value);
            if (fromCredit > 0) {
                board.credit[creditCell] -= fromCredit;
                work.ledgers[line.buyer()].prepaidNet -= fromCredit;
                work.ledgers[supplier].prepaidNet += fromCredit;
            }
            if (!board.contracts.isEmpty() && scenario.site(site).inUs()) {
                payPremium(work, line.buyer(), supplier, quantity);
            }
            work.ledgers[supplier].freight += quantity * scenario.freight(site, line.site());
            SupplyLink link = scenario.linkFor(line.buyer(), line.product());
            int due = work.turn + scenario.transit(site, line.site(), link) + board.extraTransit(site);
            board.shipments.add(new Shipment(line.product(), site, line.site(), quantity, value, usValue, due));
        }
        return quantity;
    }

    /** The buyer pays the premium of its running contract with the supplier on US-made units, up to the contract's units this turn. */
    private static void payPremium(TurnWork work, int buyer, int supplier, long quantity) {
        java.util.List<Contract> contracts = work.board.contracts;
        for (int i = 0; i < contracts.size(); i++) {
            Contract contract = contracts.get(i);
            if (contract.buyer() == buyer && contract.supplier() == supplier) {
                long units = Math.min(quantity, contract.units() - work.contractUnitsPaid[i]);
                if (units > 0) {
                    work.contractUnitsPaid[i] += units;
                    work.ledgers[buyer].contracts += units * contract.premium();
                    work.ledgers[supplier].contracts -= units * contract.premium();
                }
                return;
            }
        }
    }

    /** A share of every end-customer line still unmet goes to competitors (rounded half up). */
    private static void loseUnmetEndDemand(TurnWork work) {
        int percent = work.scenario.market().lostSalesPercent();
        if (percent <= 0) {
            return;
        }
        Board board = work.board;
        ArrayList<BacklogLine> lines = board.backlog.get(work.scenario.marketRole());
        int kept = 0;
        for (int i = 0; i < lines.size(); i++) {
            BacklogLine line = lines.get(i);
            long lost = line.fromMarket() ? (line.quantity() * percent + 50) / 100 : 0;
            work.marketLost += lost;
            board.marketLostTotal += lost;
            if (line.quantity() > lost) {
                lines.set(kept++, lost == 0 ? line : line.withQuantity(line.quantity() - lost));
            }
        }
        LandArrivals.truncate(lines, kept);
    }
}
