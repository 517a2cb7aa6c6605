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

    /** {@code deviation:NAME}: the benchmark bot with one lever of the exploit search changed (docs/balance.md). */
    public static final String DEVIATION_PREFIX = "deviation:";

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
        if (text.startsWith(DEVIATION_PREFIX)) {
            return Deviations.of(text.substring(DEVIATION_PREFIX.length()), scenario);
        }
        PolicySpec spec = PolicySpec.parse(text);
        Map<String, String> merged = new java.util.LinkedHashMap<>(scenario.botParameters(spec.name()));
        merged.putAll(spec.parameters());
        return of(new PolicySpec(spec.name(), merged), spec.toString());
    }

    public static SeatPolicy of(PolicySpec spec) {
        return of(spec, spec.toString());
    }

    /** Each parameter a policy knows, with its range (docs/bots.md). */
    private record Range(double min, double max) {}

    private static final Map<String, Range> STOCK = Map.of("theta", new Range(0, 1), "alphaS", new Range(0, 1),
            "beta", new Range(0, 1), "stockTurns", new Range(0, 52), "capacityCover", new Range(0, 10));
    private static final Map<String, Range> HABITS = Map.of("usOnly", new Range(0, 1), "pricing", new Range(0, 1),
            "sellsOutside", new Range(0, 1), "minUseTurns", new Range(0, 100), "planWeight", new Range(0, 1),
            "endGame", new Range(0, 1));
    private static final Map<String, Range> RESHORING = Map.of("fundShare", new Range(0, 1), "usCapacity", new Range(0, 1));

    private static Map<String, Range> known(String policy) {
        Map<String, Range> known = new java.util.HashMap<>();
        switch (policy) {
            case "sterman" -> known.putAll(STOCK);
            case "base-stock", "offshore-first" -> {
                known.putAll(STOCK);
                known.putAll(HABITS);
            }
            case "reshorer" -> {
                known.putAll(STOCK);
                known.putAll(HABITS);
                known.putAll(RESHORING);
            }
            default -> { }
        }
        return known;
    }

    /** Refuses unknown parameters and numbers that are not finite or out of range, naming the parameter. */
    private static void check(PolicySpec spec) {
        Map<String, Range> known = known(spec.name());
        for (Map.Entry<String, String> parameter : spec.parameters().entrySet()) {
            String key = parameter.getKey();
            String plain = key.contains(".") ? key.substring(key.indexOf('.') + 1) : key;
            if (plain.equals("level")) {
                continue;
            }
            Range range = known.get(plain);
            if (range == null) {
                throw new IllegalArgumentException("policy " + spec.name() + " has no parameter '" + plain + "'"
                        + (known.isEmpty() ? "; it takes none" : "; known: " + String.join(", ", new java.util.TreeSet<>(known.keySet()))));
            }
            double value = spec.number(key, Double.NaN);
            if (!Double.isFinite(value) || value < range.min() || value > range.max()) {
                throw new IllegalArgumentException("policy parameter " + plain + " must be a number from "
                        + format(range.min()) + " to " + format(range.max()) + ", not '" + parameter.getValue() + "'");
            }
        }
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    private static SeatPolicy of(PolicySpec spec, String label) {
        if (!NAMES.contains(spec.name())) {
            throw new IllegalArgumentException(
                    "unknown policy '" + spec.name() + "'; known policies: " + String.join(", ", NAMES));
        }
        check(spec);
        if (spec.parameters().keySet().stream().anyMatch(key -> key.contains("."))) {
            return new PerSeatPolicy(spec, label);
        }
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
                    spec.number("capacityCover", 1.2), spec.number("usOnly", 0.5), 0, 0, benchmarkHabits(spec));
            case "reshorer" -> new ChainBot(label, baseStockAt(level).with(spec), SiteStrategy.RESHORE,
                    spec.number("capacityCover", 1.2), spec.number("usOnly", 0.5), spec.number("fundShare", 0),
                    spec.number("usCapacity", 0.6), benchmarkHabits(spec));
            case "offshore-first" -> new ChainBot(label, baseStockAt(level).with(spec), SiteStrategy.OFFSHORE,
                    spec.number("capacityCover", 1.2), 0, 0, 0, benchmarkHabits(spec));
            default -> throw new IllegalArgumentException(
                    "unknown policy '" + spec.name() + "'; known policies: " + String.join(", ", NAMES));
        };
    }

    /**
     * A policy whose parameters differ by seat: {@code ROLE.key=value} overrides {@code key} for that
     * role only (a scenario tunes its benchmark seat by seat, docs/bots.md). One policy per role is
     * made the first time that role decides.
     */
    private static final class PerSeatPolicy implements SeatPolicy {
        private final PolicySpec spec;
        private final String label;
        private final java.util.concurrent.ConcurrentHashMap<Integer, SeatPolicy> bySeat = new java.util.concurrent.ConcurrentHashMap<>();

        PerSeatPolicy(PolicySpec spec, String label) {
            this.spec = spec;
            this.label = label;
        }

        @Override
        public String name() {
            return label;
        }

        @Override
        public com.chipchain.engine.Decision decide(com.chipchain.engine.SeatView view) {
            String role = view.scenario().role(view.role()).id();
            return bySeat.computeIfAbsent(view.role(), r -> of(forRole(role), label)).decide(view);
        }

        private PolicySpec forRole(String role) {
            Map<String, String> merged = new java.util.LinkedHashMap<>();
            spec.parameters().forEach((key, value) -> {
                if (!key.contains(".")) {
                    merged.put(key, value);
                }
            });
            spec.parameters().forEach((key, value) -> {
                if (key.startsWith(role + ".")) {
                    merged.put(key.substring(role.length() + 1), value);
                }
            });
            return new PolicySpec(spec.name(), merged);
        }
    }

    /** The benchmark prices, sells its surplus outside the chain and builds only what it can still use. */
    private static ChainBot.Habits benchmarkHabits(PolicySpec spec) {
        return new ChainBot.Habits(spec.number("pricing", 1) > 0, spec.number("sellsOutside", 1) > 0,
                (int) spec.number("minUseTurns", 3), spec.number("planWeight", 0), spec.number("endGame", 1) > 0);
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
