package com.chipchain.bots;

import com.chipchain.engine.Scenario;
import com.chipchain.engine.Site;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * The documented family of simple fixed rules a seat can play (docs/bots.md, "The rule family"):
 * the {@code base-stock} bot with its stock target, order smoothing, capex timing, site and size,
 * and for the market role a price rule of backlog and stock. {@code tune} and {@code balance
 * --search} search this family; the tuned benchmark and the cooperating chain are members of it.
 *
 * <p>A seat's rule is a point in the seat's dimensions; the dimensions a seat has depend on what
 * it can do in the scenario (only a seat that can build has capex dimensions, only the market role
 * prices).
 */
public final class RuleFamily {

    /** One number of a rule: its parameter, range and the grid it moves on. */
    public record Dimension(String key, double min, double max, double step) {

        public double snap(double value) {
            double snapped = min + Math.round((value - min) / step) * step;
            return Math.max(min, Math.min(max, Math.round(snapped * 1e6) / 1e6));
        }

        public double sample(RandomGenerator random) {
            return snap(min + random.nextDouble() * (max - min));
        }
    }

    /** One seat's rule: a value per dimension of that seat. */
    public record Rule(List<Dimension> dimensions, double[] values) {

        public Rule {
            values = values.clone();
        }

        @Override
        public double[] values() {
            return values.clone();
        }

        public double value(String key) {
            for (int i = 0; i < dimensions.size(); i++) {
                if (dimensions.get(i).key().equals(key)) {
                    return values[i];
                }
            }
            throw new IllegalArgumentException("no dimension " + key);
        }

        public Rule with(String key, double value) {
            double[] changed = values.clone();
            for (int i = 0; i < dimensions.size(); i++) {
                if (dimensions.get(i).key().equals(key)) {
                    changed[i] = dimensions.get(i).snap(value);
                }
            }
            return new Rule(dimensions, changed);
        }

        /** The rule as {@code base-stock} parameters, e.g. {@code theta=0.4}. */
        public Map<String, String> parameters() {
            Map<String, String> parameters = new LinkedHashMap<>();
            for (int i = 0; i < dimensions.size(); i++) {
                parameters.put(dimensions.get(i).key(), format(values[i]));
            }
            return parameters;
        }

        /** The bot that plays this rule. */
        public SeatPolicy policy(String label) {
            return Policies.of(new PolicySpec("base-stock", parameters()), label);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Rule rule && dimensions.equals(rule.dimensions) && java.util.Arrays.equals(values, rule.values);
        }

        @Override
        public int hashCode() {
            return 31 * dimensions.hashCode() + java.util.Arrays.hashCode(values);
        }

        @Override
        public String toString() {
            StringBuilder text = new StringBuilder();
            parameters().forEach((key, value) -> text.append(text.isEmpty() ? "" : ",").append(key).append('=').append(value));
            return text.toString();
        }
    }

    private RuleFamily() {}

    /** The dimensions of one seat in a scenario. */
    public static List<Dimension> dimensions(Scenario scenario, int role) {
        int turns = scenario.turnCount();
        List<Dimension> dimensions = new ArrayList<>();
        // stock target and order smoothing
        dimensions.add(new Dimension("theta", 0, 1, 0.05));
        dimensions.add(new Dimension("alphaS", 0.1, 1, 0.05));
        dimensions.add(new Dimension("beta", 0, 1, 0.05));
        dimensions.add(new Dimension("stockTurns", 0, 4, 0.25));
        if (scenario.role(role).produces() && !scenario.product(scenario.role(role).product()).bom().isEmpty()) {
            dimensions.add(new Dimension("planWeight", 0, 1, 0.1));
        }
        dimensions.add(new Dimension("endGame", 0, 1, 1));
        // capex: timing, size and site
        boolean builds = false;
        boolean us = false;
        boolean abroad = false;
        for (int site : scenario.sitesOf(role)) {
            Site where = scenario.site(site);
            builds |= where.build() != null;
            us |= where.inUs();
            abroad |= !where.inUs();
        }
        if (builds) {
            dimensions.add(new Dimension("capacityCover", 0, 3, 0.05));
            dimensions.add(new Dimension("capexFrom", 1, turns, 1));
            dimensions.add(new Dimension("capexUntil", 0, turns, 1));
        }
        if (us && abroad) {
            dimensions.add(new Dimension("site", 0, 2, 1));
            dimensions.add(new Dimension("usCapacity", 0, 1, 0.05));
        }
        if (scenario.role(role).otherBuyers() != null) {
            dimensions.add(new Dimension("sellsOutside", 0, 1, 1));
            dimensions.add(new Dimension("outsideFirst", 0, 1, 1));
        }
        // US supply contracts: what it offers the suppliers with a US site, what it accepts from its buyers
        boolean usSupplierOfMine = false;
        for (var link : scenario.suppliesOf(role)) {
            usSupplierOfMine |= scenario.hasUsSite(link.supplier());
        }
        if (usSupplierOfMine) {
            dimensions.add(new Dimension("contractPremium", 0, 0.3, 0.01));
            dimensions.add(new Dimension("contractUnits", 0, 1.5, 0.05));
        }
        boolean sellsToTheChain = scenario.links().stream().anyMatch(link -> link.supplier() == role);
        if (us && sellsToTheChain) {
            dimensions.add(new Dimension("acceptPremium", 0, 0.5, 0.01));
        }
        // the market role's price rule of backlog and stock, and its US buying and partner fund
        if (scenario.isMarketRole(role)) {
            if (!scenario.market().price().fixed()) {
                dimensions.add(new Dimension("priceOffset", -3, 3, 0.25));
                dimensions.add(new Dimension("priceGain", 0, 3, 0.25));
                dimensions.add(new Dimension("priceLimit", 0, 4, 0.25));
            }
            boolean usSupplier = false;
            for (var link : scenario.suppliesOf(role)) {
                usSupplier |= scenario.hasUsSite(link.supplier());
            }
            if (usSupplier) {
                dimensions.add(new Dimension("usOnly", 0, 1, 0.05));
                dimensions.add(new Dimension("fundShare", 0, 0.1, 0.005));
            }
        }
        return List.copyOf(dimensions);
    }

    /**
     * The rule of this family closest to what a policy written in the scenario plays: its
     * parameters where it sets them, the base-stock defaults elsewhere; the step price rule
     * becomes the target rule that prices the same pressure (gain 3, at most two steps).
     */
    public static Rule of(Scenario scenario, int role, String policy) {
        PolicySpec written = PolicySpec.parse(policy);
        Map<String, String> merged = new LinkedHashMap<>(Policies.defaults(written.name(), scenario));
        merged.putAll(written.parameters());
        String prefix = scenario.role(role).id() + ".";
        Map<String, String> own = new LinkedHashMap<>();
        merged.forEach((key, value) -> {
            if (!key.contains(".")) {
                own.put(key, value);
            }
        });
        merged.forEach((key, value) -> {
            if (key.startsWith(prefix)) {
                own.put(key.substring(prefix.length()), value);
            }
        });
        List<Dimension> dimensions = dimensions(scenario, role);
        double[] values = new double[dimensions.size()];
        for (int i = 0; i < values.length; i++) {
            Dimension dimension = dimensions.get(i);
            String value = own.get(dimension.key());
            double number = value != null ? Double.parseDouble(value) : defaultValue(dimension.key(), scenario, role);
            values[i] = dimension.snap(number);
        }
        return new Rule(dimensions, values);
    }

    /** What the base-stock bot plays when a parameter is not written (docs/bots.md). */
    private static double defaultValue(String key, Scenario scenario, int role) {
        return switch (key) {
            case "theta" -> StockRule.BASE_STOCK.theta();
            case "alphaS" -> StockRule.BASE_STOCK.alphaS();
            case "beta" -> StockRule.BASE_STOCK.beta();
            case "stockTurns" -> Math.min(4, Openings.stock(scenario, role, scenario.role(role).product())
                    / Math.max(1, Openings.flow(scenario, role, scenario.openingDecisions().get(role))));
            case "planWeight", "site", "priceOffset", "outsideFirst", "fundShare" -> 0;
            case "endGame", "sellsOutside" -> 1;
            case "capacityCover" -> 1.2;
            case "capexFrom" -> 1;
            case "capexUntil" -> scenario.turnCount();
            case "usCapacity" -> 0.6;
            case "priceGain" -> 3;
            case "priceLimit" -> 2;
            case "usOnly" -> 0.5;
            case "contractPremium" -> 0;
            case "contractUnits" -> 1;
            case "acceptPremium" -> 10;
            default -> throw new IllegalArgumentException("no default for " + key);
        };
    }

    /** The rules as a scenario's {@code bots:} entry: {@code ROLE.key: value}, seat by seat. */
    public static Map<String, String> asBotParameters(Scenario scenario, List<Rule> rules) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int role = 0; role < rules.size(); role++) {
            String id = scenario.role(role).id();
            rules.get(role).parameters().forEach((key, value) -> parameters.put(id + "." + key, value));
        }
        return parameters;
    }

    static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e9) {
            return String.valueOf((long) value);
        }
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
