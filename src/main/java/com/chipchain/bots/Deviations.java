package com.chipchain.bots;

import com.chipchain.engine.Decision;
import com.chipchain.engine.Funding;
import com.chipchain.engine.OrderLine;
import com.chipchain.engine.PriceBand;
import com.chipchain.engine.Scenario;
import com.chipchain.engine.SeatView;
import com.chipchain.engine.SiteAmount;
import com.chipchain.engine.SupplyLink;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * One-lever deviations from the benchmark bot, for the exploit search ({@code balance} command,
 * docs/balance.md): each plays the seat exactly like the benchmark except for one lever, so the
 * change in score is what that lever alone is worth.
 */
public final class Deviations {

    /** A named deviation and the seats it applies to. */
    public record Deviation(String name, String description, boolean marketRoleOnly, boolean needsOtherBuyers,
                            boolean needsSuppliers, boolean producersOnly) {

        Deviation(String name, String description, boolean marketRoleOnly, boolean needsOtherBuyers, boolean needsSuppliers) {
            this(name, description, marketRoleOnly, needsOtherBuyers, needsSuppliers, false);
        }

        public boolean appliesTo(Scenario scenario, int role) {
            return (!producersOnly || scenario.role(role).produces())
                    && (!marketRoleOnly || scenario.isMarketRole(role))
                    && (!needsOtherBuyers || scenario.role(role).otherBuyers() != null)
                    && (!needsSuppliers || !scenario.suppliesOf(role).isEmpty());
        }
    }

    public static final List<Deviation> ALL = List.of(
            new Deviation("price-max", "price raised a step every turn to the top of the band", true, false, false),
            new Deviation("price-min", "price cut a step every turn to the bottom of the band", true, false, false),
            new Deviation("price-dynamic", "price a step up whenever customers wait, a step down otherwise", true, false, false),
            new Deviation("no-capex", "never builds capacity", false, false, false),
            new Deviation("stop-capex", "builds nothing in the last five turns", false, false, false),
            new Deviation("hold", "repeats the opening decision every turn", false, false, false),
            new Deviation("orders-half", "orders (or, without suppliers, production) x0.5", false, false, false),
            new Deviation("orders-double", "orders (or, without suppliers, production) x2", false, false, false),
            new Deviation("all-us", "reshores: US sites first, all capacity built in the US, US-only buying", false, false, false),
            new Deviation("all-offshore", "offshore first: US sites last, never builds there, no US-only buying", false, false, false),
            new Deviation("prepay-max", "prepays all its cash to its suppliers every turn", false, false, true),
            new Deviation("safety-none", "keeps no safety stock", false, false, false),
            new Deviation("production-half", "starts half the production it plans", false, false, false, true),
            new Deviation("safety-double", "keeps twice the benchmark's safety stock", false, false, false),
            new Deviation("sell-outside-max", "offers everything it has to buyers outside the chain", false, true, false));

    private Deviations() {}

    public static Deviation named(String name) {
        for (Deviation deviation : ALL) {
            if (deviation.name().equals(name)) {
                return deviation;
            }
        }
        throw new IllegalArgumentException("unknown deviation '" + name + "'");
    }

    /** The benchmark bot of this scenario with one lever changed. */
    public static SeatPolicy of(String name, Scenario scenario) {
        SeatPolicy benchmark = Policies.byName(BenchmarkChain.REFERENCE_POLICY, scenario);
        return switch (name) {
            case "price-max" -> wrap(name, benchmark, (view, d) -> d.withPrice(stepTowards(view, view.scenario().market().price().max())));
            case "price-min" -> wrap(name, benchmark, (view, d) -> d.withPrice(stepTowards(view, view.scenario().market().price().min())));
            case "price-dynamic" -> wrap(name, benchmark, (view, d) -> d.withPrice(stepTowards(view,
                    view.backlog() > 0 ? view.scenario().market().price().max() : view.scenario().market().price().min())));
            case "no-capex" -> wrap(name, benchmark, (view, d) -> d.withInvestment(List.of()));
            case "stop-capex" -> wrap(name, benchmark, (view, d) ->
                    view.turn() > view.scenario().turnCount() - 5 ? d.withInvestment(List.of()) : d);
            case "hold" -> new HoldPolicy();
            case "orders-half" -> wrap(name, benchmark, (view, d) -> scaled(view, d, 1, 2));
            case "orders-double" -> wrap(name, benchmark, (view, d) -> scaled(view, d, 2, 1));
            case "all-us" -> seatRule(name, scenario, role -> "site=1", role -> "usCapacity=1", role -> "usOnly=1");
            case "all-offshore" -> seatRule(name, scenario, role -> "site=2", role -> "usOnly=0");
            case "prepay-max" -> wrap(name, benchmark, Deviations::prepayEverything);
            case "production-half" -> wrap(name, benchmark, (view, d) -> {
                List<SiteAmount> production = new ArrayList<>();
                for (SiteAmount amount : d.production()) {
                    production.add(new SiteAmount(amount.site(), amount.amount() / 2));
                }
                return d.withProduction(production);
            });
            case "safety-none" -> seatRule(name, scenario, role -> "stockTurns=0");
            case "safety-double" -> seatRule(name, scenario, role -> "stockTurns="
                    + Math.min(52, 2 * RuleFamily.of(scenario, role, BenchmarkChain.REFERENCE_POLICY).value("stockTurns")));
            case "sell-outside-max" -> wrap(name, benchmark, (view, d) -> d.withOtherSales(view.scenario().maxQuantity()));
            default -> throw new IllegalArgumentException("unknown deviation '" + name + "'");
        };
    }

    /**
     * The benchmark's own rule for the seat with some parameters changed: written per seat
     * ({@code ROLE.key}), because the scenario's tuned benchmark sets them per seat too.
     */
    @SafeVarargs
    private static SeatPolicy seatRule(String name, Scenario scenario, java.util.function.IntFunction<String>... changes) {
        java.util.Map<Integer, SeatPolicy> bySeat = new java.util.concurrent.ConcurrentHashMap<>();
        return new SeatPolicy() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Decision decide(SeatView view) {
                return bySeat.computeIfAbsent(view.role(), role -> {
                    String id = scenario.role(role).id();
                    StringBuilder text = new StringBuilder(BenchmarkChain.REFERENCE_POLICY).append(':');
                    for (int i = 0; i < changes.length; i++) {
                        text.append(i == 0 ? "" : ",").append(id).append('.').append(changes[i].apply(role));
                    }
                    return Policies.byName(text.toString(), scenario);
                }).decide(view);
            }
        };
    }

    private static SeatPolicy wrap(String name, SeatPolicy base, BiFunction<SeatView, Decision, Decision> change) {
        return new SeatPolicy() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Decision decide(SeatView view) {
                Decision decision = base.decide(view);
                return view.turn() <= Math.max(1, view.scenario().openingTurns()) ? decision : change.apply(view, decision);
            }
        };
    }

    private static long stepTowards(SeatView view, long target) {
        PriceBand band = view.scenario().market().price();
        return Math.max(band.lowestAfter(view.price()), Math.min(band.highestAfter(view.price()), target));
    }

    private static Decision scaled(SeatView view, Decision decision, long times, long over) {
        Scenario scenario = view.scenario();
        long max = scenario.maxQuantity();
        if (scenario.suppliesOf(view.role()).isEmpty()) {
            List<SiteAmount> production = new ArrayList<>();
            for (SiteAmount amount : decision.production()) {
                production.add(new SiteAmount(amount.site(), Math.min(max, amount.amount() * times / over)));
            }
            return decision.withProduction(production);
        }
        List<OrderLine> orders = new ArrayList<>();
        for (OrderLine line : decision.orders()) {
            orders.add(new OrderLine(line.product(), line.site(), Math.min(max, line.quantity() * times / over), line.usOnly()));
        }
        return decision.withOrders(orders);
    }

    private static Decision prepayEverything(SeatView view, Decision decision) {
        long cash = view.cash();
        for (Funding funding : decision.partnerFund()) {
            cash -= funding.amount();
        }
        List<SupplyLink> links = view.scenario().suppliesOf(view.role());
        if (cash <= 0 || links.isEmpty()) {
            return decision;
        }
        List<Integer> suppliers = links.stream().map(SupplyLink::supplier).distinct().toList();
        List<Funding> prepayments = new ArrayList<>();
        for (int supplier : suppliers) {
            long each = cash / suppliers.size();
            if (each > 0) {
                prepayments.add(new Funding(supplier, each));
            }
        }
        return decision.withPrepayments(prepayments);
    }
}
