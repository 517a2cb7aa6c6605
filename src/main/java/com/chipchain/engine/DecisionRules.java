package com.chipchain.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The named rules a decision must keep. Each returns reasons a person can read (field, value,
 * allowed range) instead of throwing: an illegal move is ordinary input, not an error.
 */
public final class DecisionRules {

    private DecisionRules() {}

    /** Every rule this decision breaks; empty when it may be played. */
    public static List<Violation> validate(GameState state, int role, Decision decision) {
        Scenario scenario = state.scenario();
        if (role < 0 || role >= scenario.roles().size()) {
            return List.of(new Violation("seat_exists", "role", String.valueOf(role), "no such seat in this scenario"));
        }
        List<Violation> out = new ArrayList<>(0);
        checkInto(state, role, decision, out);
        return out;
    }

    /** {@link #validate} into a list the caller owns (a played-out game reuses one for every decision); the role exists. */
    static void checkInto(GameState state, int role, Decision decision, List<Violation> out) {
        Scenario scenario = state.scenario();
        if (decision.turn() == state.turn() && decision.orders().isEmpty() && decision.production().isEmpty()
                && decision.investment().isEmpty() && decision.price() == Decision.KEEP_PRICE
                && decision.partnerFund().isEmpty() && decision.otherSales() == 0 && decision.prepayments().isEmpty()
                && decision.shipFirst() == ShipPriority.OLDEST && decision.contracts().isEmpty()) {
            return;
        }
        // the rules in their documented order, called directly (a list of nine lambdas behind one
        // interface call could not be inlined, and every bot decision of a sweep passes here)
        decisionIsForTheTurnBeingPlayed(scenario, state, role, decision, out);
        ordersNameAProductTheSeatBuys(scenario, state, role, decision, out);
        productionOnlyAtOwnProducingSites(scenario, state, role, decision, out);
        investmentOnlyWhereBuildable(scenario, state, role, decision, out);
        priceWithinTheBand(scenario, state, role, decision, out);
        partnerFundOnlyFromTheMarketRole(scenario, state, role, decision, out);
        otherSalesOnlyWhereThereAreOtherBuyers(scenario, state, role, decision, out);
        prepaymentsOnlyToOwnSuppliers(scenario, state, role, decision, out);
        contractsOnlyWithOwnPartners(scenario, state, role, decision, out);
    }

    static void decisionIsForTheTurnBeingPlayed(Scenario s, GameState state, int role, Decision d, List<Violation> out) {
        if (d.turn() != state.turn()) {
            out.add(new Violation("decision_is_for_the_turn_being_played", "turn", String.valueOf(d.turn()),
                    "this decision was made for turn " + d.turn() + " but turn " + state.turn()
                            + " is being played; reload and decide again"));
        }
    }

    /** The path of entry i of a list in the decision; built only when a rule is broken. */
    private static String at(String list, int i) {
        return list + "[" + i + "]";
    }

    static void ordersNameAProductTheSeatBuys(Scenario s, GameState state, int role, Decision d, List<Violation> out) {
        for (int i = 0; i < d.orders().size(); i++) {
            OrderLine line = d.orders().get(i);
            SupplyLink link = validProduct(s, line.product()) ? s.linkFor(role, line.product()) : null;
            if (link == null) {
                String buys = s.suppliesOf(role).stream().map(l -> s.product(l.product()).id())
                        .collect(Collectors.joining(", "));
                out.add(new Violation("orders_name_a_product_the_seat_buys", at("orders", i) + ".product", productName(s, line.product()),
                        buys.isEmpty() ? "this seat buys nothing; leave orders empty"
                                : "this seat can only order: " + buys));
            } else if (line.usOnly() && !s.hasUsSite(link.supplier())) {
                out.add(new Violation("us_only_needs_a_supplier_with_a_us_site", at("orders", i) + ".usOnly", "true",
                        s.role(link.supplier()).id() + " has no US site, so a US-only line could never be filled"));
            }
            if (!ownSite(s, role, line.site())) {
                out.add(new Violation("orders_go_to_the_seats_own_sites", at("orders", i) + ".site", siteName(s, line.site()),
                        "goods can only be sent to your own sites: " + ownSiteNames(s, role)));
            }
            quantityInRange("orders_have_a_quantity_in_range", "orders", i, ".quantity", line.quantity(), s.maxQuantity(), out);
        }
    }

    static void productionOnlyAtOwnProducingSites(Scenario s, GameState state, int role, Decision d, List<Violation> out) {
        if (d.production().isEmpty()) {
            return;
        }
        for (int i = 0; i < d.production().size(); i++) {
            SiteAmount amount = d.production().get(i);
            if (!s.role(role).produces()) {
                out.add(new Violation("production_only_by_producing_roles", at("production", i) + ".site", siteName(s, amount.site()),
                        s.role(role).id() + " does not produce; leave production empty"));
                continue;
            }
            if (!ownSite(s, role, amount.site())) {
                out.add(new Violation("production_only_at_own_sites", at("production", i) + ".site", siteName(s, amount.site()),
                        "you can only produce at your own sites: " + ownSiteNames(s, role)));
            } else if (listedBefore(d.production(), i)) {
                out.add(new Violation("one_production_entry_per_site", at("production", i) + ".site", siteName(s, amount.site()),
                        "this site is listed twice; give one quantity per site"));
            }
            quantityInRange("production_has_a_quantity_in_range", "production", i, ".amount", amount.amount(), s.maxQuantity(), out);
        }
    }

    static void investmentOnlyWhereBuildable(Scenario s, GameState state, int role, Decision d, List<Violation> out) {
        if (d.investment().isEmpty()) {
            return;
        }
        for (int i = 0; i < d.investment().size(); i++) {
            SiteAmount amount = d.investment().get(i);
            if (!ownSite(s, role, amount.site())) {
                out.add(new Violation("investment_only_at_own_sites", at("investment", i) + ".site", siteName(s, amount.site()),
                        "you can only build at your own sites: " + ownSiteNames(s, role)));
                continue;
            }
            if (listedBefore(d.investment(), i)) {
                out.add(new Violation("one_investment_entry_per_site", at("investment", i) + ".site", siteName(s, amount.site()),
                        "this site is listed twice; give one quantity per site"));
            }
            Site site = s.site(amount.site());
            if (amount.amount() == 0) {
                continue;
            }
            if (site.build() == null) {
                out.add(new Violation("investment_only_where_buildable", at("investment", i) + ".site", site.id(),
                        "capacity cannot be built at " + site.id()));
            } else if (!site.buildableOn(state.turn())) {
                out.add(new Violation("investment_only_where_buildable", at("investment", i) + ".site", site.id(),
                        "building at " + site.id() + " is possible from turn " + site.build().fromTurn()));
            } else {
                quantityInRange("investment_has_a_quantity_in_range", "investment", i, ".amount", amount.amount(),
                        site.build().maxPerTurn(), out);
            }
        }
    }

    static void priceWithinTheBand(Scenario s, GameState state, int role, Decision d, List<Violation> out) {
        if (d.price() == Decision.KEEP_PRICE) {
            return;
        }
        PriceBand band = s.market().price();
        if (!s.isMarketRole(role)) {
            out.add(new Violation("only_the_market_role_sets_the_price", "price", Scenario.formatMoney(d.price()),
                    "only " + s.role(s.marketRole()).id() + " sets the end-market price"));
        } else if (d.price() < band.min() || d.price() > band.max()) {
            out.add(new Violation("price_within_the_band", "price", Scenario.formatMoney(d.price()),
                    "the price must be from " + Scenario.formatMoney(band.min()) + " to "
                            + Scenario.formatMoney(band.max()), List.of(Scenario.formatMoney(band.min()), Scenario.formatMoney(band.max()))));
        } else if (d.price() < band.lowestAfter(state.price()) || d.price() > band.highestAfter(state.price())) {
            long low = band.lowestAfter(state.price());
            long high = band.highestAfter(state.price());
            out.add(new Violation("price_moves_at_most_one_step", "price", Scenario.formatMoney(d.price()),
                    "the price may move at most " + Scenario.formatMoney(band.maxStep()) + " a turn: from "
                            + Scenario.formatMoney(low) + " to " + Scenario.formatMoney(high),
                    List.of(Scenario.formatMoney(band.maxStep()), Scenario.formatMoney(low), Scenario.formatMoney(high))));
        }
    }

    static void otherSalesOnlyWhereThereAreOtherBuyers(Scenario s, GameState state, int role, Decision d, List<Violation> out) {
        if (d.otherSales() == 0) {
            return;
        }
        if (s.role(role).otherBuyers() == null) {
            out.add(new Violation("other_sales_only_where_there_are_other_buyers", "otherSales", String.valueOf(d.otherSales()),
                    "no buyers outside the chain want what " + s.role(role).id() + " sells; leave it at 0"));
        } else if (d.otherSales() < 0 || d.otherSales() > s.maxQuantity()) {
            out.add(new Violation("other_sales_in_range", "otherSales", String.valueOf(d.otherSales()),
                    "must be a whole number from 0 to " + s.maxQuantity(), List.of(String.valueOf(s.maxQuantity()))));
        }
    }

    /**
     * US supply contracts (docs/rules.md): an offer goes to a supplier the seat buys from that has a
     * US site, with a premium, units and turns in range, while no contract or offer is open between
     * the two and a turn is left to run it; an acceptance answers an offer made last turn; an ending
     * names a running contract.
     */
    static void contractsOnlyWithOwnPartners(Scenario s, GameState state, int role, Decision d, List<Violation> out) {
        ContractMoves moves = d.contracts();
        if (moves.isEmpty()) {
            return;
        }
        List<Integer> offered = new ArrayList<>();
        for (int i = 0; i < moves.offers().size(); i++) {
            ContractOffer offer = moves.offers().get(i);
            String field = at("contracts.offers", i);
            int supplier = offer.supplier();
            boolean buysFrom = false;
            for (SupplyLink link : s.suppliesOf(role)) {
                buysFrom |= link.supplier() == supplier;
            }
            if (!buysFrom) {
                out.add(new Violation("contracts_go_to_own_suppliers", field + ".supplier", roleName(s, supplier),
                        "you can only offer a contract to a role you buy from"));
                continue;
            }
            if (!s.hasUsSite(supplier)) {
                out.add(new Violation("contracts_need_a_us_site", field + ".supplier", roleName(s, supplier),
                        s.role(supplier).id() + " has no US site, so no unit could earn the premium"));
            }
            if (offered.contains(supplier)) {
                out.add(new Violation("one_offer_per_supplier", field + ".supplier", roleName(s, supplier),
                        "offer each supplier at most one contract a turn"));
            }
            offered.add(supplier);
            if (state.contractOpenBetween(role, supplier)) {
                out.add(new Violation("one_contract_per_partner", field + ".supplier", roleName(s, supplier),
                        "a contract with " + s.role(supplier).id() + " is already running or offered; end it first"));
            }
            if (offer.premium() < 1 || offer.premium() > Decision.MAX_MONEY) {
                out.add(new Violation("premium_in_range", field + ".premium", Scenario.formatMoney(offer.premium()),
                        "a premium from 0.01 to " + Scenario.formatMoney(Decision.MAX_MONEY) + " per unit",
                        List.of(Scenario.formatMoney(Decision.MAX_MONEY))));
            }
            if (offer.units() < 1 || offer.units() > s.maxQuantity()) {
                out.add(new Violation("contract_units_in_range", field + ".units", String.valueOf(offer.units()),
                        "from 1 to " + s.maxQuantity() + " units a turn", List.of(String.valueOf(s.maxQuantity()))));
            }
            int turnsLeft = s.turnCount() - state.turn();
            if (turnsLeft < 1) {
                out.add(new Violation("contract_needs_a_turn_to_run", field + ".turns", String.valueOf(offer.turns()),
                        "this is the last turn: an offer now could never run"));
            } else if (offer.turns() < 1 || offer.turns() > turnsLeft) {
                out.add(new Violation("contract_turns_in_range", field + ".turns", String.valueOf(offer.turns()),
                        "from 1 to " + turnsLeft + " turns (the turns left after this one)", List.of(String.valueOf(turnsLeft))));
            }
        }
        for (int i = 0; i < moves.accept().size(); i++) {
            int buyer = moves.accept().get(i);
            boolean offeredToMe = state.contractOffers().stream().anyMatch(c -> c.buyer() == buyer && c.supplier() == role);
            if (!offeredToMe) {
                out.add(new Violation("accept_an_open_offer", at("contracts.accept", i), roleName(s, buyer),
                        "there is no offer from this buyer to accept this turn"));
            }
        }
        for (int i = 0; i < moves.cancel().size(); i++) {
            int partner = moves.cancel().get(i);
            if (state.contracts().stream().noneMatch(c -> c.between(role, partner))) {
                out.add(new Violation("end_a_running_contract", at("contracts.cancel", i), roleName(s, partner),
                        "there is no running contract with this seat to end"));
            }
        }
    }

    private static String roleName(Scenario s, int role) {
        return role >= 0 && role < s.roles().size() ? s.role(role).id() : String.valueOf(role);
    }

    static void prepaymentsOnlyToOwnSuppliers(Scenario s, GameState state, int role, Decision d, List<Violation> out) {
        if (d.prepayments().isEmpty()) {
            return;
        }
        long total = 0;
        for (int i = 0; i < d.prepayments().size(); i++) {
            Funding prepayment = d.prepayments().get(i);
            boolean supplier = false;
            for (SupplyLink link : s.suppliesOf(role)) {
                supplier |= link.supplier() == prepayment.partner();
            }
            if (!supplier) {
                out.add(new Violation("prepayments_go_to_own_suppliers", at("prepayments", i) + ".supplier",
                        String.valueOf(prepayment.partner()), "you can only prepay a role you buy from"));
            }
            if (prepayment.amount() < 0) {
                out.add(new Violation("amount_not_negative", at("prepayments", i) + ".amount",
                        Scenario.formatMoney(prepayment.amount()), "an amount cannot be negative"));
            }
            total += Math.max(0, prepayment.amount());
        }
        for (Funding funding : d.partnerFund()) {
            total += Math.max(0, funding.amount());
        }
        long available = Math.max(0, state.cash(role));
        if (total > available) {
            out.add(new Violation("prepayment_amount_in_range", largestPayment(d), Scenario.formatMoney(total),
                    "prepayments and fund payments together can be at most your cash, " + Scenario.formatMoney(available),
                    List.of(Scenario.formatMoney(available))));
        }
    }

    static void partnerFundOnlyFromTheMarketRole(Scenario s, GameState state, int role, Decision d, List<Violation> out) {
        if (d.partnerFund().isEmpty()) {
            return;
        }
        long total = 0;
        for (int i = 0; i < d.partnerFund().size(); i++) {
            Funding funding = d.partnerFund().get(i);
            if (!s.isMarketRole(role)) {
                out.add(new Violation("only_the_market_role_funds_partners", at("partnerFund", i), Scenario.formatMoney(funding.amount()),
                        "only " + s.role(s.marketRole()).id() + " can pay into the US partner fund"));
                continue;
            }
            if (funding.partner() < 0 || funding.partner() >= s.roles().size() || funding.partner() == role) {
                out.add(new Violation("fund_goes_to_a_partner", at("partnerFund", i) + ".partner", String.valueOf(funding.partner()),
                        "name another role of the chain as partner"));
            }
            if (funding.amount() < 0) {
                out.add(new Violation("amount_not_negative", at("partnerFund", i) + ".amount", Scenario.formatMoney(funding.amount()),
                        "an amount cannot be negative"));
            }
            total += Math.max(0, funding.amount());
        }
        long available = Math.max(0, state.cash(role));
        if (total > available) {
            out.add(new Violation("fund_amount_in_range", largestEntry("partnerFund", d.partnerFund()), Scenario.formatMoney(total),
                    "you can pay at most your cash, " + Scenario.formatMoney(available), List.of(Scenario.formatMoney(available))));
        }
    }

    /**
     * The field a "more than your cash" refusal names: the largest payment, the one most likely
     * typed wrong (the form marks it, not the first entry of the list).
     */
    private static String largestPayment(Decision d) {
        long prepaid = largestAmount(d.prepayments());
        return largestAmount(d.partnerFund()) > prepaid ? largestEntry("partnerFund", d.partnerFund())
                : largestEntry("prepayments", d.prepayments());
    }

    private static String largestEntry(String list, List<Funding> payments) {
        int largest = 0;
        for (int i = 1; i < payments.size(); i++) {
            if (payments.get(i).amount() > payments.get(largest).amount()) {
                largest = i;
            }
        }
        return at(list, largest) + ".amount";
    }

    private static long largestAmount(List<Funding> payments) {
        long largest = Long.MIN_VALUE;
        for (Funding payment : payments) {
            largest = Math.max(largest, payment.amount());
        }
        return largest;
    }

    /** True when an earlier entry names the same site (lists are short; no set needed on the hot path). */
    private static boolean listedBefore(List<SiteAmount> amounts, int index) {
        for (int j = 0; j < index; j++) {
            if (amounts.get(j).site() == amounts.get(index).site()) {
                return true;
            }
        }
        return false;
    }

    private static void quantityInRange(String rule, String list, int i, String part, long value, long max,
                                        List<Violation> out) {
        if (value < 0 || value > max) {
            out.add(new Violation(rule, at(list, i) + part, String.valueOf(value), "must be a whole number from 0 to " + max,
                    List.of(String.valueOf(max))));
        }
    }

    private static boolean validProduct(Scenario s, int product) {
        return product >= 0 && product < s.products().size();
    }

    private static boolean ownSite(Scenario s, int role, int site) {
        return site >= 0 && site < s.sites().size() && s.site(site).role() == role;
    }

    private static String productName(Scenario s, int product) {
        return validProduct(s, product) ? s.product(product).id() : "#" + product;
    }

    private static String siteName(Scenario s, int site) {
        return site >= 0 && site < s.sites().size() ? s.site(site).id() : "#" + site;
    }

    private static String ownSiteNames(Scenario s, int role) {
        StringBuilder names = new StringBuilder();
        for (int site : s.sitesOfShared(role)) {
            names.append(names.length() == 0 ? "" : ", ").append(s.site(site).id());
        }
        return names.toString();
    }
}
