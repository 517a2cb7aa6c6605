package com.chipchain.engine;

/**
 * A transport lane that overrides the supply link's transit time between two sites.
 *
 * @param freight money per unit shipped on this lane, paid by the shipping role
 */
public record Lane(int from, int to, int transit, long freight) {

    public Lane(int from, int to, int transit) {
        this(from, to, transit, 0);
    }
}
