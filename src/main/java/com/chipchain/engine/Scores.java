package com.chipchain.engine;

/**
 * The score of a chain, by the one rule everyone is scored with (docs/rules.md, "Scoring").
 *
 * @param teamProfits per role: cash now minus cash at the start, plus what it holds is worth
 * @param endValues per role: the part of its profit that is what it holds (capacity not yet
 *     written off, stock at the scenario's percent of value, prepaid credit, unused partner fund)
 * @param usContentShare share of the reference value delivered to end customers made in US sites
 * @param fillRate end-customer units delivered / demanded at the reference price (at most 1; 1
 *     when nothing was demanded)
 * @param chain sum of team profits plus the weighted bonuses
 */
public record Scores(long[] teamProfits, long[] endValues, double usContentShare, double fillRate,
                     long usContentBonus, long serviceBonus, long chain) {

    public static Scores of(GameState state) {
        Scenario scenario = state.scenario();
        long[] profits = new long[scenario.roles().size()];
        long[] endValues = endValues(state);
        long sum = 0;
        for (int role = 0; role < profits.length; role++) {
            profits[role] = state.cash(role) - scenario.role(role).cash() + endValues[role];
            sum += profits[role];
        }
        long delivered = state.deliveredValue();
        long usBonus = delivered == 0 ? 0 : scenario.scoring().usContentBonus() * state.deliveredUsValue() / delivered;
        long demanded = state.marketReferenceDemandTotal();
        long deliveredUnits = Math.min(state.marketDeliveredTotal(), demanded);
        long serviceBonus = demanded == 0
                ? scenario.scoring().serviceBonus()
                : scenario.scoring().serviceBonus() * deliveredUnits / demanded;
        double usShare = delivered == 0 ? 0 : (double) state.deliveredUsValue() / delivered;
        double fill = demanded == 0 ? 1 : (double) deliveredUnits / demanded;
        return new Scores(profits, endValues, usShare, fill, usBonus, serviceBonus, sum + usBonus + serviceBonus);
    }

    /** Sum of the team profits without the bonuses. */
    public long teamProfitSum() {
        long sum = 0;
        for (long profit : teamProfits) {
            sum += profit;
        }
        return sum;
    }

    /**
     * What one unit held at a site cost its holder: for what the site makes, its production cost
     * plus the reference value of the inputs in it; for what the holder bought, its reference value
     * (the price it is sold at in the chain).
     */
    static long unitCost(Scenario scenario, int site, int product) {
        Site where = scenario.site(site);
        Role holder = scenario.role(where.role());
        Product good = scenario.product(product);
        if (!holder.produces() || holder.product() != product) {
            return good.value();
        }
        long cost = where.productionCost();
        for (BomLine input : good.bom()) {
            cost += input.quantity() * scenario.product(input.product()).value();
        }
        return cost;
    }

    /**
     * What each role holds is worth if the game stopped now: capacity at the part of its capex not
     * yet written off (straight line over the scenario's capacity life), goods at the scenario's
     * percent of what they cost their holder, prepaid credit (owed back to the buyer by the supplier) and
     * partner-fund money no partner used (back to the market role that paid it).
     */
    static long[] endValues(GameState state) {
        Scenario scenario = state.scenario();
        int roles = scenario.roles().size();
        long[] values = new long[roles];
        Scoring scoring = scenario.scoring();
        int life = scoring.capacityLifeTurns();
        if (life > 0) {
            int played = Math.min(state.turn() - 1, scenario.turnCount());
            for (int role = 0; role < roles; role++) {
                for (int turn = 1; turn <= played; turn++) {
                    long age = state.turn() - turn;
                    if (age < life) {
                        values[role] += state.investedOn(role, turn) * (life - age) / life;
                    }
                }
            }
        }
        if (scoring.stockValuePercent() > 0) {
            long[] goods = new long[roles];
            for (int site = 0; site < scenario.sites().size(); site++) {
                for (int product = 0; product < scenario.products().size(); product++) {
                    long units = state.inventory(site, product);
                    if (units != 0) {
                        goods[scenario.site(site).role()] += units * unitCost(scenario, site, product);
                    }
                }
            }
            for (Batch batch : state.batches()) {
                goods[scenario.site(batch.site()).role()] += batch.quantity() * unitCost(scenario, batch.site(), batch.product());
            }
            for (Shipment shipment : state.shipments()) {
                goods[scenario.site(shipment.to()).role()] += shipment.quantity() * unitCost(scenario, shipment.to(), shipment.product());
            }
            for (int role = 0; role < roles; role++) {
                values[role] += goods[role] * scoring.stockValuePercent() / 100;
            }
        }
        for (int buyer = 0; buyer < roles; buyer++) {
            for (int supplier = 0; supplier < roles; supplier++) {
                long credit = state.credit(buyer, supplier);
                values[buyer] += credit;
                values[supplier] -= credit;
            }
            if (scenario.market() != null) {
                values[scenario.marketRole()] += state.fundBalance(buyer);
            }
        }
        return values;
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
