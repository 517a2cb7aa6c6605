package com.chipchain.engine;

import java.util.ArrayList;

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

        ArrayList<Shipment> shipments = board.shipments;
        int kept = 0;
        for (int i = 0; i < shipments.size(); i++) {
            Shipment shipment = shipments.get(i);
            if (shipment.dueTurn() > turn) {
                shipments.set(kept++, shipment);
                continue;
            }
            int cell = board.cell(shipment.to(), shipment.product());
            board.inventory[cell] += shipment.quantity();
            board.usValue[cell] += shipment.usValue();
            Site origin = scenario.site(shipment.from());
            Site destination = scenario.site(shipment.to());
            if (destination.inUs() && !origin.inUs()) {
                work.ledgers[destination.role()].tariffs += tariffOn(board, shipment, origin);
            }
        }
        truncate(shipments, kept);

        ArrayList<Batch> batches = board.batches;
        kept = 0;
        for (int i = 0; i < batches.size(); i++) {
            Batch batch = batches.get(i);
            if (batch.dueTurn() > turn) {
                batches.set(kept++, batch);
                continue;
            }
            int cell = board.cell(batch.site(), batch.product());
            board.inventory[cell] += batch.quantity();
            board.usValue[cell] += batch.usValue();
        }
        truncate(batches, kept);

        ArrayList<Board.Build> builds = board.builds;
        kept = 0;
        for (int i = 0; i < builds.size(); i++) {
            Board.Build build = builds.get(i);
            if (build.dueTurn() > turn) {
                builds.set(kept++, build);
                continue;
            }
            board.capacity[build.site()] += build.units();
        }
        truncate(builds, kept);
    }

    /**
     * The rate of (product, origin) on what the buyer paid, plus the content rate on the non-US
     * reference value of the tracked inputs inside (the chips in an imported server), both cut by
     * the shipping role's relief for US investment.
     */
    static long tariffOn(Board board, Shipment shipment, Site origin) {
        int index = board.tariffIndex(shipment.product(), origin.country());
        long tariff = percentOf(shipment.value(), board.relievedTariffBp(board.tariffBp[index], origin.role()));
        int contentRate = board.contentTariffBp[index];
        if (contentRate > 0) {
            long inputValue = 0;
            for (BomLine input : board.scenario.product(shipment.product()).bom()) {
                inputValue += input.quantity() * board.scenario.product(input.product()).value();
            }
            long nonUsContent = Math.max(0, shipment.quantity() * inputValue - shipment.usValue());
            tariff += percentOf(nonUsContent, board.relievedTariffBp(contentRate, origin.role()));
        }
        return tariff;
    }

    /** Drops everything after the first {@code size} elements (what is left after an in-place filter). */
    static <T> void truncate(ArrayList<T> list, int size) {
        while (list.size() > size) {
            list.remove(list.size() - 1);
        }
    }

    /** value x basisPoints / 10000, rounded half up (values are never negative). */
    static long percentOf(long value, int basisPoints) {
        return (value * basisPoints + 5_000) / 10_000;
    }
}
