package com.chipchain.engine;

/**
 * Money one role pays another: the market role's US partner fund (lowers the partner's US capex),
 * or a buyer's prepayment to a supplier (credited against later purchases).
 */
public record Funding(int partner, long amount) {}
