package com.chipchain.engine;

import java.util.ArrayList;

/**
 * Step 5: each supplier ships what it can against its backlog, oldest line first. A line is filled
 * from the supplier's sites in the same country as the destination first, then from its other
 * sites in scenario order; a US-only line only from US sites. Shipments to end customers are
 * delivered at once at the market price; others arrive after the lane's transit time. The buyer
 * pays the shipping site's price now.
 */
final class ShipAgainstBacklog implements TurnStep {

    @Override
    public void apply(TurnWork work) {
        Board board = work.board;
        Scenario scenario = work.scenario;
        for (int supplier = 0; supplier < scenario.roles().size(); supplier++) {
            ArrayList<BacklogLine> lines = board.backlog.get(supplier);
            work.owedBeforeShipping[supplier] = board.backlogUnits(supplier);
            if (lines.isEmpty()) {
                continue;
            }
            int[] sites = scenario.sitesOfShared(supplier);
            int kept = 0;
            for (int i = 0; i < lines.size(); i++) {
                BacklogLine line = lines.get(i);
                String destinationCountry = line.fromMarket()
                        ? scenario.market().country()
                        : scenario.site(line.site()).country();
                long remaining = line.quantity();
                for (int pass = 0; pass < 2 && remaining > 0; pass++) {
                    for (int k = 0; k < sites.length && remaining > 0; k++) {
                        Site site = scenario.site(sites[k]);
                        boolean domestic = site.country().equals(destinationCountry);
                        if (domestic != (pass == 0) || (line.usOnly() && !site.inUs())) {
                            continue;
                        }
                        remaining -= shipFrom(work, supplier, sites[k], line, remaining);
                    }
                }
                if (remaining > 0) {
                    lines.set(kept++, remaining == line.quantity() ? line : line.withQuantity(remaining));
                }
            }
            while (lines.size() > kept) {
                lines.remove(lines.size() - 1);
            }
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
            SupplyLink link = scenario.linkFor(line.buyer(), line.product());
            int due = work.turn + scenario.transit(site, line.site(), link) + board.extraTransit(site);
            board.shipments.add(new Shipment(line.product(), site, line.site(), quantity, value, usValue, due));
        }
        return quantity;
    }
}
