package com.chipchain.play;

import java.util.ArrayList;
import java.util.List;

/**
 * A run of chains one facilitator looks after in a big class (0-based, {@code first} to {@code last}
 * inclusive): several adults split forty chains between them, each with a console showing their own.
 */
public record ChainGroup(int first, int last) {

    /** Chains per group when a class is split: about what one adult can follow (50 players). */
    public static final int SIZE = 10;

    public static ChainGroup all(int chains) {
        return new ChainGroup(0, Math.max(0, chains - 1));
    }

    public boolean holds(int chain) {
        return chain >= first && chain <= last;
    }

    /** The whole class first, then groups of {@link #SIZE} chains; only the whole class when it is not bigger than one group. */
    public static List<ChainGroup> of(int chains) {
        List<ChainGroup> groups = new ArrayList<>();
        groups.add(all(chains));
        if (chains > SIZE) {
            for (int first = 0; first < chains; first += SIZE) {
                groups.add(new ChainGroup(first, Math.min(chains, first + SIZE) - 1));
            }
        }
        return groups;
    }
}
