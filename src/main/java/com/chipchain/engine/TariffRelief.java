package com.chipchain.engine;

/**
 * Tariff relief linked to US investment: tariffs on goods a role ships into the US are cut by
 * {@code percentPerUsShare} % for each 1 % of that role's capacity that is in the US (built or
 * being built), at most {@code maxPercent} %. The 2025-26 semiconductor tariffs were framed this
 * way: companies that build in the US are spared (docs/rules.md, docs/scenario-sources.md).
 */
public record TariffRelief(int percentPerUsShare, int maxPercent) {

    public static final TariffRelief NONE = new TariffRelief(0, 0);

    /** Relief in basis points of the tariff for a role with this US share of capacity (basis points). */
    public int reliefBasisPoints(long usShareBasisPoints) {
        long relief = usShareBasisPoints * percentPerUsShare / 100;
        return (int) Math.min(relief, maxPercent * 100L);
    }
}
