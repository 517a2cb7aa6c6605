package com.chipchain.bots;

import com.chipchain.engine.BomLine;
import com.chipchain.engine.Contract;
import com.chipchain.engine.ContractMoves;
import com.chipchain.engine.ContractOffer;
import com.chipchain.engine.Scenario;
import com.chipchain.engine.SeatView;
import com.chipchain.engine.SupplyLink;
import java.util.ArrayList;
import java.util.List;

/**
 * How a bot plays US supply contracts (docs/bots.md, "US supply contracts"). As a buyer, from turn
 * {@code from} on it offers each supplier with a US site a premium of {@code premium} x the
 * value of what it buys, per US-made unit, on up to {@code units} x its expected need a turn,
 * for every turn left, whenever no contract or offer with that supplier is open. As a supplier it
 * accepts an offer whose premium is at least {@code accept} x the value of what it sells, and
 * while it supplies under a contract it reshores: US sites first, and US capacity for at least the
 * contracted units.
 *
 * @param premium the premium it offers, as a share of the good's value; 0 = it never offers
 * @param units the units a turn it offers the premium on, as a share of its expected need
 * @param from the first turn it offers
 * @param accept the least premium it accepts, as a share of its good's value
 */
record Contracting(double premium, double units, int from, double accept) {

    static final Contracting NEVER = new Contracting(0, 1, 2, 10);

    /** Units a turn this seat supplies under running contracts (0 when it supplies under none). */
    double unitsSupplied(SeatView view) {
        if (view.contracts().isEmpty()) {
            return 0;
        }
        long units = 0;
        for (Contract contract : view.contracts()) {
            if (contract.supplier() == view.role()) {
                units += contract.units();
            }
        }
        return units;
    }

    ContractMoves moves(SeatView view, double expected) {
        List<Integer> accepted = accepted(view);
        List<ContractOffer> offers = offers(view, expected);
        return accepted.isEmpty() && offers.isEmpty() ? ContractMoves.NONE : new ContractMoves(offers, accepted, List.of());
    }

    private List<Integer> accepted(SeatView view) {
        List<Contract> offered = view.offersToMe();
        if (offered.isEmpty()) {
            return List.of();
        }
        long value = view.scenario().product(view.scenario().role(view.role()).product()).value();
        List<Integer> accepted = new ArrayList<>();
        for (Contract offer : offered) {
            if (offer.premium() >= Math.round(accept * value)) {
                accepted.add(offer.buyer());
            }
        }
        return accepted;
    }

    private List<ContractOffer> offers(SeatView view, double expected) {
        Scenario scenario = view.scenario();
        int turnsLeft = scenario.turnCount() - view.turn();
        if (premium <= 0 || view.turn() < from || turnsLeft < 1) {
            return List.of();
        }
        List<ContractOffer> offers = new ArrayList<>();
        for (SupplyLink link : scenario.suppliesOf(view.role())) {
            int supplier = link.supplier();
            if (!scenario.hasUsSite(supplier) || view.contractOpenWith(supplier) || offers.stream().anyMatch(o -> o.supplier() == supplier)) {
                continue;
            }
            long price = Math.max(1, Math.round(premium * scenario.product(link.product()).value()));
            long need = Math.round(units * expected * perUnit(scenario, view.role(), link.product()));
            if (need >= 1) {
                offers.add(new ContractOffer(supplier, price, Math.min(scenario.maxQuantity(), need), turnsLeft));
            }
        }
        return offers;
    }

    /** Units of the input needed per unit of what this seat sells (1 for a seat that resells). */
    private static long perUnit(Scenario scenario, int role, int input) {
        if (!scenario.role(role).produces()) {
            return 1;
        }
        for (BomLine line : scenario.product(scenario.role(role).product()).bom()) {
            if (line.product() == input) {
                return line.quantity();
            }
        }
        return 1;
    }
}
