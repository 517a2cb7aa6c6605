package com.chipchain.bots;

import com.chipchain.engine.Decision;
import com.chipchain.engine.OrderLine;
import com.chipchain.engine.Role;
import com.chipchain.engine.Scenario;

/** Where a seat starts: the flow and the stock a bot anchors its forecast and stock goals on. */
final class Openings {

    private Openings() {}

    /** What the seat moves per turn at the start: its opening orders, or production for a role without suppliers. */
    static double flow(Scenario scenario, int seat, Decision opening) {
        Role role = scenario.role(seat);
        if (role.produces()) {
            return opening.totalProduction();
        }
        long ordered = 0;
        for (OrderLine line : opening.orders()) {
            if (line.product() == role.product()) {
                ordered += line.quantity();
            }
        }
        return ordered > 0 ? ordered : scenario.market().baseDemandOn(1);
    }

    /** Units of the seat's product on hand at its sites when the game starts. */
    static double stock(Scenario scenario, int seat, int product) {
        long total = 0;
        for (var stock : scenario.initialState().stock()) {
            if (scenario.site(stock.site()).role() == seat && stock.product() == product) {
                total += stock.quantity();
            }
        }
        return total;
    }
}
