package com.chipchain.engine;

import java.util.ArrayList;
import java.util.List;

/** Builds decisions by name for tests: {@code Decisions.on(scenario, 1).order("part", "builder-us", 10)}. */
public final class Decisions {

    private final Scenario scenario;
    private final int turn;
    private final List<OrderLine> orders = new ArrayList<>();
    private final List<SiteAmount> production = new ArrayList<>();
    private final List<SiteAmount> investment = new ArrayList<>();
    private final List<Funding> fund = new ArrayList<>();
    private final List<Funding> prepayments = new ArrayList<>();
    private final List<ContractOffer> offers = new ArrayList<>();
    private final List<Integer> accepted = new ArrayList<>();
    private final List<Integer> ended = new ArrayList<>();
    private long price = Decision.KEEP_PRICE;
    private long otherSales;

    private Decisions(Scenario scenario, int turn) {
        this.scenario = scenario;
        this.turn = turn;
    }

    public static Decisions on(Scenario scenario, int turn) {
        return new Decisions(scenario, turn);
    }

    public Decisions order(String product, String site, long quantity) {
        orders.add(new OrderLine(scenario.productIndex(product), scenario.siteIndex(site), quantity, false));
        return this;
    }

    public Decisions orderUsOnly(String product, String site, long quantity) {
        orders.add(new OrderLine(scenario.productIndex(product), scenario.siteIndex(site), quantity, true));
        return this;
    }

    public Decisions produce(String site, long quantity) {
        production.add(new SiteAmount(scenario.siteIndex(site), quantity));
        return this;
    }

    public Decisions build(String site, long quantity) {
        investment.add(new SiteAmount(scenario.siteIndex(site), quantity));
        return this;
    }

    public Decisions price(long minorUnits) {
        this.price = minorUnits;
        return this;
    }

    public Decisions fund(String partner, long minorUnits) {
        fund.add(new Funding(scenario.roleIndex(partner), minorUnits));
        return this;
    }

    public Decisions sellOutside(long units) {
        this.otherSales = units;
        return this;
    }

    public Decisions prepay(String supplier, long minorUnits) {
        prepayments.add(new Funding(scenario.roleIndex(supplier), minorUnits));
        return this;
    }

    public Decisions offerContract(String supplier, long premium, long units, int turns) {
        offers.add(new ContractOffer(scenario.roleIndex(supplier), premium, units, turns));
        return this;
    }

    public Decisions acceptContract(String buyer) {
        accepted.add(scenario.roleIndex(buyer));
        return this;
    }

    public Decisions endContract(String partner) {
        ended.add(scenario.roleIndex(partner));
        return this;
    }

    public Decision get() {
        return new Decision(turn, orders, production, investment, price, fund, otherSales, prepayments, ShipPriority.OLDEST,
                new ContractMoves(offers, accepted, ended));
    }

    /** Empty decisions for every seat of a turn. */
    public static List<Decision> idle(Scenario scenario, int turn) {
        List<Decision> all = new ArrayList<>();
        for (int r = 0; r < scenario.roles().size(); r++) {
            all.add(Decision.empty(turn));
        }
        return all;
    }

    /** Empty decisions except the given seat's. */
    public static List<Decision> only(Scenario scenario, String role, Decision decision) {
        List<Decision> all = idle(scenario, decision.turn());
        all.set(scenario.roleIndex(role), decision);
        return all;
    }

    /** Empty decisions except the given seats' (role id, decision pairs). */
    public static List<Decision> with(Scenario scenario, int turn, Object... roleAndDecision) {
        List<Decision> all = idle(scenario, turn);
        for (int i = 0; i < roleAndDecision.length; i += 2) {
            all.set(scenario.roleIndex((String) roleAndDecision[i]), (Decision) roleAndDecision[i + 1]);
        }
        return all;
    }
}
