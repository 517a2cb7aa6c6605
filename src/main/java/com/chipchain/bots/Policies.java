package com.chipchain.bots;

import com.chipchain.engine.Scenario;
import java.util.List;
import java.util.Map;

/**
 * The seat policies known by name. A policy is written {@code name} or {@code name:key=value,...}
 * (docs/bots.md lists each policy's parameters); {@code level=easy|normal|hard} picks a preset.
 */
public final class Policies {

    private static final List<String> NAMES = List.of("base-stock", "hold", "naive", "offshore-first", "reshorer", "sterman");

    /** Solo-practice levels: how the bots in your chain play. */
    public enum Level {
        /** Steady, well-stocked teammates: order-up-to bots. */
        EASY,
        /** Teammates who play like the average human player: Sterman's mean estimates. */
        NORMAL,
        /** Teammates who ignore what they already ordered and chase demand: a strong bullwhip. */
        HARD
    }

    private Policies() {}

    public static List<String> names() {
        return NAMES;
    }

    /** The policy a level stands for. */
    public static PolicySpec forLevel(Level level) {
        return switch (level) {
            case EASY -> new PolicySpec("base-stock", Map.of());
            case NORMAL -> new PolicySpec("sterman", Map.of());
            case HARD -> new PolicySpec("sterman", Map.of("level", "hard"));
        };
    }

    /** A fresh policy from its written form, with no scenario defaults, or an exception naming what is wrong. */
    public static SeatPolicy byName(String text) {
        return of(PolicySpec.parse(text));
    }

    /** A fresh policy from its written form; the scenario's defaults for it apply unless the text overrides them. */
    public static SeatPolicy byName(String text, Scenario scenario) {
        PolicySpec spec = PolicySpec.parse(text);
        Map<String, String> merged = new java.util.LinkedHashMap<>(scenario.botParameters(spec.name()));
        merged.putAll(spec.parameters());
        return of(new PolicySpec(spec.name(), merged), spec.toString());
    }

    public static SeatPolicy of(PolicySpec spec) {
        return of(spec, spec.toString());
    }

    private static SeatPolicy of(PolicySpec spec, String label) {
        String level = spec.text("level", "normal");
        if (!List.of("easy", "normal", "hard").contains(level)) {
            throw new IllegalArgumentException("level must be easy, normal or hard, not '" + level + "'");
        }
        return switch (spec.name()) {
            case "naive" -> new NaivePolicy();
            case "hold" -> new HoldPolicy();
            case "sterman" -> new ChainBot(label, stermanAt(level).with(spec), SiteStrategy.COST_FIRST,
                    spec.number("capacityCover", 1.1), 0, 0, 0);
            case "base-stock" -> new ChainBot(label, baseStockAt(level).with(spec), SiteStrategy.COST_FIRST,
                    spec.number("capacityCover", 1.2), 0, 0, 0);
            case "reshorer" -> new ChainBot(label, baseStockAt(level).with(spec), SiteStrategy.RESHORE,
                    spec.number("capacityCover", 1.2), spec.number("usOnly", 0.5), spec.number("fundShare", 0),
                    spec.number("usCapacity", 0.6));
            case "offshore-first" -> new ChainBot(label, baseStockAt(level).with(spec), SiteStrategy.OFFSHORE,
                    spec.number("capacityCover", 1.2), 0, 0, 0);
            default -> throw new IllegalArgumentException(
                    "unknown policy '" + spec.name() + "'; known policies: " + String.join(", ", NAMES));
        };
    }

    /** Sterman's mean estimates at normal; at hard the supply line is ignored and demand chased (beta 0, theta 0.6). */
    private static StockRule stermanAt(String level) {
        return switch (level) {
            case "easy" -> new StockRule(0.25, 0.26, 0.8, StockRule.STERMAN_MEAN.stockTurns(), false);
            case "hard" -> new StockRule(0.6, 0.4, 0.0, StockRule.STERMAN_MEAN.stockTurns(), false);
            default -> StockRule.STERMAN_MEAN;
        };
    }

    private static StockRule baseStockAt(String level) {
        return switch (level) {
            case "easy" -> new StockRule(0.3, 0.5, 1.0, Double.NaN, true);
            case "hard" -> new StockRule(0.6, 1.0, 1.0, Double.NaN, true);
            default -> StockRule.BASE_STOCK;
        };
    }
}
