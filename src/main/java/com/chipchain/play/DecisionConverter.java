package com.chipchain.play;

import com.chipchain.engine.ContractMoves;
import com.chipchain.engine.ContractOffer;
import com.chipchain.engine.Decision;
import com.chipchain.engine.Funding;
import com.chipchain.engine.OrderLine;
import com.chipchain.engine.Scenario;
import com.chipchain.engine.ShipPriority;
import com.chipchain.engine.SiteAmount;
import com.chipchain.engine.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A decision as a form names it turned into the engine's, and the engine's rule violations turned into a refusal. */
final class DecisionConverter {

    private static final BigDecimal MAX_MONEY = DecisionInput.MAX_MONEY;

    private DecisionConverter() {}

    static Decision toDecision(Scenario scenario, int turn, DecisionInput input) {
        List<PlayException.Problem> problems = new ArrayList<>();
        List<OrderLine> orders = new ArrayList<>();
        for (int i = 0; i < input.orders().size(); i++) {
            DecisionInput.Order o = input.orders().get(i);
            int product = scenario.productIndex(o.product());
            int site = scenario.siteIndex(o.site());
            if (product < 0) {
                problems.add(new PlayException.Problem("orders[" + i + "].product", o.product(), "unknown product"));
            }
            if (site < 0) {
                problems.add(new PlayException.Problem("orders[" + i + "].site", o.site(), "unknown site"));
            }
            orders.add(new OrderLine(product, site, o.quantity(), o.usOnly()));
        }
        List<SiteAmount> production = siteAmounts(scenario, input.production(), "production", problems);
        List<SiteAmount> investment = siteAmounts(scenario, input.investment(), "investment", problems);
        List<Funding> fund = fundings(scenario, input.partnerFund(), "partnerFund", "partner", problems);
        long price = input.price() == null ? Decision.KEEP_PRICE : cents(input.price(), "price", problems);
        List<Funding> prepayments = fundings(scenario, input.prepayments(), "prepayments", "supplier", problems);
        ShipPriority shipFirst = input.shipFirst() == null ? ShipPriority.OLDEST : ShipPriority.byId(input.shipFirst());
        if (shipFirst == null) {
            problems.add(new PlayException.Problem("shipFirst", input.shipFirst(), "must be oldest, us-first or abroad-first"));
        }
        if (!problems.isEmpty()) {
            List<PlayException.Problem> located = problems.stream().map(p -> new PlayException.Problem(p.field(), p.value(),
                    p.message(), p.rule().isEmpty() ? "unknown_name" : p.rule(), p.args(), refOf(p.field(), input))).toList();
            throw new PlayException(PlayException.Reason.INVALID_DECISION,
                    "The decision was not accepted: " + problems.get(0).field() + " " + problems.get(0).message(), located);
        }
        ContractMoves contracts = contracts(scenario, input.contracts(), problems);
        if (!problems.isEmpty()) {
            throw refusalOfNames(problems, input);
        }
        return new Decision(turn, orders, production, investment, price, fund, input.otherSales(), prepayments, shipFirst,
                contracts);
    }

    private static PlayException refusalOfNames(List<PlayException.Problem> problems, DecisionInput input) {
        List<PlayException.Problem> located = problems.stream().map(p -> new PlayException.Problem(p.field(), p.value(),
                p.message(), p.rule().isEmpty() ? "unknown_name" : p.rule(), p.args(), refOf(p.field(), input))).toList();
        return new PlayException(PlayException.Reason.INVALID_DECISION,
                "The decision was not accepted: " + problems.get(0).field() + " " + problems.get(0).message(), located);
    }

    private static ContractMoves contracts(Scenario scenario, DecisionInput.Contracts input, List<PlayException.Problem> problems) {
        List<ContractOffer> offers = new ArrayList<>();
        for (int i = 0; i < input.offers().size(); i++) {
            DecisionInput.ContractOffer offer = input.offers().get(i);
            String field = "contracts.offers[" + i + "]";
            offers.add(new ContractOffer(role(scenario, offer.supplier(), field + ".supplier", problems),
                    cents(offer.premium(), field + ".premium", problems), offer.units(),
                    (int) Math.max(0, Math.min(Integer.MAX_VALUE, offer.turns()))));
        }
        List<Integer> accept = new ArrayList<>();
        for (int i = 0; i < input.accept().size(); i++) {
            accept.add(role(scenario, input.accept().get(i), "contracts.accept[" + i + "]", problems));
        }
        List<Integer> cancel = new ArrayList<>();
        for (int i = 0; i < input.cancel().size(); i++) {
            cancel.add(role(scenario, input.cancel().get(i), "contracts.cancel[" + i + "]", problems));
        }
        return new ContractMoves(offers, accept, cancel);
    }

    private static int role(Scenario scenario, String id, String field, List<PlayException.Problem> problems) {
        int role = scenario.roleIndex(id);
        if (role < 0) {
            problems.add(new PlayException.Problem(field, id, "unknown role"));
        }
        return role;
    }

    /** The refusal for a decision that breaks the rules, naming every field by the form field it is about. */
    static PlayException refusal(List<Violation> violations, DecisionInput input) {
        return new PlayException(PlayException.Reason.INVALID_DECISION, "The decision was not accepted: "
                + violations.get(0).message(), violations.stream()
                .map(v -> new PlayException.Problem(v.field(), v.value(), v.message(), v.rule(), v.args(), refOf(v.field(), input)))
                .toList());
    }

    private static final java.util.regex.Pattern ENTRY = java.util.regex.Pattern.compile("(\\w+)(?:\\[(\\d+)])?.*");

    /** The form field a violation's path (e.g. {@code orders[2].quantity}) is about, or null for the decision as a whole. */
    static FieldRef refOf(String path, DecisionInput input) {
        if (path != null && path.startsWith("contracts.")) {
            return contractRefOf(path.substring("contracts.".length()), input.contracts());
        }
        java.util.regex.Matcher m = ENTRY.matcher(path == null ? "" : path);
        if (!m.matches()) {
            return null;
        }
        int i = m.group(2) == null ? -1 : Integer.parseInt(m.group(2));
        return switch (m.group(1)) {
            case "orders" -> i >= 0 && i < input.orders().size()
                    ? FieldRef.order(input.orders().get(i).product(), input.orders().get(i).site()) : null;
            case "production" -> i >= 0 && i < input.production().size() ? FieldRef.production(input.production().get(i).site()) : null;
            case "investment" -> i >= 0 && i < input.investment().size() ? FieldRef.build(input.investment().get(i).site()) : null;
            case "price" -> FieldRef.price();
            case "otherSales" -> FieldRef.otherSales();
            case "shipFirst" -> FieldRef.shipFirst();
            case "partnerFund" -> input.partnerFund().isEmpty() ? null
                    : FieldRef.fund(input.partnerFund().get(Math.max(0, Math.min(i, input.partnerFund().size() - 1))).partner());
            case "prepayments" -> input.prepayments().isEmpty() ? null
                    : FieldRef.prepay(input.prepayments().get(Math.max(0, Math.min(i, input.prepayments().size() - 1))).partner());
            default -> null;
        };
    }

    private static final java.util.regex.Pattern CONTRACT_ENTRY = java.util.regex.Pattern.compile("(\\w+)\\[(\\d+)](?:\\.(\\w+))?");

    /** The contract field a path like {@code offers[0].premium} is about. */
    private static FieldRef contractRefOf(String path, DecisionInput.Contracts contracts) {
        java.util.regex.Matcher m = CONTRACT_ENTRY.matcher(path);
        if (!m.matches()) {
            return null;
        }
        int i = Integer.parseInt(m.group(2));
        return switch (m.group(1)) {
            case "offers" -> {
                if (i >= contracts.offers().size()) {
                    yield null;
                }
                String supplier = contracts.offers().get(i).supplier();
                yield switch (m.group(3) == null ? "" : m.group(3)) {
                    case "units" -> FieldRef.contractUnits(supplier);
                    case "turns" -> FieldRef.contractTurns(supplier);
                    default -> FieldRef.contractPremium(supplier);
                };
            }
            case "accept" -> i < contracts.accept().size() ? FieldRef.contractAccept(contracts.accept().get(i)) : null;
            case "cancel" -> i < contracts.cancel().size() ? FieldRef.contractEnd(contracts.cancel().get(i)) : null;
            default -> null;
        };
    }

    /** Money to other roles, by role id: the partner fund or prepayments. */
    private static List<Funding> fundings(Scenario scenario, List<DecisionInput.Fund> inputs, String field, String roleField,
                                          List<PlayException.Problem> problems) {
        List<Funding> result = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            DecisionInput.Fund f = inputs.get(i);
            int role = scenario.roleIndex(f.partner());
            if (role < 0) {
                problems.add(new PlayException.Problem(field + "[" + i + "]." + roleField, f.partner(), "unknown role"));
            }
            result.add(new Funding(role, cents(f.amount(), field + "[" + i + "].amount", problems)));
        }
        return result;
    }

    private static List<SiteAmount> siteAmounts(Scenario scenario, List<DecisionInput.SiteQuantity> amounts, String field,
                                                List<PlayException.Problem> problems) {
        List<SiteAmount> result = new ArrayList<>();
        for (int i = 0; i < amounts.size(); i++) {
            int site = scenario.siteIndex(amounts.get(i).site());
            if (site < 0) {
                problems.add(new PlayException.Problem(field + "[" + i + "].site", amounts.get(i).site(), "unknown site"));
            }
            result.add(new SiteAmount(site, amounts.get(i).quantity()));
        }
        return result;
    }

    /** Money in cents, range-checked before converting so no amount can overflow. */
    private static long cents(BigDecimal amount, String field, List<PlayException.Problem> problems) {
        if (amount == null || amount.stripTrailingZeros().scale() > 2) {
            problems.add(new PlayException.Problem(field, String.valueOf(amount), "must be an amount with at most two decimals",
                    "money_has_two_decimals", List.of(), null));
            return 0;
        }
        if (amount.abs().compareTo(MAX_MONEY) > 0) {
            String max = MAX_MONEY.stripTrailingZeros().toPlainString();
            problems.add(new PlayException.Problem(field, amount.toPlainString(), "must be at most " + max, "money_in_range", List.of(max), null));
            return 0;
        }
        return amount.movePointRight(2).longValueExact();
    }
}
