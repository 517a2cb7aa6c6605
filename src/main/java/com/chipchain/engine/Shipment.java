package com.chipchain.engine;

/**
 * Goods on their way from a supplier's site to a buyer's site.
 *
 * @param value what the buyer paid for them (the base of any tariff on arrival)
 * @param usValue the part of their reference value made in US sites (for US-content share)
 */
public record Shipment(int product, int from, int to, long quantity, long value, long usValue, int dueTurn) {}
