package com.chipchain.engine;

import java.util.List;

/**
 * What one seat may know: its own books, the orders it received, its own pipeline, the public
 * tariff table and news, and end-customer demand only when the session shares it. Bots see the
 * game only through this, exactly like a person at that seat.
 */
public final class SeatView {

    private final GameState state;
    private final int role;
    private final boolean sharedDemand;
    /** The seat's supply lines on {@link #supplyLinesTurn}; a view in a played-out game sees a new turn each round. */
    private long[] supplyLines;
    private int supplyLinesTurn;

    public SeatView(GameState state, int role, boolean sharedDemand) {
        this.state = state;
        this.role = role;
        this.sharedDemand = sharedDemand;
    }

    public Scenario scenario() { return state.scenario(); }
    public int role() { return role; }
    public int turn() { return state.turn(); }
    public long seed() { return state.seed(); }
    public boolean sharedDemand() { return sharedDemand; }

    public long cash() { return state.cash(role); }
    public long fundBalance() { return state.fundBalance(role); }
    public long price() { return state.price(); }
    public Decision lastDecision() { return state.lastDecision(role); }
    public long backlog() { return state.backlogUnits(role); }
    public long[] demandReceivedHistory() { return state.demandReceivedHistory(role); }
    public long[] ordersPlacedHistory() { return state.ordersPlacedHistory(role); }

    /** Demand received on the last resolved turn, or -1 before the first. */
    public long lastDemandReceived() {
        return state.turn() == 1 ? -1 : state.demandReceivedOn(role, state.turn() - 1);
    }

    public long inventory(int site, int product) { return state.inventory(ownSite(site), product); }
    public long capacity(int site) { return state.capacity(ownSite(site)); }
    public long usableCapacity(int site) { return state.usableCapacity(ownSite(site)); }
    public long building(int site) { return state.building(ownSite(site)); }

    /** Good units in production at the seat's sites. */
    public long inProduction(int product) {
        long total = 0;
        for (Batch batch : state.batches()) {
            if (batch.product() == product && state.scenario().site(batch.site()).role() == role) {
                total += batch.quantity();
            }
        }
        return total;
    }

    /** Good units of a product in production at one of the seat's sites. */
    public long inProductionAt(int site, int product) {
        ownSite(site);
        long total = 0;
        for (Batch batch : state.batches()) {
            if (batch.product() == product && batch.site() == site) {
                total += batch.quantity();
            }
        }
        return total;
    }

    /** Units of a product this seat has ordered and not yet received (in the mail, owed to it, or on the way). */
    public long supplyLine(int product) {
        return supplyLineTo(product, -1);
    }

    /**
     * Units of a product ordered for one of the seat's sites and not yet received there; a seat
     * knows this from its own order book. {@code site < 0} counts every own site.
     */
    public long supplyLineTo(int product, int site) {
        return supplyLines()[product * (state.scenario().sites().size() + 1) + site + 1];
    }

    /**
     * Every supply line of the seat, by product and destination site (slot 0: all sites), counted in
     * one pass over the mail, its suppliers' order books and the shipments on the way; kept for the
     * turn, because a bot asks for one line per input and site.
     */
    private long[] supplyLines() {
        if (supplyLines != null && supplyLinesTurn == state.turn()) {
            return supplyLines;
        }
        Scenario scenario = state.scenario();
        int width = scenario.sites().size() + 1;
        long[] lines = new long[scenario.products().size() * width];
        for (MailedOrder order : state.mail()) {
            BacklogLine line = order.line();
            if (line.buyer() == role) {
                add(lines, line.product() * width, line.site(), line.quantity());
            }
        }
        List<SupplyLink> supplies = scenario.suppliesOf(role);
        for (int i = 0; i < supplies.size(); i++) {
            int supplier = supplies.get(i).supplier();
            if (firstLinkOf(supplies, supplier) != i) {
                continue;
            }
            for (BacklogLine line : state.backlog(supplier)) {
                SupplyLink link = line.buyer() == role ? scenario.linkFor(role, line.product()) : null;
                if (link != null && link.supplier() == supplier) {
                    add(lines, line.product() * width, line.site(), line.quantity());
                }
            }
        }
        for (Shipment shipment : state.shipments()) {
            if (scenario.site(shipment.to()).role() == role) {
                add(lines, shipment.product() * width, shipment.to(), shipment.quantity());
            }
        }
        supplyLines = lines;
        supplyLinesTurn = state.turn();
        return lines;
    }

    private static void add(long[] lines, int row, int site, long quantity) {
        lines[row] += quantity;
        if (site >= 0) {
            lines[row + site + 1] += quantity;
        }
    }

    private static int firstLinkOf(List<SupplyLink> supplies, int supplier) {
        for (int i = 0; i < supplies.size(); i++) {
            if (supplies.get(i).supplier() == supplier) {
                return i;
            }
        }
        return -1;
    }

    /** Units of a product this seat ordered US-only that are not yet shipped (from its own order book). */
    public long openUsOnlyOrders(int product) {
        long total = 0;
        for (MailedOrder order : state.mail()) {
            BacklogLine line = order.line();
            if (line.buyer() == role && line.product() == product && line.usOnly()) {
                total += line.quantity();
            }
        }
        SupplyLink link = state.scenario().linkFor(role, product);
        if (link != null) {
            for (BacklogLine line : state.backlog(link.supplier())) {
                if (line.buyer() == role && line.product() == product && line.usOnly()) {
                    total += line.quantity();
                }
            }
        }
        return total;
    }

    /** Units this seat owes to buyers' US sites (or to customers in a US market), from its own order book. */
    public long owedToUsSites() {
        Scenario scenario = state.scenario();
        long total = 0;
        for (BacklogLine line : state.backlog(role)) {
            boolean us = line.fromMarket() ? Site.US.equals(scenario.market().country()) : scenario.site(line.site()).inUs();
            if (us) {
                total += line.quantity();
            }
        }
        return total;
    }

    /** The seat's running US supply contracts, as buyer or supplier (each side knows its own contracts). */
    public List<Contract> contracts() {
        if (state.contracts().isEmpty()) {
            return List.of();
        }
        return state.contracts().stream().filter(c -> c.involves(role)).toList();
    }

    /** Contracts buyers offered this seat last turn: it accepts them this turn or they lapse. */
    public List<Contract> offersToMe() {
        if (state.contractOffers().isEmpty()) {
            return List.of();
        }
        return state.contractOffers().stream().filter(c -> c.supplier() == role).toList();
    }

    /** True while this seat has a contract running or an offer waiting with the partner (its own books). */
    public boolean contractOpenWith(int partner) {
        return state.contractOpenBetween(role, partner);
    }

    /** Contracts this seat offered last turn, waiting for its supplier's answer. */
    public List<Contract> myOffers() {
        if (state.contractOffers().isEmpty()) {
            return List.of();
        }
        return state.contractOffers().stream().filter(c -> c.buyer() == role).toList();
    }

    public int tariffBasisPoints(int product, String origin) { return state.tariffBasisPoints(product, origin); }

    /** The public content rate of (product, origin), on the non-US chips inside an imported good. */
    public int contentTariffBasisPoints(int product, String origin) { return state.contentTariffBasisPoints(product, origin); }

    /** Units buyers outside the chain wanted from this seat on each turn so far (index 0 = turn 1). */
    public long[] otherDemandHistory() { return state.otherDemandHistory(role); }

    /** Prepaid credit this seat holds with a supplier. */
    public long creditWith(int supplier) { return state.credit(role, supplier); }

    /** Prepaid credit a buyer holds with this seat (what this seat still owes in goods for money received). */
    public long creditOf(int buyer) { return state.credit(buyer, role); }

    /** Good units of the product due out of production at the seat's sites by the end of this turn's arrivals. */
    public long finishingThisTurn(int product) {
        long total = 0;
        for (Batch batch : state.batches()) {
            if (batch.product() == product && batch.dueTurn() <= state.turn()
                    && state.scenario().site(batch.site()).role() == role) {
                total += batch.quantity();
            }
        }
        return total;
    }

    /** End-customer demand history; only readable when the session shares it. */
    public long[] marketDemandHistory() {
        if (!sharedDemand && !state.scenario().isMarketRole(role)) {
            throw new IllegalStateException("end-customer demand is not shared in this session");
        }
        return state.demandReceivedHistory(state.scenario().marketRole());
    }

    /** The whole state, for the engine's own tests only; a seat never sees it. */
    GameState stateForTests() {
        return state;
    }

    private int ownSite(int site) {
        if (state.scenario().site(site).role() != role) {
            throw new IllegalArgumentException("site " + state.scenario().site(site).id() + " belongs to another seat");
        }
        return site;
    }
}
