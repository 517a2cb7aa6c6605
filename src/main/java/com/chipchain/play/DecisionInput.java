package com.chipchain.play;

import java.math.BigDecimal;
import java.util.List;

/**
 * A decision as a form submits it, by names (the play layer turns it into the engine's decision).
 *
 * @param price the end-market price in the scenario's money unit, or null to keep it
 * @param otherSales units offered to buyers outside the chain
 * @param prepayments money paid ahead to suppliers ({@link Fund#partner()} names the supplier)
 * @param shipFirst whose orders a short supplier serves first: oldest, us-first or abroad-first (null: oldest)
 * @param contracts US supply contracts offered, accepted or ended, by role id
 */
public record DecisionInput(List<Order> orders, List<SiteQuantity> production, List<SiteQuantity> investment,
                            BigDecimal price, List<Fund> partnerFund, long otherSales, List<Fund> prepayments,
                            String shipFirst, Contracts contracts) {

    /** The largest amount of money a form may name (the engine's one ceiling, in the money unit). */
    public static final BigDecimal MAX_MONEY = BigDecimal.valueOf(com.chipchain.engine.Decision.MAX_MONEY, 2);

    public DecisionInput {
        orders = List.copyOf(orders);
        production = List.copyOf(production);
        investment = List.copyOf(investment);
        partnerFund = List.copyOf(partnerFund);
        prepayments = List.copyOf(prepayments);
        contracts = contracts == null ? Contracts.NONE : contracts;
    }

    public DecisionInput(List<Order> orders, List<SiteQuantity> production, List<SiteQuantity> investment,
                         BigDecimal price, List<Fund> partnerFund, long otherSales, List<Fund> prepayments, String shipFirst) {
        this(orders, production, investment, price, partnerFund, otherSales, prepayments, shipFirst, Contracts.NONE);
    }

    public DecisionInput(List<Order> orders, List<SiteQuantity> production, List<SiteQuantity> investment,
                         BigDecimal price, List<Fund> partnerFund) {
        this(orders, production, investment, price, partnerFund, 0, List.of(), null);
    }

    public static DecisionInput empty() {
        return new DecisionInput(List.of(), List.of(), List.of(), null, List.of());
    }

    public record Order(String product, String site, long quantity, boolean usOnly) {}

    public record SiteQuantity(String site, long quantity) {}

    public record Fund(String partner, BigDecimal amount) {}

    /** An offer of a US supply contract: the premium per US-made unit, on up to {@code units} a turn, for {@code turns} turns. */
    public record ContractOffer(String supplier, BigDecimal premium, long units, long turns) {}

    /** Contract moves: offers to suppliers, buyers whose offer is accepted, partners whose contract ends. */
    public record Contracts(List<ContractOffer> offers, List<String> accept, List<String> cancel) {
        public static final Contracts NONE = new Contracts(List.of(), List.of(), List.of());

        public Contracts {
            offers = List.copyOf(offers);
            accept = List.copyOf(accept);
            cancel = List.copyOf(cancel);
        }
    }
}
