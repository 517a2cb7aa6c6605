package com.chipchain.engine;

import java.util.Iterator;

/**
 * Step 2: shipments and finished production due now land in site inventory; capacity whose build
 * completes now becomes usable. Goods from a non-US site landing at a US site pay the tariff of
 * (product, origin country) in force now, charged to the buyer.
 */
final class LandArrivals implements TurnStep {

    @Override
    public void apply(TurnWork work) {
        Board board = work.board;
        Scenario scenario = work.scenario;
        int turn = work.turn;

        Iterator<Shipment> shipments = board.shipments.iterator();
        while (shipments.hasNext()) {
            Shipment shipment = shipments.next();
            if (shipment.dueTurn() > turn) {
                continue;
            }
            shipments.remove();
            int cell = board.cell(shipment.to(), shipment.product());
            board.inventory[cell] += shipment.quantity();
            board.usValue[cell] += shipment.usValue();
            Site origin = scenario.site(shipment.from());
            Site destination = scenario.site(shipment.to());
            if (destination.inUs() && !origin.inUs()) {
                int rate = board.tariffBp[board.tariffIndex(shipment.product(), origin.country())];
                work.ledgers[destination.role()].tariffs += percentOf(shipment.value(), rate);
            }
        }

        Iterator<Batch> batches = board.batches.iterator();
        while (batches.hasNext()) {
            Batch batch = batches.next();
            if (batch.dueTurn() > turn) {
                continue;
            }
            batches.remove();
            int cell = board.cell(batch.site(), batch.product());
            board.inventory[cell] += batch.quantity();
            board.usValue[cell] += batch.usValue();
        }

        Iterator<Board.Build> builds = board.builds.iterator();
        while (builds.hasNext()) {
            Board.Build build = builds.next();
            if (build.dueTurn() > turn) {
                continue;
            }
            builds.remove();
            board.capacity[build.site()] += build.units();
        }
    }

    /** value x basisPoints / 10000, rounded half up (values are never negative). */
    static long percentOf(long value, int basisPoints) {
        return (value * basisPoints + 5_000) / 10_000;
    }
}
