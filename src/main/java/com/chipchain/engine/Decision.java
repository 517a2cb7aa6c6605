package com.chipchain.engine;

import java.util.List;

/**
 * What one seat decides for one turn. It names the turn it was made for, so a stale decision can
 * be refused.
 *
 * @param price the end-market price (market role only); {@link #KEEP_PRICE} keeps the current one
 */
public record Decision(
        int turn,
        List<OrderLine> orders,
        List<SiteAmount> production,
        List<SiteAmount> investment,
        long price,
        List<Funding> partnerFund) {

    public static final long KEEP_PRICE = -1;

    public Decision {
        orders = List.copyOf(orders);
        production = List.copyOf(production);
        investment = List.copyOf(investment);
        partnerFund = List.copyOf(partnerFund);
    }

    public static Decision empty(int turn) {
        return new Decision(turn, List.of(), List.of(), List.of(), KEEP_PRICE, List.of());
    }

    /** The same choices, for another turn (used to repeat last turn's decision). */
    public Decision forTurn(int newTurn) {
        return new Decision(newTurn, orders, production, investment, price, partnerFund);
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
