package com.chipchain.play;

import com.chipchain.engine.Contract;
import com.chipchain.engine.GameState;
import com.chipchain.engine.Scenario;
import com.chipchain.engine.SupplyLink;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The US supply contracts part of a seat's form (docs/rules.md, "US supply contracts"), from what the seat may see. */
final class ContractDesk {

    private ContractDesk() {}

    static SeatScreen.ContractsField of(Scenario scenario, GameState state, int role) {
        if (state.finished() || state.turn() <= scenario.openingTurns()) {
            return SeatScreen.ContractsField.NONE; // an opening turn plays the scenario's decisions: no contract moves
        }
        List<SeatScreen.OfferTarget> offerTo = new ArrayList<>();
        long turnsLeft = scenario.turnCount() - state.turn();
        for (SupplyLink link : scenario.suppliesOf(role)) {
            int supplier = link.supplier();
            boolean listed = offerTo.stream().anyMatch(t -> t.supplier().equals(scenario.role(supplier).id()));
            if (turnsLeft >= 1 && !listed && scenario.hasUsSite(supplier) && !state.contractOpenBetween(role, supplier)) {
                var product = scenario.product(link.product());
                offerTo.add(new SeatScreen.OfferTarget(scenario.role(supplier).id(), Label.of(scenario.role(supplier).name()),
                        Label.of(product.name()), money(product.value()), turnsLeft));
            }
        }
        List<SeatScreen.ContractTerms> offersToMe = new ArrayList<>();
        List<SeatScreen.ContractTerms> myOffers = new ArrayList<>();
        for (Contract offer : state.contractOffers()) {
            if (offer.supplier() == role) {
                offersToMe.add(terms(scenario, offer, role));
            } else if (offer.buyer() == role) {
                myOffers.add(terms(scenario, offer, role));
            }
        }
        List<SeatScreen.ContractTerms> running = new ArrayList<>();
        for (Contract contract : state.contracts()) {
            if (contract.involves(role)) {
                running.add(terms(scenario, contract, role));
            }
        }
        return new SeatScreen.ContractsField(offerTo, offersToMe, myOffers, running);
    }

    private static SeatScreen.ContractTerms terms(Scenario scenario, Contract contract, int role) {
        boolean buyer = contract.buyer() == role;
        int partner = buyer ? contract.supplier() : contract.buyer();
        return new SeatScreen.ContractTerms(scenario.role(partner).id(), Label.of(scenario.role(partner).name()), buyer,
                money(contract.premium()), contract.units(), scenario.turnLabel(contract.firstTurn()),
                scenario.turnLabel(contract.lastTurn()), money(contract.breakFee()));
    }

    private static BigDecimal money(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }
}
