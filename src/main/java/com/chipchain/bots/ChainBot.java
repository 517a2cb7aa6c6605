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
    /** The seat's facts for the scenario last played; replaced when another scenario or seat comes (a race only computes them twice). */
    private volatile SeatFacts facts;
    /** The same for the reshoring it plays while it supplies under a US contract. */
    private volatile SeatFacts contractFacts;

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
     * @param capexFrom capacity is ordered from this turn on
     * @param capexUntil capacity is ordered up to this turn
     * @param outsideFirst a seat with buyers outside the chain offers them all they want first
     * @param priceTarget the market role's price rule of backlog and stock; null = the step rule of {@link PriceRule}
     * @param contracting how it offers and accepts US supply contracts
     */
    record Habits(boolean pricing, boolean sellsOutside, int minUseTurns, double planWeight, boolean endGame,
                  int capexFrom, int capexUntil, boolean outsideFirst, PriceRule.Target priceTarget, Contracting contracting) {
        static final Habits NONE = new Habits(false, false, 0, 1, false, 1, Integer.MAX_VALUE, false, null, Contracting.NEVER);
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
        double contractedUnits = habits.contracting().unitsSupplied(view);
        SiteStrategy strategy = contractedUnits > 0 ? SiteStrategy.RESHORE : this.strategy;
        SeatFacts known = facts(scenario, seat, strategy);
        if (view.turn() <= Math.max(1, scenario.openingTurns())) {
            return known.opening().forTurn(view.turn());
        }
        Role role = known.role();
        int[] sites = known.sites();
        double anchor = known.anchor();
        double expected = rule.forecast(view.demandReceivedHistory(), anchor);
        double outside = expectedOutside(view);
        long onHand = 0;
        for (int site : sites) {
            onHand += view.inventory(site, role.product());
        }
        double openingTurns = known.openingTurns();
        long stock = onHand - view.backlog();
        List<Integer> preferred = known.preferred();

        List<SiteAmount> production = new ArrayList<>();
        List<OrderLine> orders = new ArrayList<>();
        if (role.produces()) {
            planProduction(view, known, strategy, expected + outside, stock, production, orders);
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
        double usShare = 0;
        if (strategy == SiteStrategy.RESHORE) {
            double bound = usBoundShare(view, known);
            usShare = bound >= 0.999 ? usCapacityShare : bound;
            // under contract it builds US capacity for at least the contracted units
            usShare = Math.max(usShare, Math.min(1, contractedUnits / Math.max(1, expected + outside)));
        }
        for (long[] build : strategy.builds(view, sites, expectedAfterBuild(view, known, expected) + outside, capacityCover, usShare)) {
            if (worthBuilding(view, (int) build[0], contractedUnits > 0)) {
                investment.add(new SiteAmount((int) build[0], build[1]));
            }
        }
        long price = !habits.pricing() || !scenario.isMarketRole(seat) ? Decision.KEEP_PRICE
                : habits.priceTarget() == null ? PriceRule.next(view, expected, onHand)
                : habits.priceTarget().next(view, expected, onHand);
        long otherSales = outside <= 0 ? 0 : habits.outsideFirst() ? scenario.maxQuantity() : otherSales(view, role, onHand, outside);
        return new Decision(view.turn(), orders, production, investment, price, partnerFund(view), otherSales, List.of(),
                com.chipchain.engine.ShipPriority.OLDEST, habits.contracting().moves(view, expected));
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

    /**
     * Capacity is ordered only within the bot's capex window (a US site under contract excepted), and never when it would be usable
     * for fewer than minUseTurns turns before the end: then it is not worth its capex.
     */
    private boolean worthBuilding(SeatView view, int site, boolean underContract) {
        Site where = view.scenario().site(site);
        // a supplier under a US contract builds its US sites whatever its own capex window says
        boolean window = view.turn() >= habits.capexFrom() && view.turn() <= habits.capexUntil();
        if (!window && !(underContract && where.inUs())) {
            return false;
        }
        int usableFrom = view.turn() + where.build().leadTime();
        return view.scenario().turnCount() - usableFrom + 1 >= habits.minUseTurns();
    }

    /**
     * Demand expected when capacity ordered now would be ready: the forecast plus the recent trend
     * (growth per turn over the last six turns, never negative) times the longest build lead time,
     * plus a quarter of what customers are still owed.
     */
    private static double expectedAfterBuild(SeatView view, SeatFacts known, double expected) {
        long[] history = view.demandReceivedHistory();
        int leadTime = known.buildLeadTime();
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
    private void planProduction(SeatView view, SeatFacts known, SiteStrategy strategy, double expected, long stock,
                                List<SiteAmount> production, List<OrderLine> orders) {
        Scenario scenario = view.scenario();
        Role role = known.role();
        List<Integer> preferred = known.preferred();
        double anchor = known.anchor();
        double openingTurns = known.openingTurns();
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
        long usRoom = strategy == SiteStrategy.RESHORE ? Math.round(toStart * usBoundShare(view, known)) : Long.MAX_VALUE;
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
    static double usBoundShare(SeatView view, SeatFacts known) {
        if (known.allCustomersInUs()) {
            return 1;
        }
        long owed = view.backlog();
        if (owed == 0) {
            return 0.25;
        }
        return Math.max(0.25, (double) view.owedToUsSites() / owed);
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

    private SeatFacts facts(Scenario scenario, int seat, SiteStrategy now) {
        boolean own = now == strategy;
        SeatFacts known = own ? facts : contractFacts;
        if (known == null || !known.fits(scenario, seat)) {
            known = SeatFacts.of(scenario, seat, now);
            if (own) {
                facts = known;
            } else {
                contractFacts = known;
            }
        }
        return known;
    }

    private static int leadTime(Scenario scenario, SupplyLink link, int destination) {
        return link.orderDelay() + link.transit();
    }
}
