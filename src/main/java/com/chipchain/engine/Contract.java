package com.chipchain.engine;

/**
 * A US supply contract between a buyer and a supplier it buys from (docs/rules.md, "US supply
 * contracts"): on every turn from {@code firstTurn} to {@code lastTurn} the buyer pays
 * {@code premium} on each unit the supplier ships it from a US site, up to {@code units} units a
 * turn, on top of the price. While it is only offered, the turns are those it would run.
 *
 * @param premium money per US-made unit, in hundredths
 */
public record Contract(int buyer, int supplier, long premium, long units, int firstTurn, int lastTurn) {

    /** What ending the contract early costs the side that ends it: one turn of the full premium. */
    public long breakFee() {
        return premium * units;
    }

    public boolean between(int role, int partner) {
        return (buyer == role && supplier == partner) || (buyer == partner && supplier == role);
    }

    public boolean involves(int role) {
        return buyer == role || supplier == role;
    }
}
