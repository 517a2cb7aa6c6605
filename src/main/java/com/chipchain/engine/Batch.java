package com.chipchain.engine;

/** Good units in production at a site, ready on {@code dueTurn}. */
public record Batch(int site, int product, long quantity, long usValue, int dueTurn) {}
