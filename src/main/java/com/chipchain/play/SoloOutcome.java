package com.chipchain.play;

import com.chipchain.engine.GameState;
import com.chipchain.engine.Scenario;
import com.chipchain.engine.Scores;
import com.chipchain.engine.SeatReport;
import com.chipchain.engine.SiteReport;
import com.chipchain.engine.TurnReport;
import java.math.BigDecimal;
import java.util.List;

/**
 * How a solo player's seat did against the benchmark bot in the same seat (same seed and events):
 * both results, and the measure on which the two differed most, e.g. "you held 3.1x the stock the
 * bot held".
 *
 * @param difference the measure that differed most: inventory, backlog, orders, capex, tariffs or price
 * @param ratio the player's value divided by the bot's on that measure
 */
public record SoloOutcome(String roleId, Label roleName, Versus versus, Versus chainVersus, String difference, double ratio,
                          String moneyUnit) {

    static SoloOutcome of(Scenario scenario, int role, GameState mine, List<TurnReport> myTurns, GameState bots,
                          List<TurnReport> botTurns) {
        Scores own = Scores.of(mine);
        Scores bot = Scores.of(bots);
        String[] measures = {"inventory", "backlog", "orders", "capex", "tariffs", "price"};
        String difference = "none";
        double ratio = 1;
        double largest = 0;
        for (String measure : measures) {
            double a = measure(scenario, role, myTurns, measure);
            double b = measure(scenario, role, botTurns, measure);
            if (a <= 0 || b <= 0) {
                continue;
            }
            double spread = Math.abs(Math.log(a / b));
            if (spread > largest + 1e-9) {
                largest = spread;
                difference = measure;
                ratio = a / b;
            }
        }
        return new SoloOutcome(scenario.role(role).id(), Label.of(scenario.role(role).name()),
                Versus.of(own.teamProfits()[role], bot.teamProfits()[role], scenario.scoresCosts(), false),
                Versus.of(own.chain(), bot.chain(), scenario.scoresCosts(), false), difference, ratio, scenario.moneyUnit());
    }

    /** The mean per turn of a measure for one seat (capex and tariffs: the total). */
    private static double measure(Scenario scenario, int role, List<TurnReport> turns, String measure) {
        if (turns.isEmpty()) {
            return 0;
        }
        double total = 0;
        int product = scenario.role(role).product();
        for (TurnReport report : turns) {
            SeatReport seat = report.seats().get(role);
            total += switch (measure) {
                case "inventory" -> {
                    long own = 0;
                    for (SiteReport site : seat.sites()) {
                        own += site.inventory()[product];
                    }
                    yield own;
                }
                case "backlog" -> seat.backlog();
                case "orders" -> seat.ordersPlaced();
                case "capex" -> seat.costs().capex();
                case "tariffs" -> seat.costs().tariffs();
                default -> scenario.isMarketRole(role) ? report.price() : 0;
            };
        }
        boolean sum = measure.equals("capex") || measure.equals("tariffs");
        return sum ? total : total / turns.size();
    }
}
