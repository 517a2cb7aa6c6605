package com.chipchain.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random but valid decisions and facilitator events, for property tests. Test code: the engine
 * itself never uses java.util.Random.
 */
final class RandomPlay {

    private final Random random;
    /** Contract moves draw from their own numbers, so games without them stay as recorded (RecordedGamesTest). */
    private final Random contractRandom;

    RandomPlay(long seed) {
        this(seed, false);
    }

    /** With {@code contracts}, seats also offer, accept and end US supply contracts at random (always valid moves). */
    RandomPlay(long seed, boolean contracts) {
        this.random = new Random(seed);
        this.contractRandom = contracts ? new Random(seed ^ 0x5DEECE66DL) : null;
    }

    List<Decision> decisions(GameState state) {
        Scenario scenario = state.scenario();
        List<Decision> all = new ArrayList<>();
        for (int role = 0; role < scenario.roles().size(); role++) {
            all.add(decision(state, role));
        }
        return all;
    }

    Decision decision(GameState state, int role) {
        Scenario scenario = state.scenario();
        int turn = state.turn();
        int[] sites = scenario.sitesOf(role);
        long scale = typicalQuantity(state);
        List<OrderLine> orders = new ArrayList<>();
        for (SupplyLink link : scenario.suppliesOf(role)) {
            if (random.nextInt(5) == 0) {
                continue;
            }
            boolean usOnly = scenario.hasUsSite(link.supplier()) && random.nextInt(4) == 0;
            orders.add(new OrderLine(link.product(), sites[random.nextInt(sites.length)],
                    Math.min(scenario.maxQuantity(), (long) (random.nextDouble() * 2 * scale)), usOnly));
        }
        List<SiteAmount> production = new ArrayList<>();
        List<SiteAmount> investment = new ArrayList<>();
        for (int site : sites) {
            if (scenario.role(role).produces() && random.nextInt(6) != 0) {
                production.add(new SiteAmount(site, Math.min(scenario.maxQuantity(),
                        (long) (random.nextDouble() * 1.5 * Math.max(scale, state.capacity(site))))));
            }
            Site where = scenario.site(site);
            if (where.buildableOn(turn) && random.nextInt(3) == 0) {
                investment.add(new SiteAmount(site, random.nextLong(where.build().maxPerTurn() + 1)));
            }
        }
        long price = Decision.KEEP_PRICE;
        List<Funding> fund = new ArrayList<>();
        if (scenario.isMarketRole(role)) {
            PriceBand band = scenario.market().price();
            if (random.nextBoolean()) {
                long low = band.min();
                long high = band.max();
                if (band.maxStep() > 0) {
                    low = Math.max(low, state.price() - band.maxStep());
                    high = Math.min(high, state.price() + band.maxStep());
                }
                price = low + random.nextLong(high - low + 1);
            }
            long cash = state.cash(role);
            if (cash > 100 && scenario.roles().size() > 1 && random.nextInt(3) == 0) {
                int partner = (role + 1 + random.nextInt(scenario.roles().size() - 1)) % scenario.roles().size();
                fund.add(new Funding(partner, random.nextLong(cash / 10)));
            }
        }
        long otherSales = scenario.role(role).otherBuyers() != null && random.nextBoolean()
                ? random.nextLong(2 * scale + 1) : 0;
        List<Funding> prepayments = new ArrayList<>();
        long left = state.cash(role) - fund.stream().mapToLong(Funding::amount).sum();
        if (left > 100 && !scenario.suppliesOf(role).isEmpty() && random.nextInt(3) == 0) {
            SupplyLink link = scenario.suppliesOf(role).get(random.nextInt(scenario.suppliesOf(role).size()));
            prepayments.add(new Funding(link.supplier(), random.nextLong(left / 10)));
        }
        ShipPriority shipFirst = ShipPriority.values()[random.nextInt(ShipPriority.values().length)];
        return new Decision(turn, orders, production, investment, price, fund, otherSales, prepayments, shipFirst,
                contractRandom == null ? ContractMoves.NONE : contractMoves(state, role));
    }

    private ContractMoves contractMoves(GameState state, int role) {
        Scenario scenario = state.scenario();
        List<ContractOffer> offers = new ArrayList<>();
        if (state.turn() < scenario.turnCount()) {
            for (SupplyLink link : scenario.suppliesOf(role)) {
                int supplier = link.supplier();
                boolean open = state.contracts().stream().anyMatch(c -> c.between(role, supplier))
                        || state.contractOffers().stream().anyMatch(c -> c.between(role, supplier))
                        || offers.stream().anyMatch(o -> o.supplier() == supplier);
                if (!open && scenario.hasUsSite(supplier) && contractRandom.nextInt(3) == 0) {
                    offers.add(new ContractOffer(supplier, 1 + contractRandom.nextInt(50_00),
                            1 + contractRandom.nextInt((int) Math.min(2_000, scenario.maxQuantity())),
                            1 + contractRandom.nextInt(scenario.turnCount() - state.turn())));
                }
            }
        }
        List<Integer> accept = new ArrayList<>();
        for (Contract offer : state.contractOffers()) {
            if (offer.supplier() == role && contractRandom.nextBoolean()) {
                accept.add(offer.buyer());
            }
        }
        List<Integer> cancel = new ArrayList<>();
        for (Contract contract : state.contracts()) {
            int partner = contract.buyer() == role ? contract.supplier() : contract.buyer();
            if (contract.involves(role) && !cancel.contains(partner) && contractRandom.nextInt(8) == 0) {
                cancel.add(partner);
            }
        }
        return new ContractMoves(offers, accept, cancel);
    }

    /** Sometimes one facilitator shock, of any kind. */
    List<GameEvent> injected(GameState state) {
        if (random.nextInt(4) != 0) {
            return List.of();
        }
        Scenario scenario = state.scenario();
        Text news = new Text("shock", "충격");
        int site = random.nextInt(scenario.sites().size());
        String country = scenario.countries().get(random.nextInt(scenario.countries().size()));
        EventEffect effect = switch (random.nextInt(6)) {
            case 0 -> new EventEffect.TariffSet(random.nextInt(scenario.products().size()), country, random.nextInt(6000),
                    random.nextBoolean());
            case 5 -> new EventEffect.WriteOff(random.nextInt(scenario.roles().size()), random.nextInt(101));
            case 1 -> new EventEffect.DemandShift(random.nextInt(121) - 60, random.nextInt(4));
            case 2 -> new EventEffect.CapacityChange(site, random.nextInt(400) - 100);
            case 3 -> new EventEffect.Disruption(List.of(site), random.nextInt(101), random.nextInt(3), 1 + random.nextInt(3));
            default -> new EventEffect.SubsidySet(country, random.nextInt(60));
        };
        return List.of(GameEvent.injected(state.turn(), effect, news));
    }

    private static long typicalQuantity(GameState state) {
        long demand = state.scenario().market().baseDemandOn(Math.min(state.turn(), state.scenario().turnCount()));
        return Math.max(4, demand);
    }
}
