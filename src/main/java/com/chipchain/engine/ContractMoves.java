package com.chipchain.engine;

import java.util.List;

/**
 * What a seat does about US supply contracts in one turn: the offers it makes to its suppliers,
 * the buyers whose offers (made last turn) it accepts, and the partners whose running contract it
 * ends (docs/rules.md, "US supply contracts").
 */
public record ContractMoves(List<ContractOffer> offers, List<Integer> accept, List<Integer> cancel) {

    public static final ContractMoves NONE = new ContractMoves(List.of(), List.of(), List.of());

    public ContractMoves {
        offers = List.copyOf(offers);
        accept = List.copyOf(accept);
        cancel = List.copyOf(cancel);
    }

    public boolean isEmpty() {
        return offers.isEmpty() && accept.isEmpty() && cancel.isEmpty();
    }
}
