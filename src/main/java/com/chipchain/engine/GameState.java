package com.chipchain.engine;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The whole state of one chain's game between two turns. Immutable: resolving a turn returns a
 * new state and leaves this one as it was.
 */
public final class GameState {

    private final Board board;

    private GameState(Board board) {
        this.board = board;
    }

    /** A new game on the scenario, before turn 1. */
    public static GameState start(Scenario scenario, long seed) {
        return new GameState(Board.initial(scenario, seed));
    }

    static GameState of(Board board) {
        return new GameState(board);
    }

    Board boardCopy() {
        return board.copy();
    }

    public Scenario scenario() { return board.scenario; }
    public long seed() { return board.seed; }

    /** The next turn to resolve (1-based); after the last turn it is turnCount + 1. */
    public int turn() { return board.turn; }

    public boolean finished() { return board.turn > board.scenario.turnCount(); }

    public long inventory(int site, int product) { return board.inventory[board.cell(site, product)]; }
    public long usValue(int site, int product) { return board.usValue[board.cell(site, product)]; }
    public long capacity(int site) { return board.capacity[site]; }
    public long usableCapacity(int site) { return board.effectiveCapacity(site); }
    public long cash(int role) { return board.cash[role]; }
    public long fundBalance(int role) { return board.fund[role]; }
    public long price() { return board.price; }

    public int tariffBasisPoints(int product, String origin) {
        int country = board.scenario.countryIndex(origin);
        return country < 0 ? 0 : board.tariffBp[product * board.countryCount + country];
    }

    /** The content rate of (product, origin): on the non-US value of the chips inside an imported good. */
    public int contentTariffBasisPoints(int product, String origin) {
        int country = board.scenario.countryIndex(origin);
        return country < 0 ? 0 : board.contentTariffBp[product * board.countryCount + country];
    }

    /** Relief in basis points of the tariffs on goods this role ships into the US, for its US capacity. */
    public int tariffReliefBasisPoints(int role) {
        return board.scenario.tariffRelief().reliefBasisPoints(board.usCapacityShareBp(role));
    }

    /** Prepaid credit the buyer holds with the supplier. */
    public long credit(int buyer, int supplier) { return board.credit[board.creditIndex(buyer, supplier)]; }

    /** Units started so far at a site (its learning-curve volume). */
    public long startedAt(int site) { return board.siteStartedTotal[site]; }

    /** Capex the role paid on a turn, after subsidy and partner fund. */
    public long investedOn(int role, int turn) { return board.investedHistory[board.historyIndex(role, turn)]; }

    /** Units buyers outside the chain wanted from the role on each turn so far (index 0 = turn 1). */
    public long[] otherDemandHistory(int role) { return history(board.otherDemandHistory, role); }

    public int subsidyPercent(String country) {
        int index = board.scenario.countryIndex(country);
        return index < 0 ? 0 : board.subsidyPercent[index];
    }

    public List<Shipment> shipments() { return Collections.unmodifiableList(board.shipments); }
    public List<Batch> batches() { return Collections.unmodifiableList(board.batches); }
    public List<MailedOrder> mail() { return Collections.unmodifiableList(board.mail); }
    /** US supply contracts running this turn. */
    public List<Contract> contracts() { return Collections.unmodifiableList(board.contracts); }
    /** Contracts offered last turn, waiting for their supplier's answer this turn. */
    public List<Contract> contractOffers() { return Collections.unmodifiableList(board.offers); }

    /** True while a contract runs or an offer waits between the two roles, either way round (one at a time, docs/rules.md). */
    public boolean contractOpenBetween(int role, int partner) {
        return board.contracts.stream().anyMatch(c -> c.between(role, partner))
                || board.offers.stream().anyMatch(c -> c.between(role, partner));
    }
    public List<BacklogLine> backlog(int role) { return Collections.unmodifiableList(board.backlog.get(role)); }
    public long backlogUnits(int role) { return board.backlogUnits(role); }

    /** Capacity under construction at a site, with the turns it completes. */
    public long building(int site) {
        long total = 0;
        for (Board.Build build : board.builds) {
            if (build.site() == site) {
                total += build.units();
            }
        }
        return total;
    }

    /** The decision the seat played last (the scenario's opening decision before turn 1). */
    public Decision lastDecision(int role) { return board.lastDecisions[role]; }

    /** Units ordered upstream by the role on each turn so far (index 0 = turn 1). */
    public long[] ordersPlacedHistory(int role) { return history(board.ordersPlacedHistory, role); }

    /** Units that reached the role as orders on each turn so far (index 0 = turn 1). */
    public long[] demandReceivedHistory(int role) { return history(board.demandReceivedHistory, role); }

    /** Units that reached the role as orders on a resolved turn. */
    public long demandReceivedOn(int role, int turn) {
        return board.demandReceivedHistory[board.historyIndex(role, turn)];
    }

    private long[] history(long[] all, int role) {
        int from = board.historyIndex(role, 1);
        return Arrays.copyOfRange(all, from, from + board.turn - 1);
    }

    /** How many times the scenario's random shock number {@code index} has fired so far. */
    public int shockCount(int index) { return board.shockCounts[index]; }

    public long marketDemandTotal() { return board.marketDemandTotal; }
    /** End demand as it would have been at the reference price: what fill rate is measured against. */
    public long marketReferenceDemandTotal() { return board.marketReferenceDemandTotal; }
    /** End-customer demand lost to competitors after waiting. */
    public long marketLostTotal() { return board.marketLostTotal; }
    public long soldOutsideUnits(int product) { return board.soldOutsideUnits[product]; }
    public long writtenOffUnits(int product) { return board.writtenOffUnits[product]; }
    public long marketDeliveredTotal() { return board.marketDeliveredTotal; }
    public long deliveredValue() { return board.deliveredValue; }
    public long deliveredUsValue() { return board.deliveredUsValue; }
    public long startedUnits(int product) { return board.startedUnits[product]; }
    public long scrappedUnits(int product) { return board.scrappedUnits[product]; }
    public long consumedUnits(int product) { return board.consumedUnits[product]; }
    public long deliveredUnits(int product) { return board.deliveredUnits[product]; }

    /** Units of a product anywhere in the chain: on hand, on the way, or in production. */
    public long unitsInChain(int product) {
        long total = 0;
        for (int site = 0; site < board.scenario.sites().size(); site++) {
            total += inventory(site, product);
        }
        for (Shipment shipment : board.shipments) {
            if (shipment.product() == product) {
                total += shipment.quantity();
            }
        }
        for (Batch batch : board.batches) {
            if (batch.product() == product) {
                total += batch.quantity();
            }
        }
        return total;
    }
}
