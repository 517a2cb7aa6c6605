package com.chipchain.engine;

/** A transport lane that overrides the supply link's transit time between two sites. */
public record Lane(int from, int to, int transit) {}
