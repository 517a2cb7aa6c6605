package com.chipchain.bots;

import com.chipchain.engine.Decision;
import com.chipchain.engine.Role;
import com.chipchain.engine.Scenario;
import com.chipchain.engine.Site;
import com.chipchain.engine.SupplyLink;
import java.util.List;

/**
 * What a bot knows about its seat before the game starts, worked out once per scenario rather
 * than every turn: the search plays millions of games with the same bots (docs/performance.md).
 *
 * @param anchor the seat's opening flow per turn (at least 1)
 * @param openingTurns its opening stock in turns of that flow
 * @param preferred its sites in the order its strategy produces at and ships to
 * @param buildLeadTime the longest build lead time of its sites (0 when it cannot build)
 * @param allCustomersInUs every buyer of this seat receives only at US sites
 */
record SeatFacts(Scenario scenario, int seat, SiteStrategy strategy, Role role, int[] sites, List<Integer> preferred,
                 Decision opening, double anchor, double openingTurns, int buildLeadTime, boolean allCustomersInUs) {

    static SeatFacts of(Scenario scenario, int seat, SiteStrategy strategy) {
        Role role = scenario.role(seat);
        int[] sites = scenario.sitesOf(seat);
        Decision opening = scenario.openingDecisions().get(seat);
        double anchor = Math.max(1, Openings.flow(scenario, seat, opening));
        int buildLeadTime = 0;
        for (int site : sites) {
            Site where = scenario.site(site);
            if (where.build() != null) {
                buildLeadTime = Math.max(buildLeadTime, where.build().leadTime());
            }
        }
        return new SeatFacts(scenario, seat, strategy, role, sites, List.copyOf(strategy.preferred(scenario, sites)), opening,
                anchor, Openings.stock(scenario, seat, role.product()) / anchor, buildLeadTime, allCustomersInUs(scenario, seat));
    }

    boolean fits(Scenario other, int otherSeat) {
        return scenario == other && seat == otherSeat;
    }

    /** True when every buyer of this seat receives only at US sites (from the public network). */
    private static boolean allCustomersInUs(Scenario scenario, int seat) {
        if (scenario.isMarketRole(seat)) {
            return Site.US.equals(scenario.market().country());
        }
        boolean any = false;
        for (SupplyLink link : scenario.links()) {
            if (link.supplier() != seat) {
                continue;
            }
            any = true;
            for (int site : scenario.sitesOf(link.buyer())) {
                if (!scenario.site(site).inUs()) {
                    return false;
                }
            }
        }
        return any;
    }
}
