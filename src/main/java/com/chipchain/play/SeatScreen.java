package com.chipchain.play;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Everything the player console shows for one seat, in both languages; built by the play layer from
 * what the seat may see. {@code openingTurn}: the scenario plays this turn's decisions itself (the
 * beer game's pre-printed order slips), so the form only confirms. {@code version}: the session
 * change it shows (a screen already showing it need not redraw).
 */
public record SeatScreen(
        String sessionId,
        String teamName,
        String rejoinPin,
        int chain,
        String roleId,
        Label roleName,
        Label briefing,
        Label scenarioTitle,
        String moneyUnit,
        SessionStatus status,
        int turn,
        int turnCount,
        String turnLabel,
        Instant deadline,
        boolean submitted,
        boolean openingTurn,
        boolean sharedDemand,
        BigDecimal cash,
        long backlog,
        long demandLastTurn,
        List<SiteBook> sites,
        List<Label> news,
        List<Label> lastNews,
        List<Broadcast> messages,
        List<TariffRow> tariffs,
        ChainMap chainMap,
        Form form,
        List<ChainSeat> chainSeats,
        int teamsSubmitted,
        int teamsTotal,
        History history,
        Preview lastTurn,
        List<LeaderboardEntry> leaderboard,
        long version) {

    /** One own site: stock by product, capacity and what is being made or built. */
    public record SiteBook(String siteId, Label name, String country, List<Stock> inventory, long capacity,
                           long usableCapacity, long building, long inProduction, long incoming) {}

    /** Units of one product on hand at a site. */
    public record Stock(Label product, long units) {}

    /** A tariff in force on goods arriving at US sites. */
    public record TariffRow(Label product, String origin, BigDecimal percent) {}

    /** Another seat of the same chain and whether it has submitted this turn. */
    public record ChainSeat(String roleId, Label roleName, String teamName, boolean bot, boolean submitted) {}

    /** The decision form, filled with last turn's decision. */
    public record Form(List<OrderField> orders, List<SiteField> production, List<SiteField> investment,
                       PriceField price, List<FundField> fund, long maxQuantity, OtherSalesField otherSales,
                       List<FundField> prepayments, String shipFirst, ContractsField contracts) {

        public Form(List<OrderField> orders, List<SiteField> production, List<SiteField> investment, PriceField price,
                    List<FundField> fund, long maxQuantity, OtherSalesField otherSales, List<FundField> prepayments,
                    String shipFirst) {
            this(orders, production, investment, price, fund, maxQuantity, otherSales, prepayments, shipFirst,
                    ContractsField.NONE);
        }
    }

    /**
     * US supply contracts (docs/rules.md): suppliers this seat may offer one to now, offers buyers
     * made it last turn (to accept or let lapse), its own offers waiting for an answer, and its
     * running contracts (to keep or end).
     */
    public record ContractsField(List<OfferTarget> offerTo, List<ContractTerms> offersToMe, List<ContractTerms> myOffers,
                                 List<ContractTerms> running) {
        public static final ContractsField NONE = new ContractsField(List.of(), List.of(), List.of(), List.of());

        public boolean isEmpty() {
            return offerTo.isEmpty() && offersToMe.isEmpty() && myOffers.isEmpty() && running.isEmpty();
        }
    }

    /** A supplier with a US site this seat may offer a contract to: at most {@code maxTurns} turns; {@code value} is the good's reference value. */
    public record OfferTarget(String supplier, Label supplierName, Label product, BigDecimal value, long maxTurns) {}

    /**
     * A contract or an offer, seen from this seat: {@code partner} is the other side, {@code buyer}
     * whether this seat pays; it runs from {@code firstTurn} to {@code lastTurn} (labels).
     */
    public record ContractTerms(String partner, Label partnerName, boolean buyer, BigDecimal premium, long units,
                                String firstTurn, String lastTurn, BigDecimal breakFee) {}

    /** Buyers outside the chain: what the seat offered last turn, what they wanted then and what they pay. */
    public record OtherSalesField(long quantity, long lastDemand, BigDecimal price) {}

    public record OrderField(String product, Label productName, String site, Label siteName, long quantity,
                             boolean usOnly, boolean usOnlyPossible) {}

    public record SiteField(String site, Label siteName, long quantity, long max, String note) {}

    /** The price now and the range it may move to this turn (the band, narrowed by the step limit). */
    public record PriceField(BigDecimal price, BigDecimal min, BigDecimal max) {}

    /** Money to another seat: a partner-fund payment, or a prepayment to a supplier ({@code held}: credit already there). */
    public record FundField(String partner, Label partnerName, BigDecimal amount, BigDecimal held) {

        public FundField(String partner, Label partnerName, BigDecimal amount) {
            this(partner, partnerName, amount, BigDecimal.ZERO.setScale(2));
        }
    }

    /** Per resolved turn, for the charts. */
    /** @param endDemand end-customer demand per turn, empty unless the seat may see it (shared demand, or the market role) */
    /**
     * @param chainShipped units each company of the seat's chain shipped per turn, upstream first: what
     *        the chain map's lanes carry, so public (docs/rules.md, "Information"); the bullwhip shows in it
     */
    public record History(List<String> labels, List<Long> ordersPlaced, List<Long> demandReceived,
                          List<Long> inventory, List<Long> backlog, List<BigDecimal> cash, List<Long> endDemand,
                          List<ChainLine> chainShipped) {}

    /** One company's figure per turn on a chain-wide chart. */
    public record ChainLine(Label role, boolean own, List<Long> values) {}

    /** Money of a turn: estimated for the turn being played (a preview), or as it was for the last resolved turn. */
    /**
     * @param otherPayments freight, prepayments (less credit used) and partner-fund payments
     * @param contracts US supply contract premiums and break fees paid, less those received
     */
    public record Preview(BigDecimal revenue, BigDecimal purchases, BigDecimal production, BigDecimal tariffs,
                          BigDecimal capex, BigDecimal subsidy, BigDecimal holding, BigDecimal backlog,
                          BigDecimal otherPayments, BigDecimal contracts, BigDecimal cashChange) {

        static Preview of(com.chipchain.engine.CostBreakdown c) {
            return new Preview(cents(c.revenue()), cents(c.purchases()), cents(c.production()), cents(c.tariffs()),
                    cents(c.capex()), cents(c.subsidy() + c.fundUsed()), cents(c.holding()), cents(c.backlog()),
                    cents(c.freight() + c.prepaidNet() + c.fundPaid()), cents(c.contracts()), cents(c.cashChange()));
        }

        private static BigDecimal cents(long minorUnits) {
            return BigDecimal.valueOf(minorUnits, 2);
        }
    }
}
