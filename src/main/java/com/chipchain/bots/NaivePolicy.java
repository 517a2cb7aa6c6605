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
            return scenario.openingDecisionOn(view.role(), view.turn());
        }
        Role role = scenario.role(view.role());
        Product product = scenario.product(role.product());
        int[] sites = sitesOf(scenario, view.role());
        SiteAmount[] production = new SiteAmount[role.produces() ? sites.length : 0];
        if (role.produces()) {
            long toStart = asked;
            for (int i = 0; i < sites.length; i++) {
                int site = sites[i];
                long here = Math.min(toStart, view.usableCapacity(site));
                for (int b = 0; b < product.bom().size(); b++) {
                    BomLine input = product.bom().get(b);
                    here = Math.min(here, view.inventory(site, input.product()) / input.quantity());
                }
                production[i] = new SiteAmount(site, Math.max(0, here));
                toStart -= Math.max(0, here);
            }
        }
        int destination = firstSiteWithCapacity(view, sites, role.produces());
        List<SupplyLink> links = scenario.suppliesOf(view.role());
        OrderLine[] orders = new OrderLine[links.size()];
        for (int i = 0; i < orders.length; i++) {
            SupplyLink link = links.get(i);
            long perUnit = 1;
            for (int b = 0; b < product.bom().size(); b++) {
                BomLine input = product.bom().get(b);
                if (input.product() == link.product()) {
                    perUnit = input.quantity();
                }
            }
            orders[i] = new OrderLine(link.product(), destination, Math.min(scenario.maxQuantity(), asked * perUnit), false);
        }
        return new Decision(view.turn(), List.of(orders), List.of(production), List.of(), Decision.KEEP_PRICE, List.of());
    }

    /** The seat's sites, worked out once per scenario: a sweep asks every turn of millions of games. */
    private static int[] sitesOf(Scenario scenario, int role) {
        SitesOfScenario known = sites;
        if (known == null || known.scenario() != scenario) {
            int[][] all = new int[scenario.roles().size()][];
            for (int r = 0; r < all.length; r++) {
                all[r] = scenario.sitesOf(r);
            }
            known = new SitesOfScenario(scenario, all);
            sites = known;
        }
        return known.sites()[role];
    }

    /** Shared by every naive seat; a race only repeats the work (the record is immutable). */
    private static SitesOfScenario sites;

    private record SitesOfScenario(Scenario scenario, int[][] sites) {}

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
