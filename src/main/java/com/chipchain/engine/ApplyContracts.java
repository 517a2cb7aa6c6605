package com.chipchain.engine;

/**
 * Step 5, before anything ships: US supply contracts (docs/rules.md, "US supply contracts").
 * Contracts a side ends stop now and the side that ends them pays the break fee; contracts past
 * their last turn end; offers made last turn start if their supplier accepts them now and lapse
 * otherwise; this turn's offers wait for next turn's answer. Premiums are paid as goods ship
 * ({@link ShipAgainstBacklog}).
 */
final class ApplyContracts implements TurnStep {

    @Override
    public void apply(TurnWork work) {
        Board board = work.board;
        if (board.contracts.isEmpty() && board.offers.isEmpty() && !anyMoves(work)) {
            return;
        }
        int kept = 0;
        for (int i = 0; i < board.contracts.size(); i++) {
            Contract contract = board.contracts.get(i);
            int endedBy = endedBy(work, contract);
            if (endedBy >= 0) {
                int other = endedBy == contract.buyer() ? contract.supplier() : contract.buyer();
                work.ledgers[endedBy].contracts += contract.breakFee();
                work.ledgers[other].contracts -= contract.breakFee();
            } else if (contract.lastTurn() >= work.turn) {
                board.contracts.set(kept++, contract);
            }
        }
        LandArrivals.truncate(board.contracts, kept);
        for (Contract offer : board.offers) {
            if (work.decisions[offer.supplier()].contracts().accept().contains(offer.buyer())) {
                board.contracts.add(offer);
            }
        }
        board.offers.clear();
        for (int buyer = 0; buyer < work.decisions.length; buyer++) {
            for (ContractOffer offer : work.decisions[buyer].contracts().offers()) {
                int first = work.turn + 1;
                int last = Math.min(work.scenario.turnCount(), work.turn + offer.turns());
                board.offers.add(new Contract(buyer, offer.supplier(), offer.premium(), offer.units(), first, last));
            }
        }
        work.contractUnitsPaid = new long[board.contracts.size()];
    }

    private static boolean anyMoves(TurnWork work) {
        for (Decision decision : work.decisions) {
            if (!decision.contracts().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** The side that ends the contract this turn (the buyer when both do), or -1. */
    private static int endedBy(TurnWork work, Contract contract) {
        if (work.decisions[contract.buyer()].contracts().cancel().contains(contract.supplier())) {
            return contract.buyer();
        }
        if (work.decisions[contract.supplier()].contracts().cancel().contains(contract.buyer())) {
            return contract.supplier();
        }
        return -1;
    }
}
