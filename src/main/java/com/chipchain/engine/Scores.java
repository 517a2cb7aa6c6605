package com.chipchain.engine;

/**
 * The score of a chain, by the one rule everyone is scored with (GAME.md section 5).
 *
 * @param teamProfits cash now minus cash at the start, per role
 * @param usContentShare share of the reference value delivered to end customers made in US sites
 * @param fillRate end-customer units delivered / demanded (1 when nothing was demanded)
 * @param chain sum of team profits plus the weighted bonuses
 */
public record Scores(long[] teamProfits, double usContentShare, double fillRate,
                     long usContentBonus, long serviceBonus, long chain) {

    public static Scores of(GameState state) {
        Scenario scenario = state.scenario();
        long[] profits = new long[scenario.roles().size()];
        long sum = 0;
        for (int role = 0; role < profits.length; role++) {
            profits[role] = state.cash(role) - scenario.role(role).cash();
            sum += profits[role];
        }
        long delivered = state.deliveredValue();
        long usBonus = delivered == 0 ? 0 : scenario.scoring().usContentBonus() * state.deliveredUsValue() / delivered;
        long demanded = state.marketDemandTotal();
        long deliveredUnits = Math.min(state.marketDeliveredTotal(), demanded);
        long serviceBonus = demanded == 0
                ? scenario.scoring().serviceBonus()
                : scenario.scoring().serviceBonus() * deliveredUnits / demanded;
        double usShare = delivered == 0 ? 0 : (double) state.deliveredUsValue() / delivered;
        double fill = demanded == 0 ? 1 : (double) deliveredUnits / demanded;
        return new Scores(profits, usShare, fill, usBonus, serviceBonus, sum + usBonus + serviceBonus);
    }

    /**
     * Bullwhip ratio of a role over the turns played: variance of orders placed / variance of
     * demand received. Orders are counted in units of the role's own product (divided by the sum
     * of its bill of materials), so a packager ordering one die and one HBM per module is not
     * counted twice. NaN when demand never varied.
     */
    public static double bullwhip(GameState state, int role) {
        Scenario scenario = state.scenario();
        Role company = scenario.role(role);
        long perUnit = 0;
        if (company.produces()) {
            for (BomLine line : scenario.product(company.product()).bom()) {
                perUnit += line.quantity();
            }
        }
        double scale = Math.max(1, perUnit);
        double ordersVariance = variance(state.ordersPlacedHistory(role)) / (scale * scale);
        double demandVariance = variance(state.demandReceivedHistory(role));
        return demandVariance == 0 ? Double.NaN : ordersVariance / demandVariance;
    }

    static double variance(long[] values) {
        if (values.length < 2) {
            return 0;
        }
        double mean = 0;
        for (long value : values) {
            mean += value;
        }
        mean /= values.length;
        double sum = 0;
        for (long value : values) {
            sum += (value - mean) * (value - mean);
        }
        return sum / (values.length - 1);
    }
}
