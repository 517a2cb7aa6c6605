package com.chipchain.ui;

import com.chipchain.play.DecisionInput;
import com.chipchain.play.FieldRef;
import com.chipchain.play.SeatScreen;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The decision form without the browser: which fields a seat has (each by a {@link FieldRef}),
 * what each accepts, and the typed texts read into a decision, or the refusal of each field that
 * is not a number it accepts. Nothing typed is ever rewritten: a field either reads exactly or is refused.
 */
public final class DecisionEntry {

    /** What one field accepts: whole units up to {@code max}, or money from {@code min} to {@code max}. */
    public record Spec(FieldRef ref, boolean money, BigDecimal min, BigDecimal max, String initial) {}

    /** The decision read from the form, or the refusals (by field) when any field is not acceptable. */
    public record Reading(DecisionInput input, Map<FieldRef, NumberEntry.Result> refused) {
        public boolean ok() {
            return input != null;
        }
    }

    /** Money fields (funds, prepayments) are bounded far above any cash a seat can hold, and checked against cash by the rules. */
    static final BigDecimal MONEY_CEILING = DecisionInput.MAX_MONEY;

    private final SeatScreen.Form form;
    private final Map<FieldRef, Spec> specs = new LinkedHashMap<>();

    public DecisionEntry(SeatScreen.Form form) {
        this.form = form;
        for (SeatScreen.OrderField order : form.orders()) {
            quantity(FieldRef.order(order.product(), order.site()), form.maxQuantity(), order.quantity());
        }
        for (SeatScreen.SiteField site : form.production()) {
            quantity(FieldRef.production(site.site()), site.max(), site.quantity());
        }
        for (SeatScreen.SiteField site : form.investment()) {
            quantity(FieldRef.build(site.site()), Math.max(0, site.max()), 0);
        }
        if (form.price() != null) {
            specs.put(FieldRef.price(), new Spec(FieldRef.price(), true, form.price().min(), form.price().max(),
                    NumberEntry.show(form.price().price())));
        }
        for (SeatScreen.FundField fund : form.fund()) {
            money(FieldRef.fund(fund.partner()), fund.amount());
        }
        if (form.otherSales() != null) {
            quantity(FieldRef.otherSales(), form.maxQuantity(), form.otherSales().quantity());
        }
        for (SeatScreen.FundField prepay : form.prepayments()) {
            money(FieldRef.prepay(prepay.partner()), prepay.amount());
        }
        for (SeatScreen.OfferTarget target : contracts().offerTo()) {
            money(FieldRef.contractPremium(target.supplier()), BigDecimal.ZERO.setScale(2));
            quantity(FieldRef.contractUnits(target.supplier()), form.maxQuantity(), 0);
            quantity(FieldRef.contractTurns(target.supplier()), target.maxTurns(), target.maxTurns());
        }
    }

    private SeatScreen.ContractsField contracts() {
        return form.contracts() == null ? SeatScreen.ContractsField.NONE : form.contracts();
    }

    private void quantity(FieldRef ref, long max, long initial) {
        specs.put(ref, new Spec(ref, false, BigDecimal.ZERO, BigDecimal.valueOf(max), NumberEntry.show(initial)));
    }

    private void money(FieldRef ref, BigDecimal initial) {
        specs.put(ref, new Spec(ref, true, BigDecimal.ZERO, MONEY_CEILING, NumberEntry.show(initial)));
    }

    /** Every number field of the form, in the order it shows them. */
    public List<Spec> specs() {
        return List.copyOf(specs.values());
    }

    public Spec spec(FieldRef ref) {
        return specs.get(ref);
    }

    public NumberEntry.Result check(FieldRef ref, String text) {
        Spec spec = specs.get(ref);
        return spec.money() ? NumberEntry.money(text, spec.min(), spec.max())
                : NumberEntry.quantity(text, spec.max().longValueExact());
    }

    /**
     * Reads the form: {@code text} gives what is typed in each number field, {@code ticked} whether
     * a box is ticked (an order's "US-made only", accepting an offer, ending a contract),
     * {@code shipFirst} the priority chosen (null if none).
     */
    public Reading read(Function<FieldRef, String> text, Function<FieldRef, Boolean> ticked, String shipFirst) {
        Function<FieldRef, Boolean> usOnly = ticked;
        Map<FieldRef, NumberEntry.Result> values = new LinkedHashMap<>();
        Map<FieldRef, NumberEntry.Result> refused = new LinkedHashMap<>();
        for (Spec spec : specs.values()) {
            NumberEntry.Result result = check(spec.ref(), text.apply(spec.ref()));
            values.put(spec.ref(), result);
            if (!result.ok()) {
                refused.put(spec.ref(), result);
            }
        }
        if (!refused.isEmpty()) {
            return new Reading(null, refused);
        }
        List<DecisionInput.Order> orders = new ArrayList<>();
        for (SeatScreen.OrderField order : form.orders()) {
            FieldRef ref = FieldRef.order(order.product(), order.site());
            orders.add(new DecisionInput.Order(order.product(), order.site(), units(values, ref),
                    order.usOnlyPossible() && Boolean.TRUE.equals(usOnly.apply(ref))));
        }
        List<DecisionInput.SiteQuantity> production = new ArrayList<>();
        for (SeatScreen.SiteField site : form.production()) {
            production.add(new DecisionInput.SiteQuantity(site.site(), units(values, FieldRef.production(site.site()))));
        }
        List<DecisionInput.SiteQuantity> investment = new ArrayList<>();
        for (SeatScreen.SiteField site : form.investment()) {
            investment.add(new DecisionInput.SiteQuantity(site.site(), units(values, FieldRef.build(site.site()))));
        }
        BigDecimal price = form.price() == null ? null : values.get(FieldRef.price()).value();
        List<DecisionInput.Fund> fund = new ArrayList<>();
        for (SeatScreen.FundField partner : form.fund()) {
            fund.add(new DecisionInput.Fund(partner.partner(), values.get(FieldRef.fund(partner.partner())).value()));
        }
        long otherSales = form.otherSales() == null ? 0 : units(values, FieldRef.otherSales());
        List<DecisionInput.Fund> prepayments = new ArrayList<>();
        for (SeatScreen.FundField supplier : form.prepayments()) {
            BigDecimal amount = values.get(FieldRef.prepay(supplier.partner())).value();
            if (amount.signum() > 0) {
                prepayments.add(new DecisionInput.Fund(supplier.partner(), amount));
            }
        }
        return new Reading(new DecisionInput(orders, production, investment, price, fund, otherSales, prepayments,
                form.shipFirst() == null ? null : shipFirst, contractMoves(values, ticked)), Map.of());
    }

    /** An offer is made where a premium is typed; a ticked box accepts an offer or ends a contract. */
    private DecisionInput.Contracts contractMoves(Map<FieldRef, NumberEntry.Result> values, Function<FieldRef, Boolean> ticked) {
        List<DecisionInput.ContractOffer> offers = new ArrayList<>();
        for (SeatScreen.OfferTarget target : contracts().offerTo()) {
            BigDecimal premium = values.get(FieldRef.contractPremium(target.supplier())).value();
            if (premium.signum() > 0) {
                offers.add(new DecisionInput.ContractOffer(target.supplier(), premium,
                        units(values, FieldRef.contractUnits(target.supplier())), units(values, FieldRef.contractTurns(target.supplier()))));
            }
        }
        List<String> accept = new ArrayList<>();
        for (SeatScreen.ContractTerms offer : contracts().offersToMe()) {
            if (Boolean.TRUE.equals(ticked.apply(FieldRef.contractAccept(offer.partner())))) {
                accept.add(offer.partner());
            }
        }
        List<String> cancel = new ArrayList<>();
        for (SeatScreen.ContractTerms contract : contracts().running()) {
            if (Boolean.TRUE.equals(ticked.apply(FieldRef.contractEnd(contract.partner())))) {
                cancel.add(contract.partner());
            }
        }
        return offers.isEmpty() && accept.isEmpty() && cancel.isEmpty() ? DecisionInput.Contracts.NONE
                : new DecisionInput.Contracts(offers, accept, cancel);
    }

    private static long units(Map<FieldRef, NumberEntry.Result> values, FieldRef ref) {
        return values.get(ref).value().longValueExact();
    }
}
