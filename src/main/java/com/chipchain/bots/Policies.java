package com.chipchain.bots;

import com.chipchain.engine.Scenario;
import java.util.List;
import java.util.Map;

/**
 * The seat policies known by name. A policy is written {@code name} or {@code name:key=value,...}
 * (docs/bots.md lists each policy's parameters); {@code level=easy|normal|hard} picks a preset.
 */
public final class Policies {

    /** The benchmark: {@code base-stock} with the parameters of the scenario's {@code bots: benchmark:} section (its tuned rule). */
    public static final String BENCHMARK = "benchmark";
    /** The cooperating chain: {@code base-stock} with the scenario's {@code bots: cooperative:} parameters (tuned for the chain score). */
    public static final String COOPERATIVE = "cooperative";

    private static final List<String> NAMES = List.of(BENCHMARK, "base-stock", COOPERATIVE, "hold", "naive", "offshore-first",
            "reshorer", "sterman");

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
        Map<String, String> merged = new java.util.LinkedHashMap<>(defaults(spec.name(), scenario));
        merged.putAll(spec.parameters());
        return of(new PolicySpec(spec.name(), merged), spec.toString());
    }

    /**
     * The scenario's defaults for a policy: its own {@code bots:} entry; the benchmark falls back to
     * base-stock's entry and the cooperative chain to the benchmark's when the scenario has none.
     */
    public static Map<String, String> defaults(String policy, Scenario scenario) {
        Map<String, String> own = scenario.botParameters(policy);
        if (!own.isEmpty() || !(policy.equals(BENCHMARK) || policy.equals(COOPERATIVE))) {
            return own;
        }
        return defaults(policy.equals(COOPERATIVE) ? BENCHMARK : "base-stock", scenario);
    }

    public static SeatPolicy of(PolicySpec spec) {
        return of(spec, spec.toString());
    }

    /** Each parameter a policy knows, with its range (docs/bots.md). */
    private record Range(double min, double max) {}

    private static final Map<String, Range> STOCK = Map.of("theta", new Range(0, 1), "alphaS", new Range(0, 1),
            "beta", new Range(0, 1), "stockTurns", new Range(0, 52), "capacityCover", new Range(0, 10));
    private static final Map<String, Range> HABITS = Map.ofEntries(Map.entry("usOnly", new Range(0, 1)),
            Map.entry("pricing", new Range(0, 1)), Map.entry("sellsOutside", new Range(0, 1)),
            Map.entry("minUseTurns", new Range(0, 100)), Map.entry("planWeight", new Range(0, 1)),
            Map.entry("endGame", new Range(0, 1)), Map.entry("capexFrom", new Range(1, 1000)),
            Map.entry("capexUntil", new Range(0, 1000)), Map.entry("outsideFirst", new Range(0, 1)),
            Map.entry("priceOffset", new Range(-10, 10)), Map.entry("priceGain", new Range(0, 10)),
            Map.entry("priceLimit", new Range(0, 10)), Map.entry("contractPremium", new Range(0, 1)),
            Map.entry("contractUnits", new Range(0, 3)), Map.entry("contractFrom", new Range(1, 1000)),
            Map.entry("acceptPremium", new Range(0, 10)));
    private static final Map<String, Range> RESHORING = Map.of("fundShare", new Range(0, 1), "usCapacity", new Range(0, 1));
    /** The base-stock family also chooses its site strategy: 0 cheapest first, 1 reshore, 2 offshore first. */
    private static final Map<String, Range> SITE = Map.of("site", new Range(0, 2));

    private static Map<String, Range> known(String policy) {
        Map<String, Range> known = new java.util.HashMap<>();
        switch (policy) {
            case "sterman" -> known.putAll(STOCK);
            case "base-stock", BENCHMARK, COOPERATIVE -> {
                known.putAll(STOCK);
                known.putAll(HABITS);
                known.putAll(RESHORING);
                known.putAll(SITE);
            }
            case "offshore-first" -> {
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

    static SeatPolicy of(PolicySpec spec, String label) {
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
            case "base-stock", BENCHMARK, COOPERATIVE -> new ChainBot(label, baseStockAt(level).with(spec), siteStrategy(spec),
                    spec.number("capacityCover", 1.2), spec.number("usOnly", 0.5), spec.number("fundShare", 0),
                    spec.number("usCapacity", 0.6), benchmarkHabits(spec));
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

    private static SiteStrategy siteStrategy(PolicySpec spec) {
        return switch ((int) Math.round(spec.number("site", 0))) {
            case 1 -> SiteStrategy.RESHORE;
            case 2 -> SiteStrategy.OFFSHORE;
            default -> SiteStrategy.COST_FIRST;
        };
    }

    /**
     * The benchmark prices, sells its surplus outside the chain and builds only what it can still
     * use; a price rule of backlog and stock replaces the step rule when any of its three numbers is set.
     */
    private static ChainBot.Habits benchmarkHabits(PolicySpec spec) {
        boolean target = spec.parameters().containsKey("priceOffset") || spec.parameters().containsKey("priceGain")
                || spec.parameters().containsKey("priceLimit");
        PriceRule.Target price = target ? new PriceRule.Target(spec.number("priceOffset", 0), spec.number("priceGain", 0),
                spec.number("priceLimit", 2)) : null;
        return new ChainBot.Habits(spec.number("pricing", 1) > 0, spec.number("sellsOutside", 1) > 0,
                (int) spec.number("minUseTurns", 3), spec.number("planWeight", 0), spec.number("endGame", 1) > 0,
                (int) spec.number("capexFrom", 1), (int) spec.number("capexUntil", 1000), spec.number("outsideFirst", 0) > 0,
                price, new Contracting(spec.number("contractPremium", 0), spec.number("contractUnits", 1),
                        (int) spec.number("contractFrom", 2), spec.number("acceptPremium", Contracting.NEVER.accept())));
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
