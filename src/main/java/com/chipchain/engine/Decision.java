package com.chipchain.engine;

import java.util.List;

/**
 * What one seat decides for one turn. It names the turn it was made for, so a stale decision can
 * be refused.
 *
 * @param price the end-market price (market role only); {@link #KEEP_PRICE} keeps the current one
 * @param otherSales units offered this turn to buyers outside the chain (roles that have them);
 *     they ship before the chain's orders except those covered by a prepayment
 * @param prepayments money paid now to a supplier ({@link Funding#partner()}), credited against
 *     later purchases from it
 * @param shipFirst which of its customers' order lines a short supplier serves first
 * @param contracts US supply contracts offered, accepted or ended this turn
 */
public record Decision(
        int turn,
        List<OrderLine> orders,
        List<SiteAmount> production,
        List<SiteAmount> investment,
        long price,
        List<Funding> partnerFund,
        long otherSales,
        List<Funding> prepayments,
        ShipPriority shipFirst,
        ContractMoves contracts) {

    public static final long KEEP_PRICE = -1;

    /**
     * The largest amount of money, in hundredths, that any number of a game may name (a price, a fund,
     * a scenario's cost): far beyond any game, far below what could overflow a sum. The one ceiling
     * the scenario loader, the play layer and the decision form share.
     */
    public static final long MAX_MONEY = 1_000_000_000_00L;

    public Decision {
        orders = List.copyOf(orders);
        production = List.copyOf(production);
        investment = List.copyOf(investment);
        partnerFund = List.copyOf(partnerFund);
        prepayments = List.copyOf(prepayments);
        shipFirst = shipFirst == null ? ShipPriority.OLDEST : shipFirst;
        contracts = contracts == null ? ContractMoves.NONE : contracts;
    }

    public Decision(int turn, List<OrderLine> orders, List<SiteAmount> production, List<SiteAmount> investment,
                    long price, List<Funding> partnerFund, long otherSales, List<Funding> prepayments, ShipPriority shipFirst) {
        this(turn, orders, production, investment, price, partnerFund, otherSales, prepayments, shipFirst, ContractMoves.NONE);
    }

    public Decision(int turn, List<OrderLine> orders, List<SiteAmount> production, List<SiteAmount> investment,
                    long price, List<Funding> partnerFund, long otherSales, List<Funding> prepayments) {
        this(turn, orders, production, investment, price, partnerFund, otherSales, prepayments, ShipPriority.OLDEST);
    }

    public Decision(int turn, List<OrderLine> orders, List<SiteAmount> production, List<SiteAmount> investment,
                    long price, List<Funding> partnerFund) {
        this(turn, orders, production, investment, price, partnerFund, 0, List.of(), ShipPriority.OLDEST);
    }

    public static Decision empty(int turn) {
        return new Decision(turn, List.of(), List.of(), List.of(), KEEP_PRICE, List.of());
    }

    /**
     * The same choices, for another turn (used to repeat last turn's decision). Contract moves are
     * not repeated: an offer, an acceptance or an ending is made once.
     */
    public Decision forTurn(int newTurn) {
        return new Decision(newTurn, orders, production, investment, price, partnerFund, otherSales, prepayments, shipFirst);
    }

    public Decision withContracts(ContractMoves moves) {
        return new Decision(turn, orders, production, investment, price, partnerFund, otherSales, prepayments, shipFirst, moves);
    }

    public Decision withOrders(List<OrderLine> newOrders) {
        return new Decision(turn, newOrders, production, investment, price, partnerFund, otherSales, prepayments, shipFirst, contracts);
    }

    public Decision withProduction(List<SiteAmount> newProduction) {
        return new Decision(turn, orders, newProduction, investment, price, partnerFund, otherSales, prepayments, shipFirst, contracts);
    }

    public Decision withInvestment(List<SiteAmount> newInvestment) {
        return new Decision(turn, orders, production, newInvestment, price, partnerFund, otherSales, prepayments, shipFirst, contracts);
    }

    public Decision withPrice(long newPrice) {
        return new Decision(turn, orders, production, investment, newPrice, partnerFund, otherSales, prepayments, shipFirst, contracts);
    }

    public Decision withShipFirst(ShipPriority priority) {
        return new Decision(turn, orders, production, investment, price, partnerFund, otherSales, prepayments, priority, contracts);
    }

    public Decision withOtherSales(long units) {
        return new Decision(turn, orders, production, investment, price, partnerFund, units, prepayments, shipFirst, contracts);
    }

    public Decision withPrepayments(List<Funding> newPrepayments) {
        return new Decision(turn, orders, production, investment, price, partnerFund, otherSales, newPrepayments, shipFirst, contracts);
    }

    public long productionAt(int site) {
        long total = 0;
        for (int i_amount = 0; i_amount < production.size(); i_amount++) {
            SiteAmount amount = production.get(i_amount);
            if (amount.site() == site) {
                total += amount.amount();
            }
        }
        return total;
    }

    public long totalOrdered() {
        long total = 0;
        for (int i_line = 0; i_line < orders.size(); i_line++) {
            OrderLine line = orders.get(i_line);
            total += line.quantity();
        }
        return total;
    }

    public long totalProduction() {
        long total = 0;
        for (int i_amount = 0; i_amount < production.size(); i_amount++) {
            SiteAmount amount = production.get(i_amount);
            total += amount.amount();
        }
        return total;
    }
}
