package com.chipchain.bots;

import com.chipchain.engine.BomLine;
import com.chipchain.engine.Decision;
import com.chipchain.engine.OrderLine;
import com.chipchain.engine.Product;
import com.chipchain.engine.Role;
import com.chipchain.engine.Scenario;
import com.chipchain.engine.SeatView;
import com.chipchain.engine.SiteAmount;
import com.chipchain.engine.SupplyLink;
import java.util.ArrayList;
import java.util.List;

/**
 * Orders exactly what it was just asked for and produces what it can. It ignores inventory and
 * pipeline, which is why a chain of them shows the bullwhip. Before any demand has been seen it
 * plays the scenario's opening decision.
 */
public final class NaivePolicy implements SeatPolicy {

    @Override
    public String name() {
        return "naive";
    }

    @Override
    public Decision decide(SeatView view) {
        long asked = view.lastDemandReceived();
        Scenario scenario = view.scenario();
        if (asked < 0) {
            return scenario.openingDecisions().get(view.role()).forTurn(view.turn());
        }
        Role role = scenario.role(view.role());
        Product product = scenario.product(role.product());
        int[] sites = scenario.sitesOf(view.role());
        List<SiteAmount> production = new ArrayList<>();
        if (role.produces()) {
            long toStart = asked;
            for (int site : sites) {
                long here = Math.min(toStart, view.usableCapacity(site));
                for (BomLine input : product.bom()) {
                    here = Math.min(here, view.inventory(site, input.product()) / input.quantity());
                }
                production.add(new SiteAmount(site, Math.max(0, here)));
                toStart -= Math.max(0, here);
            }
        }
        int destination = firstSiteWithCapacity(view, sites, role.produces());
        List<OrderLine> orders = new ArrayList<>();
        for (SupplyLink link : scenario.suppliesOf(view.role())) {
            long perUnit = 1;
            for (BomLine input : product.bom()) {
                if (input.product() == link.product()) {
                    perUnit = input.quantity();
                }
            }
            orders.add(new OrderLine(link.product(), destination,
                    Math.min(scenario.maxQuantity(), asked * perUnit), false));
        }
        return new Decision(view.turn(), orders, production, List.of(), Decision.KEEP_PRICE, List.of());
    }

    private static int firstSiteWithCapacity(SeatView view, int[] sites, boolean produces) {
        if (produces) {
            for (int site : sites) {
                if (view.capacity(site) > 0) {
                    return site;
                }
            }
        }
        return sites[0];
    }
}
