package com.chipchain.scenario;

import com.chipchain.engine.ContractMoves;
import com.chipchain.engine.ContractOffer;
import com.chipchain.engine.Decision;
import com.chipchain.engine.Funding;
import com.chipchain.engine.OrderLine;
import com.chipchain.engine.Scenario;
import com.chipchain.engine.ShipPriority;
import com.chipchain.engine.SiteAmount;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A decision written with names instead of indexes, the same shape in a scenario's {@code opening}
 * and in a game log: {@code {orders: [{product, site, quantity, usOnly}], production: [{site,
 * quantity}], investment: [{site, quantity}], price, partnerFund: [{partner, amount}], otherSales,
 * prepayments: [{supplier, amount}], shipFirst: oldest|us-first|abroad-first, contracts: {offers:
 * [{supplier, premium, units, turns}], accept: [{buyer}], cancel: [{partner}]}}}.
 */
public final class DecisionFormat {

    private DecisionFormat() {}

    static Decision read(YamlNode node, Ids ids, int turn) {
        if (node == null) {
            return Decision.empty(turn);
        }
        node.allowOnly(Set.of("orders", "production", "investment", "price", "partnerFund", "otherSales", "prepayments",
                "shipFirst", "contracts"));
        List<OrderLine> orders = new ArrayList<>();
        for (YamlNode line : node.list("orders", false)) {
            line.allowOnly(Set.of("product", "site", "quantity", "usOnly"));
            orders.add(new OrderLine(ids.product(line, "product"), ids.site(line, "site"),
                    line.integer("quantity", 0, 1_000_000_000), line.flag("usOnly", false)));
        }
        List<SiteAmount> production = siteAmounts(node.list("production", false), ids);
        List<SiteAmount> investment = siteAmounts(node.list("investment", false), ids);
        List<Funding> fund = new ArrayList<>();
        for (YamlNode funding : node.list("partnerFund", false)) {
            funding.allowOnly(Set.of("partner", "amount"));
            fund.add(new Funding(ids.role(funding, "partner"), funding.hundredths("amount", 0, ScenarioLoader.MAX_MONEY)));
        }
        List<Funding> prepayments = new ArrayList<>();
        for (YamlNode prepayment : node.list("prepayments", false)) {
            prepayment.allowOnly(Set.of("supplier", "amount"));
            prepayments.add(new Funding(ids.role(prepayment, "supplier"), prepayment.hundredths("amount", 0, ScenarioLoader.MAX_MONEY)));
        }
        long price = node.optionalHundredths("price", 0, ScenarioLoader.MAX_MONEY, Decision.KEEP_PRICE);
        long otherSales = node.optionalInteger("otherSales", 0, 1_000_000_000, 0);
        ShipPriority shipFirst = ShipPriority.OLDEST;
        if (node.has("shipFirst")) {
            shipFirst = ShipPriority.byId(node.text("shipFirst"));
            if (shipFirst == null) {
                node.problem("shipFirst", "must be oldest, us-first or abroad-first, not '" + node.text("shipFirst") + "'");
                shipFirst = ShipPriority.OLDEST;
            }
        }
        ContractMoves contracts = node.has("contracts") ? contracts(node.child("contracts"), ids) : ContractMoves.NONE;
        return new Decision(turn, orders, production, investment, price, fund, otherSales, prepayments, shipFirst, contracts);
    }

    private static ContractMoves contracts(YamlNode node, Ids ids) {
        node.allowOnly(Set.of("offers", "accept", "cancel"));
        List<ContractOffer> offers = new ArrayList<>();
        for (YamlNode offer : node.list("offers", false)) {
            offer.allowOnly(Set.of("supplier", "premium", "units", "turns"));
            offers.add(new ContractOffer(ids.role(offer, "supplier"), offer.hundredths("premium", 0, ScenarioLoader.MAX_MONEY),
                    offer.integer("units", 0, 1_000_000_000), (int) offer.integer("turns", 0, 1_000)));
        }
        List<Integer> accept = new ArrayList<>();
        for (YamlNode buyer : node.list("accept", false)) {
            buyer.allowOnly(Set.of("buyer"));
            accept.add(ids.role(buyer, "buyer"));
        }
        List<Integer> cancel = new ArrayList<>();
        for (YamlNode partner : node.list("cancel", false)) {
            partner.allowOnly(Set.of("partner"));
            cancel.add(ids.role(partner, "partner"));
        }
        return new ContractMoves(offers, accept, cancel);
    }

    private static List<SiteAmount> siteAmounts(List<YamlNode> nodes, Ids ids) {
        List<SiteAmount> amounts = new ArrayList<>();
        for (YamlNode node : nodes) {
            node.allowOnly(Set.of("site", "quantity"));
            amounts.add(new SiteAmount(ids.site(node, "site"), node.integer("quantity", 0, 1_000_000_000)));
        }
        return amounts;
    }

    /** Reads a decision for a turn from JSON; problems name {@code path}. */
    public static Decision fromJson(Scenario scenario, JsonNode json, int turn, String file, String path)
            throws InvalidScenarioException {
        YamlNode.Problems problems = new YamlNode.Problems(file);
        Decision decision = read(new YamlNode(json, path, problems), Ids.of(scenario), turn);
        if (!problems.found.isEmpty()) {
            throw new InvalidScenarioException(problems.found);
        }
        return decision;
    }

    public static ObjectNode toJson(Scenario scenario, Decision decision) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        ArrayNode orders = json.putArray("orders");
        for (OrderLine line : decision.orders()) {
            ObjectNode o = orders.addObject();
            o.put("product", scenario.product(line.product()).id());
            o.put("site", scenario.site(line.site()).id());
            o.put("quantity", line.quantity());
            if (line.usOnly()) {
                o.put("usOnly", true);
            }
        }
        writeAmounts(scenario, json.putArray("production"), decision.production());
        writeAmounts(scenario, json.putArray("investment"), decision.investment());
        if (decision.price() != Decision.KEEP_PRICE) {
            json.put("price", BigDecimal.valueOf(decision.price(), 2));
        }
        ArrayNode fund = json.putArray("partnerFund");
        for (Funding funding : decision.partnerFund()) {
            ObjectNode f = fund.addObject();
            f.put("partner", scenario.role(funding.partner()).id());
            f.put("amount", BigDecimal.valueOf(funding.amount(), 2));
        }
        if (decision.shipFirst() != ShipPriority.OLDEST) {
            json.put("shipFirst", decision.shipFirst().id());
        }
        if (decision.otherSales() != 0) {
            json.put("otherSales", decision.otherSales());
        }
        if (!decision.prepayments().isEmpty()) {
            ArrayNode prepayments = json.putArray("prepayments");
            for (Funding prepayment : decision.prepayments()) {
                ObjectNode p = prepayments.addObject();
                p.put("supplier", scenario.role(prepayment.partner()).id());
                p.put("amount", BigDecimal.valueOf(prepayment.amount(), 2));
            }
        }
        if (!decision.contracts().isEmpty()) {
            writeContracts(scenario, json.putObject("contracts"), decision.contracts());
        }
        return json;
    }

    private static void writeContracts(Scenario scenario, ObjectNode json, ContractMoves moves) {
        if (!moves.offers().isEmpty()) {
            ArrayNode offers = json.putArray("offers");
            for (ContractOffer offer : moves.offers()) {
                ObjectNode o = offers.addObject();
                o.put("supplier", scenario.role(offer.supplier()).id());
                o.put("premium", BigDecimal.valueOf(offer.premium(), 2));
                o.put("units", offer.units());
                o.put("turns", offer.turns());
            }
        }
        if (!moves.accept().isEmpty()) {
            ArrayNode accept = json.putArray("accept");
            moves.accept().forEach(buyer -> accept.addObject().put("buyer", scenario.role(buyer).id()));
        }
        if (!moves.cancel().isEmpty()) {
            ArrayNode cancel = json.putArray("cancel");
            moves.cancel().forEach(partner -> cancel.addObject().put("partner", scenario.role(partner).id()));
        }
    }

    private static void writeAmounts(Scenario scenario, ArrayNode into, List<SiteAmount> amounts) {
        for (SiteAmount amount : amounts) {
            ObjectNode a = into.addObject();
            a.put("site", scenario.site(amount.site()).id());
            a.put("quantity", amount.amount());
        }
    }
}
