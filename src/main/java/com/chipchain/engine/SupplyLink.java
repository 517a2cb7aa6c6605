package com.chipchain.engine;

/**
 * The buyer role gets {@code product} from the supplier role.
 *
 * @param orderDelay turns from placing an order (step 7) until it joins the supplier's backlog (step 4)
 * @param transit turns from shipping (step 5) until arrival (step 2), unless a lane says otherwise
 */
public record SupplyLink(int buyer, int product, int supplier, int orderDelay, int transit) {}
