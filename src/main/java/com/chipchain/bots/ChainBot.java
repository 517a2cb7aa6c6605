package com.chipchain.bots;

import com.chipchain.engine.BomLine;
import com.chipchain.engine.Decision;
import com.chipchain.engine.Funding;
import com.chipchain.engine.OrderLine;
import com.chipchain.engine.Product;
import com.chipchain.engine.Role;
import com.chipchain.engine.Scenario;
import com.chipchain.engine.SeatView;
import com.chipchain.engine.Site;
import com.chipchain.engine.SiteAmount;
import com.chipchain.engine.SupplyLink;
import java.util.ArrayList;
import java.util.List;

/**
 * A bot for any seat of any scenario: a {@link StockRule} keeps its stocks (finished goods, and
 * the inputs of what it makes) and a {@link SiteStrategy} decides where it produces, where goods
 * go, where it builds, and for the market role how much it buys US-only and pays into the US
 * partner fund. It reads only its seat's view and is deterministic.
 */
final class ChainBot implements SeatPolicy {

    private final String name;
    private final StockRule rule;
    private final SiteStrategy strategy;
    private final double capacityCover;
    private final double usOnlyShare;
    private final double fundShare;
    private final double usCapacityShare;
    private final Habits habits;

    /**
     * What a bot does beyond keeping stock: whether it sets the end price, sells to buyers outside
     * the chain, and how many turns new capacity must be usable before the game ends to be worth
     * building.
     *
     * @param pricing the market role moves its price a step at a time with its stock and backlog
     * @param sellsOutside a seat with buyers outside the chain plans for them and sells them its surplus
     * @param minUseTurns capacity is ordered only if it is usable at least this many turns before the end
     * @param planWeight inputs are ordered for this share of this turn's production plan and the rest
     *     of the smoothed forecast: 1 follows the plan, lower values damp the plan's swings upstream
     * @param endGame near the end, buys and makes only what the remaining turns can use
     */
    record Habits(boolean pricing, boolean sellsOutside, int minUseTurns, double planWeight, boolean endGame) {
        static final Habits NONE = new Habits(false, false, 0, 1, false);
    }

    ChainBot(String name, StockRule rule, SiteStrategy strategy, double capacityCover, double usOnlyShare, double fundShare,
             double usCapacityShare) {
        this(name, rule, strategy, capacityCover, usOnlyShare, fundShare, usCapacityShare, Habits.NONE);
    }

    @SuppressWarnings("java:S107")
    ChainBot(String name, StockRule rule, SiteStrategy strategy, double capacityCover, double usOnlyShare, double fundShare,
             double usCapacityShare, Habits habits) {
        this.name = name;
        this.rule = rule;
        this.strategy = strategy;
        this.capacityCover = capacityCover;
        this.usOnlyShare = usOnlyShare;
        this.fundShare = fundShare;
        this.usCapacityShare = usCapacityShare;
        this.habits = habits;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Decision decide(SeatView view) {
        Scenario scenario = view.scenario();
        int seat = view.role();
        Decision opening = scenario.openingDecisions().get(seat);
        if (view.turn() <= Math.max(1, scenario.openingTurns())) {
            return opening.forTurn(view.turn());
        }
        Role role = scenario.role(seat);
        int[] sites = scenario.sitesOf(seat);
        double anchor = Math.max(1, Openings.flow(scenario, seat, opening));
        double expected = rule.forecast(view.demandReceivedHistory(), anchor);
        double outside = expectedOutside(view);
        long onHand = 0;
        for (int site : sites) {
            onHand += view.inventory(site, role.product());
        }
        double openingTurns = Openings.stock(scenario, seat, role.product()) / anchor;
        long stock = onHand - view.backlog();
        List<Integer> preferred = strategy.preferred(scenario, sites);

        List<SiteAmount> production = new ArrayList<>();
        List<OrderLine> orders = new ArrayList<>();
        if (role.produces()) {
            planProduction(view, role, preferred, expected + outside, anchor, openingTurns, stock, production, orders);
        } else {
            SupplyLink link = scenario.linkFor(seat, role.product());
            int destination = preferred.get(0);
            long supplyLine = view.supplyLine(role.product());
            long quantity = rule.order(expected, anchor, openingTurns, stock, supplyLine,
                    leadTime(scenario, link, destination));
            quantity = endGameCap(view, quantity, expected, stock + supplyLine, 0);
            addOrders(view, link, destination, quantity, orders);
        }

        List<SiteAmount> investment = new ArrayList<>();
        // A seat whose customers are all in the US chooses its US share (usCapacity); a supplier
        // with customers in both countries sizes US capacity to what it owes to US sites.
        double bound = usBoundShare(view);
        double usShare = strategy != SiteStrategy.RESHORE ? 0 : bound >= 0.999 ? usCapacityShare : bound;
        for (long[] build : strategy.builds(view, sites, expectedAfterBuild(view, sites, expected) + outside, capacityCover, usShare)) {
            if (worthBuilding(view, (int) build[0])) {
                investment.add(new SiteAmount((int) build[0], build[1]));
            }
        }
        long price = habits.pricing() && scenario.isMarketRole(seat) ? PriceRule.next(view, expected, onHand) : Decision.KEEP_PRICE;
        long otherSales = outside > 0 ? otherSales(view, role, onHand, outside) : 0;
        return new Decision(view.turn(), orders, production, investment, price, partnerFund(view), otherSales, List.of());
    }

    /**
     * Near the end nothing is bought or made that cannot be used before the game ends, because
     * what is left counts only at the scenario's discount: the stock position (on hand less owed,
     * plus what is coming) is kept at or below what the remaining turns will use, plus half a turn.
     *
     * @param perTurn expected use per turn
     * @param laterBy turns between this stock and the end customer (an input's production lead time)
     */
    private long endGameCap(SeatView view, long quantity, double perTurn, long position, int laterBy) {
        if (!habits.endGame()) {
            return quantity;
        }
        int turnsLeft = view.scenario().turnCount() - view.turn() + 1 - laterBy;
        long cap = Math.max(0, Math.round(perTurn * (turnsLeft + 0.5)) - position);
        return Math.min(quantity, cap);
    }

    /** Expected demand of the buyers outside the chain, when this bot serves them. */
    private double expectedOutside(SeatView view) {
        var others = view.scenario().role(view.role()).otherBuyers();
        if (!habits.sellsOutside() || others == null) {
            return 0;
        }
        return rule.forecast(view.otherDemandHistory(), others.baseDemandOn(1));
    }

    /**
     * Outside buyers get what is left once the chain's open orders are covered, up to what they
     * are expected to want: the chain comes first, spare goods do not sit idle.
     */
    private static long otherSales(SeatView view, Role role, long onHand, double outside) {
        long available = onHand + view.finishingThisTurn(role.product()) - view.backlog();
        return Math.max(0, Math.min(Math.round(outside), available));
    }

    /** Capacity that would be usable for fewer than minUseTurns turns before the end is not worth its capex. */
    private boolean worthBuilding(SeatView view, int site) {
        Site where = view.scenario().site(site);
        int usableFrom = view.turn() + where.build().leadTime();
        return view.scenario().turnCount() - usableFrom + 1 >= habits.minUseTurns();
    }

    /**
     * Demand expected when capacity ordered now would be ready: the forecast plus the recent trend
     * (growth per turn over the last six turns, never negative) times the longest build lead time,
     * plus a quarter of what customers are still owed.
     */
    private static double expectedAfterBuild(SeatView view, int[] sites, double expected) {
        long[] history = view.demandReceivedHistory();
        int leadTime = 0;
        for (int site : sites) {
            Site where = view.scenario().site(site);
            if (where.build() != null) {
                leadTime = Math.max(leadTime, where.build().leadTime());
            }
        }
        // what customers are still owed also needs capacity: plan to clear it over four turns
        double owed = view.backlog() / 4.0;
        if (history.length < 6 || leadTime == 0) {
            return expected + owed;
        }
        int n = history.length;
        double recent = (history[n - 1] + history[n - 2] + history[n - 3]) / 3.0;
        double before = (history[n - 4] + history[n - 5] + history[n - 6]) / 3.0;
        double trend = Math.max(0, (recent - before) / 3.0);
        return expected + trend * leadTime + owed;
    }

    /** Starts enough to keep finished goods at the rule's goal, where capacity allows, and orders the inputs for it. */
    private void planProduction(SeatView view, Role role, List<Integer> preferred, double expected, double anchor,
                                double openingTurns, long stock, List<SiteAmount> production, List<OrderLine> orders) {
        Scenario scenario = view.scenario();
        Product product = scenario.product(role.product());
        long inProduction = 0;
        for (int site : preferred) {
            inProduction += view.inProductionAt(site, role.product());
        }
        int leadTime = scenario.site(preferred.get(0)).productionLeadTime();
        long toStart = rule.order(expected, anchor, openingTurns, stock, inProduction, leadTime);
        toStart = endGameCap(view, toStart, expected, stock + inProduction, leadTime - 1);

        long[] plan = new long[preferred.size()];
        long remaining = toStart;
        long planned = 0;
        long usRoom = strategy == SiteStrategy.RESHORE ? Math.round(toStart * usBoundShare(view)) : Long.MAX_VALUE;
        for (int pass = 0; pass < 2 && remaining > 0; pass++) {
            for (int k = 0; k < preferred.size() && remaining > 0; k++) {
                boolean us = scenario.site(preferred.get(k)).inUs();
                if ((pass == 0) != us && strategy == SiteStrategy.RESHORE) {
                    continue;
                }
                long room = view.usableCapacity(preferred.get(k)) - plan[k];
                long here = Math.min(remaining, us && pass == 0 ? Math.min(room, usRoom) : room);
                if (here <= 0) {
                    continue;
                }
                plan[k] += here;
                remaining -= here;
                planned += here;
                if (us && pass == 0) {
                    usRoom -= here;
                }
            }
            if (strategy != SiteStrategy.RESHORE) {
                break;
            }
        }
        // The plan goes in as it is: inputs arriving this turn land before production starts, and
        // the engine starts no more than the inputs at the site allow.
        for (int k = 0; k < preferred.size(); k++) {
            if (plan[k] > 0) {
                production.add(new SiteAmount(preferred.get(k), Math.min(plan[k], scenario.maxQuantity())));
            }
        }
        if (product.bom().isEmpty()) {
            return;
        }
        // Inputs follow the production plan (which already recovers backlog), site by site; before
        // any plan exists the first preferred site gets the whole expected demand.
        for (int k = 0; k < preferred.size(); k++) {
            int site = preferred.get(k);
            double share = planned == 0 ? (k == 0 ? 1 : 0) : (double) plan[k] / planned;
            // never more inputs per turn than the site can make into goods (capacity usable now or being built)
            double usage = Math.min(view.usableCapacity(site) + view.building(site), planned == 0 ? (k == 0 ? expected : 0)
                    : habits.planWeight() * plan[k] + (1 - habits.planWeight()) * expected * share);
            if (usage <= 0) {
                continue;
            }
            for (BomLine input : product.bom()) {
                SupplyLink link = scenario.linkFor(view.role(), input.product());
                long inputStock = view.inventory(site, input.product());
                long inputLine = view.supplyLineTo(input.product(), site);
                long quantity = rule.order(usage * input.quantity(), anchor * share * input.quantity(), openingTurns,
                        inputStock, inputLine, leadTime(scenario, link, site));
                quantity = endGameCap(view, quantity, usage * input.quantity(), inputStock + inputLine,
                        scenario.site(site).productionLeadTime());
                addOrders(view, link, site, quantity, orders);
            }
        }
    }

    /**
     * The market role buys a share US-only when its strategy asks for it and the imported product,
     * tariff included, costs at least as much as the US-made one (public prices and tariffs), with
     * at most half a turn of US-only orders still open; everyone else orders one line.
     */
    private void addOrders(SeatView view, SupplyLink link, int destination, long quantity, List<OrderLine> orders) {
        Scenario scenario = view.scenario();
        long capped = Math.min(quantity, scenario.maxQuantity());
        if (capped <= 0) {
            return;
        }
        long usOnly = 0;
        if (usOnlyShare > 0 && scenario.isMarketRole(view.role()) && scenario.hasUsSite(link.supplier())
                && importCostsAtLeastUsMade(view, link)) {
            long room = Math.max(0, capped / 2 - view.openUsOnlyOrders(link.product()));
            usOnly = Math.min(Math.round(capped * usOnlyShare), room);
        }
        if (usOnly > 0) {
            orders.add(new OrderLine(link.product(), destination, usOnly, true));
        }
        if (capped - usOnly > 0) {
            orders.add(new OrderLine(link.product(), destination, capped - usOnly, false));
        }
    }

    /**
     * The share of what this seat owes that goes to US sites; a seat whose customers receive only
     * in the US owes everything there. With nothing owed, a quarter: enough to keep US lines warm.
     */
    static double usBoundShare(SeatView view) {
        if (allCustomersInUs(view.scenario(), view.role())) {
            return 1;
        }
        long owed = view.backlog();
        if (owed == 0) {
            return 0.25;
        }
        return Math.max(0.25, (double) view.owedToUsSites() / owed);
    }

    /** True when every buyer of this seat receives only at US sites (from the public network). */
    private static boolean allCustomersInUs(Scenario scenario, int seat) {
        if (scenario.isMarketRole(seat)) {
            return Site.US.equals(scenario.market().country());
        }
        boolean any = false;
        for (SupplyLink link : scenario.links()) {
            if (link.supplier() != seat) {
                continue;
            }
            any = true;
            for (int site : scenario.sitesOf(link.buyer())) {
                if (!scenario.site(site).inUs()) {
                    return false;
                }
            }
        }
        return any;
    }

    /** The cheapest import, with today's tariff, against the cheapest US-made price of the supplier. */
    private static boolean importCostsAtLeastUsMade(SeatView view, SupplyLink link) {
        Scenario scenario = view.scenario();
        double bestImport = Double.MAX_VALUE;
        double bestUs = Double.MAX_VALUE;
        for (int site : scenario.sitesOf(link.supplier())) {
            Site where = scenario.site(site);
            if (where.inUs()) {
                bestUs = Math.min(bestUs, where.price());
            } else {
                double tariff = view.tariffBasisPoints(link.product(), where.country()) / 10_000.0;
                bestImport = Math.min(bestImport, where.price() * (1 + tariff));
            }
        }
        return bestUs < Double.MAX_VALUE && bestImport >= bestUs;
    }

    /** The market role pays a share of its cash to partners that can still build US capacity. */
    private List<Funding> partnerFund(SeatView view) {
        Scenario scenario = view.scenario();
        if (fundShare <= 0 || !scenario.isMarketRole(view.role()) || view.cash() <= 0) {
            return List.of();
        }
        List<Integer> partners = new ArrayList<>();
        for (int role = 0; role < scenario.roles().size(); role++) {
            if (role != view.role() && hasUsBuildSite(scenario, role, view.turn())) {
                partners.add(role);
            }
        }
        if (partners.isEmpty()) {
            return List.of();
        }
        long each = Math.round(view.cash() * fundShare / partners.size());
        List<Funding> fund = new ArrayList<>();
        for (int partner : partners) {
            if (each > 0) {
                fund.add(new Funding(partner, each));
            }
        }
        return fund;
    }

    private static boolean hasUsBuildSite(Scenario scenario, int role, int turn) {
        for (int site : scenario.sitesOf(role)) {
            Site where = scenario.site(site);
            if (where.inUs() && where.build() != null && where.build().fromTurn() <= turn + where.build().leadTime()) {
                return true;
            }
        }
        return false;
    }

    private static int leadTime(Scenario scenario, SupplyLink link, int destination) {
        return link.orderDelay() + link.transit();
    }
}
