package com.chipchain.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * The mutable board a turn is resolved on. A {@link GameState} owns a board that nobody changes;
 * resolving a turn works on a copy, so every state stays an immutable value. Package-private: only
 * the turn steps touch it.
 */
final class Board {

    record Build(int site, long units, int dueTurn) {}

    record ActiveShift(int percent, int untilTurn) {}

    /** @param atSite whether it hits each site, by site index (asked on every shipment: no list search) */
    record ActiveDisruption(List<Integer> sites, int capacityPercent, int extraTransit, int untilTurn, boolean[] atSite) {

        ActiveDisruption(List<Integer> sites, int capacityPercent, int extraTransit, int untilTurn, int siteCount) {
            this(sites, capacityPercent, extraTransit, untilTurn, mask(sites, siteCount));
        }

        private static boolean[] mask(List<Integer> sites, int siteCount) {
            boolean[] at = new boolean[siteCount];
            for (int site : sites) {
                if (site >= 0 && site < siteCount) {
                    at[site] = true;
                }
            }
            return at;
        }
    }

    final Scenario scenario;
    final long seed;
    int turn;
    final int productCount;
    final int countryCount;

    final long[] inventory;
    final long[] usValue;
    final long[] capacity;
    final long[] cash;
    final long[] fund;
    final int[] tariffBp;
    final int[] subsidyPercent;
    long price;

    final ArrayList<Shipment> shipments;
    final ArrayList<Batch> batches;
    final ArrayList<Build> builds;
    final ArrayList<MailedOrder> mail;
    final ArrayList<ArrayList<BacklogLine>> backlog;
    final ArrayList<ActiveShift> shifts;
    final ArrayList<ActiveDisruption> disruptions;
    final int[] shockCounts;

    long marketDemandTotal;
    long marketReferenceDemandTotal;
    long marketLostTotal;
    long marketDeliveredTotal;
    final int[] contentTariffBp;
    /**
     * Tariffs a facilitator set, [table * products * countries + index] (table 0: on the import, 1: on
     * its content): the scenario's own tariff events no longer change them (docs/rules.md, "Events").
     */
    final boolean[] tariffSetByFacilitator;
    /** Prepaid credit a buyer holds with a supplier: [buyer * roles + supplier]. */
    final long[] credit;
    /** Capex paid (after subsidy and fund) per role and turn, for the end value of capacity. */
    final long[] investedHistory;
    /** Units started so far per site, for learning curves. */
    final long[] siteStartedTotal;
    final long[] soldOutsideUnits;
    final long[] writtenOffUnits;
    final long[] otherDemandHistory;
    long deliveredValue;
    long deliveredUsValue;
    final long[] startedUnits;
    final long[] scrappedUnits;
    final long[] consumedUnits;
    final long[] deliveredUnits;
    final long[] ordersPlacedHistory;
    final long[] demandReceivedHistory;
    final Decision[] lastDecisions;
    /** US supply contracts running now, in the order they were accepted (docs/rules.md, "US supply contracts"). */
    final ArrayList<Contract> contracts;
    /** Contracts offered on the last turn, waiting for the supplier's answer this turn. */
    final ArrayList<Contract> offers;

    private Board(Scenario scenario, long seed) {
        this.scenario = scenario;
        this.seed = seed;
        this.turn = 1;
        this.productCount = scenario.products().size();
        this.countryCount = scenario.countries().size();
        int siteCount = scenario.sites().size();
        int roleCount = scenario.roles().size();
        inventory = new long[siteCount * productCount];
        usValue = new long[siteCount * productCount];
        capacity = new long[siteCount];
        cash = new long[roleCount];
        fund = new long[roleCount];
        tariffBp = new int[productCount * countryCount];
        contentTariffBp = new int[productCount * countryCount];
        tariffSetByFacilitator = new boolean[2 * productCount * countryCount];
        subsidyPercent = new int[countryCount];
        credit = new long[roleCount * roleCount];
        investedHistory = new long[roleCount * scenario.turnCount()];
        siteStartedTotal = new long[siteCount];
        soldOutsideUnits = new long[productCount];
        writtenOffUnits = new long[productCount];
        otherDemandHistory = new long[roleCount * scenario.turnCount()];
        // sized for a game in flight (a few lines per seat and site) so a sweep's new games do not regrow them
        shipments = new ArrayList<>(4 * siteCount);
        batches = new ArrayList<>(2 * siteCount);
        builds = new ArrayList<>();
        mail = new ArrayList<>(4 * roleCount);
        backlog = new ArrayList<>(roleCount);
        for (int r = 0; r < roleCount; r++) {
            backlog.add(new ArrayList<>(8));
        }
        shifts = new ArrayList<>();
        disruptions = new ArrayList<>();
        shockCounts = new int[scenario.shocks().size()];
        startedUnits = new long[productCount];
        scrappedUnits = new long[productCount];
        consumedUnits = new long[productCount];
        deliveredUnits = new long[productCount];
        ordersPlacedHistory = new long[roleCount * scenario.turnCount()];
        demandReceivedHistory = new long[roleCount * scenario.turnCount()];
        lastDecisions = new Decision[roleCount];
        contracts = new ArrayList<>();
        offers = new ArrayList<>();
    }

    private Board(Board other) {
        scenario = other.scenario;
        seed = other.seed;
        turn = other.turn;
        productCount = other.productCount;
        countryCount = other.countryCount;
        inventory = other.inventory.clone();
        usValue = other.usValue.clone();
        capacity = other.capacity.clone();
        cash = other.cash.clone();
        fund = other.fund.clone();
        tariffBp = other.tariffBp.clone();
        contentTariffBp = other.contentTariffBp.clone();
        tariffSetByFacilitator = other.tariffSetByFacilitator.clone();
        subsidyPercent = other.subsidyPercent.clone();
        credit = other.credit.clone();
        investedHistory = other.investedHistory.clone();
        siteStartedTotal = other.siteStartedTotal.clone();
        soldOutsideUnits = other.soldOutsideUnits.clone();
        writtenOffUnits = other.writtenOffUnits.clone();
        otherDemandHistory = other.otherDemandHistory.clone();
        price = other.price;
        shipments = new ArrayList<>(other.shipments);
        batches = new ArrayList<>(other.batches);
        builds = new ArrayList<>(other.builds);
        mail = new ArrayList<>(other.mail);
        backlog = new ArrayList<>(other.backlog.size());
        for (ArrayList<BacklogLine> lines : other.backlog) {
            backlog.add(new ArrayList<>(lines));
        }
        shifts = new ArrayList<>(other.shifts);
        disruptions = new ArrayList<>(other.disruptions);
        shockCounts = other.shockCounts.clone();
        marketDemandTotal = other.marketDemandTotal;
        marketReferenceDemandTotal = other.marketReferenceDemandTotal;
        marketLostTotal = other.marketLostTotal;
        marketDeliveredTotal = other.marketDeliveredTotal;
        deliveredValue = other.deliveredValue;
        deliveredUsValue = other.deliveredUsValue;
        startedUnits = other.startedUnits.clone();
        scrappedUnits = other.scrappedUnits.clone();
        consumedUnits = other.consumedUnits.clone();
        deliveredUnits = other.deliveredUnits.clone();
        ordersPlacedHistory = other.ordersPlacedHistory.clone();
        demandReceivedHistory = other.demandReceivedHistory.clone();
        lastDecisions = other.lastDecisions.clone();
        contracts = new ArrayList<>(other.contracts);
        offers = new ArrayList<>(other.offers);
    }

    Board copy() {
        return new Board(this);
    }

    static Board initial(Scenario scenario, long seed) {
        Board board = new Board(scenario, seed);
        for (int s = 0; s < scenario.sites().size(); s++) {
            board.capacity[s] = scenario.site(s).capacity();
        }
        for (int r = 0; r < scenario.roles().size(); r++) {
            board.cash[r] = scenario.role(r).cash();
            board.lastDecisions[r] = scenario.openingDecisions().get(r);
        }
        for (TariffRule rule : scenario.tariffs()) {
            int[] table = rule.onContent() ? board.contentTariffBp : board.tariffBp;
            table[board.tariffIndex(rule.product(), rule.origin())] = rule.basisPoints();
        }
        scenario.subsidies().forEach((country, percent) ->
                board.subsidyPercent[scenario.countryIndex(country)] = percent);
        board.price = scenario.market().price().reference();

        InitialState start = scenario.initialState();
        for (InitialState.Stock stock : start.stock()) {
            int cell = board.cell(stock.site(), stock.product());
            board.inventory[cell] += stock.quantity();
            board.usValue[cell] += board.usValueOfLocal(stock.site(), stock.product(), stock.quantity());
        }
        for (Shipment shipment : start.shipments()) {
            Site origin = scenario.site(shipment.from());
            long quantity = shipment.quantity();
            long usValue = origin.inUs() ? quantity * scenario.product(shipment.product()).value() : 0;
            board.shipments.add(new Shipment(shipment.product(), shipment.from(), shipment.to(), quantity,
                    quantity * origin.price(), usValue, shipment.dueTurn()));
        }
        for (Batch batch : start.batches()) {
            board.batches.add(new Batch(batch.site(), batch.product(), batch.quantity(),
                    board.usValueOfLocal(batch.site(), batch.product(), batch.quantity()), batch.dueTurn()));
        }
        board.mail.addAll(start.mail());
        for (BacklogLine line : start.backlog()) {
            int supplier = line.fromMarket()
                    ? scenario.marketRole()
                    : scenario.linkFor(line.buyer(), line.product()).supplier();
            board.backlog.get(supplier).add(line);
        }
        return board;
    }

    /**
     * US value of units that start the game at a site (and of goods already on the way, valued at
     * their origin): a US site's own product counts as made in the US, inputs it holds do not.
     */
    long usValueOfLocal(int site, int product, long quantity) {
        Site where = scenario.site(site);
        boolean own = scenario.role(where.role()).product() == product;
        return where.inUs() && own ? quantity * scenario.product(product).value() : 0;
    }

    int cell(int site, int product) {
        return site * productCount + product;
    }

    int tariffIndex(int product, String origin) {
        return product * countryCount + scenario.countryIndex(origin);
    }

    int creditIndex(int buyer, int supplier) {
        return buyer * scenario.roles().size() + supplier;
    }

    /** Basis points of a role's capacity (usable now or being built) that is at US sites. */
    long usCapacityShareBp(int role) {
        long total = 0;
        long us = 0;
        for (int site : scenario.sitesOfShared(role)) {
            long here = capacity[site];
            for (int i = 0; i < builds.size(); i++) {
                if (builds.get(i).site() == site) {
                    here += builds.get(i).units();
                }
            }
            total += here;
            if (scenario.site(site).inUs()) {
                us += here;
            }
        }
        return total == 0 ? 0 : us * 10_000 / total;
    }

    /** The tariff in basis points after the shipping role's relief for US investment. */
    int relievedTariffBp(int rate, int shippingRole) {
        if (rate == 0 || scenario.tariffRelief().percentPerUsShare() == 0) {
            return rate;
        }
        int relief = scenario.tariffRelief().reliefBasisPoints(usCapacityShareBp(shippingRole));
        return (int) ((long) rate * (10_000 - relief) / 10_000);
    }

    int historyIndex(int role, int forTurn) {
        return role * scenario.turnCount() + forTurn - 1;
    }

    /** Capacity usable this turn, after active disruptions. */
    long effectiveCapacity(int site) {
        long usable = capacity[site];
        for (int i_disruption = 0; i_disruption < disruptions.size(); i_disruption++) {
            ActiveDisruption disruption = disruptions.get(i_disruption);
            if (disruption.atSite()[site]) {
                usable = usable * disruption.capacityPercent() / 100;
            }
        }
        return Math.max(0, usable);
    }

    int extraTransit(int site) {
        int extra = 0;
        for (int i_disruption = 0; i_disruption < disruptions.size(); i_disruption++) {
            ActiveDisruption disruption = disruptions.get(i_disruption);
            if (disruption.atSite()[site]) {
                extra = Math.max(extra, disruption.extraTransit());
            }
        }
        return extra;
    }

    /** The running contract between two roles (either way round), or null. */
    Contract contractBetween(int role, int partner) {
        for (int i = 0; i < contracts.size(); i++) {
            if (contracts.get(i).between(role, partner)) {
                return contracts.get(i);
            }
        }
        return null;
    }

    long backlogUnits(int role) {
        long total = 0;
        for (int i_line = 0; i_line < backlog.get(role).size(); i_line++) {
            BacklogLine line = backlog.get(role).get(i_line);
            total += line.quantity();
        }
        return total;
    }
}
