package com.chipchain.play;

/**
 * A facilitator's message: to the whole class ({@code chain} null) or to the teams of one chain
 * (0-based), in the order it was sent.
 */
public record Broadcast(Integer chain, String text) {

    /** Whether the teams of this chain read it. */
    public boolean reaches(int seatChain) {
        return chain == null || chain == seatChain;
    }

    public boolean toClass() {
        return chain == null;
    }
}
