package com.chipchain.engine;

/**
 * Part of what a site makes is brought in from abroad (Indiana stacks Korean DRAM into HBM): that
 * share of the product's reference value is not US content, and it pays the tariff of
 * (product, origin) in force when production starts.
 */
public record ImportedContent(String origin, int percent) {}
