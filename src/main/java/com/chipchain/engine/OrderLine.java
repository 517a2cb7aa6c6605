package com.chipchain.engine;

/**
 * One line of a purchase order.
 *
 * @param product what is ordered (the supplier follows from the scenario's supply links)
 * @param site the buyer's own site the goods go to
 * @param usOnly when true the line is filled only from the supplier's US sites
 */
public record OrderLine(int product, int site, long quantity, boolean usOnly) {}
