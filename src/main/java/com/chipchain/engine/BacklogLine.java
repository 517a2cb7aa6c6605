package com.chipchain.engine;

/**
 * Units a supplier owes a buyer, oldest first.
 *
 * @param buyer the buying role, or {@link #MARKET} for end customers
 * @param site the buyer's destination site ({@code -1} for end customers)
 */
public record BacklogLine(int buyer, int product, int site, long quantity, boolean usOnly, int placedTurn) {
    public static final int MARKET = -1;

    public BacklogLine withQuantity(long remaining) {
        return new BacklogLine(buyer, product, site, remaining, usOnly, placedTurn);
    }

    public boolean fromMarket() {
        return buyer == MARKET;
    }
}
