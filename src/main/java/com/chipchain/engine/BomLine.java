package com.chipchain.engine;

/** One input of a bill of materials: {@code quantity} units of {@code product} per unit made. */
public record BomLine(int product, int quantity) {}
