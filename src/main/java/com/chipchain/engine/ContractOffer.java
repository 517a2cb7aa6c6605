package com.chipchain.engine;

/**
 * A buyer's offer of a US supply contract to one of its suppliers, made in its decision; the
 * supplier accepts or lets it lapse on the next turn (docs/rules.md, "US supply contracts").
 *
 * @param premium money per US-made unit, in hundredths
 * @param units the most units a turn the premium is paid on
 * @param turns how many turns it runs, from the turn it is accepted
 */
public record ContractOffer(int supplier, long premium, long units, int turns) {}
