package com.chipchain.engine;

/**
 * A company in the chain: one seat in the game.
 *
 * @param product what this role sells
 * @param produces true when its sites make the product from its bill of materials; false when it
 *     only buys and resells (the beer game's retailer, wholesaler and distributor)
 * @param backlogCost money per unit owed to customers per turn
 * @param cash money at the start of the game
 */
public record Role(String id, Text name, Text briefing, int product, boolean produces, long backlogCost, long cash) {}
