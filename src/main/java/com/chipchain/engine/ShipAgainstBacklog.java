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
            int kept = 0;
            for (int i = 0; i < lines.size(); i++) {
                BacklogLine line = lines.get(i);
                int destinationCountry = line.fromMarket()
                        ? scenario.marketCountryIndex()
                        : scenario.countryIndexOfSite(line.site());
                int[] order = scenario.shippingOrder(supplier, destinationCountry, line.usOnly());
                long remaining = line.quantity();
                for (int k = 0; k < order.length && remaining > 0; k++) {
                    remaining -= shipFrom(work, supplier, order[k], line, remaining);
                }
                if (remaining > 0) {
                    lines.set(kept++, remaining == line.quantity() ? line : line.withQuantity(remaining));
                }
            }
            LandArrivals.truncate(lines, kept);
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
