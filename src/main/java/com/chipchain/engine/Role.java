package com.chipchain.engine;

/**
 * A company in the chain: one seat in the game.
 *
 * @param product what this role sells
 * @param produces true when its sites make the product from its bill of materials; false when it
 *     only buys and resells (the beer game's retailer, wholesaler and distributor)
 * @param backlogCost money per unit owed to customers per turn
 * @param cash money at the start of the game
 * @param otherBuyers buyers outside the chain for its product, or null when there are none
 */
public record Role(String id, Text name, Text briefing, int product, boolean produces, long backlogCost, long cash,
                   OtherBuyers otherBuyers) {

    public Role(String id, Text name, Text briefing, int product, boolean produces, long backlogCost, long cash) {
        this(id, name, briefing, product, produces, backlogCost, cash, null);
    }
}
