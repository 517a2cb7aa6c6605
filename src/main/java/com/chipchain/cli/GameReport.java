package com.chipchain.cli;

import com.chipchain.engine.CostBreakdown;
import com.chipchain.engine.GameEvent;
import com.chipchain.engine.GameLog;
import com.chipchain.engine.GameState;
import com.chipchain.engine.Scenario;
import com.chipchain.engine.Scores;
import com.chipchain.engine.SeatReport;
import com.chipchain.engine.SiteReport;
import com.chipchain.engine.TurnReport;
import com.chipchain.engine.TurnResult;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** Turns a played game into the CLI's JSON or CSV output (every field is described in docs/cli.md). */
final class GameReport {

    private GameReport() {}

    static ObjectNode json(Scenario scenario, GameLog log, List<TurnResult> results) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("scenario", scenario.id());
        json.put("scenarioVersion", scenario.version());
        json.put("seed", log.seed());
        json.put("moneyUnit", scenario.moneyUnit());
        ObjectNode seats = json.putObject("policies");
        for (int r = 0; r < scenario.roles().size(); r++) {
            seats.put(scenario.role(r).id(), log.seats().get(r));
        }
        ArrayNode turns = json.putArray("turns");
        for (TurnResult result : results) {
            turns.add(turn(scenario, result.report()));
        }
        GameState last = results.isEmpty() ? GameState.start(scenario, log.seed()) : results.get(results.size() - 1).next();
        json.set("scores", scores(scenario, last));
        return json;
    }

    private static ObjectNode turn(Scenario scenario, TurnReport report) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("turn", report.turn());
        json.put("label", scenario.turnLabel(report.turn()));
        json.put("marketDemand", report.marketDemand());
        json.put("marketDelivered", report.marketDelivered());
        json.put("marketReferenceDemand", report.marketReferenceDemand());
        json.put("marketLost", report.marketLost());
        json.put("price", money(report.price()));
        ArrayNode news = json.putArray("news");
        for (GameEvent event : report.events()) {
            ObjectNode item = news.addObject();
            item.put("source", event.source().name().toLowerCase());
            item.put("en", event.news().en());
            item.put("ko", event.news().ko());
        }
        ArrayNode seats = json.putArray("seats");
        for (SeatReport seat : report.seats()) {
            seats.add(seat(scenario, seat));
        }
        return json;
    }

    private static ObjectNode seat(Scenario scenario, SeatReport seat) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        CostBreakdown costs = seat.costs();
        json.put("role", scenario.role(seat.role()).id());
        json.put("demandReceived", seat.demandReceived());
        json.put("ordersPlaced", seat.ordersPlaced());
        json.put("shipped", seat.shipped());
        json.put("productionStarted", seat.productionStarted());
        json.put("scrapped", seat.scrapped());
        json.put("inventory", seat.inventory());
        json.put("backlog", seat.backlog());
        json.put("fillRate", ratio(seat.fillRate()));
        json.put("revenue", money(costs.revenue()));
        json.put("cost", money(costs.totalCost()));
        json.put("cash", money(seat.cash()));
        json.put("tariffsPaid", money(costs.tariffs()));
        json.put("usContentShare", ratio(seat.usContentShare()));
        json.put("partnerFundBalance", money(seat.fundBalance()));
        json.put("otherDemand", seat.otherDemand());
        json.put("otherSold", seat.otherSold());
        ObjectNode breakdown = json.putObject("costs");
        breakdown.put("purchases", money(costs.purchases()));
        breakdown.put("production", money(costs.production()));
        breakdown.put("tariffs", money(costs.tariffs()));
        breakdown.put("capex", money(costs.capex()));
        breakdown.put("subsidy", money(costs.subsidy()));
        breakdown.put("partnerFundUsed", money(costs.fundUsed()));
        breakdown.put("partnerFundPaid", money(costs.fundPaid()));
        breakdown.put("holding", money(costs.holding()));
        breakdown.put("backlog", money(costs.backlog()));
        breakdown.put("freight", money(costs.freight()));
        breakdown.put("prepaidNet", money(costs.prepaidNet()));
        breakdown.put("contracts", money(costs.contracts()));
        ArrayNode sites = json.putArray("sites");
        for (SiteReport site : seat.sites()) {
            ObjectNode s = sites.addObject();
            s.put("site", scenario.site(site.site()).id());
            s.put("country", scenario.site(site.site()).country());
            ObjectNode inventory = s.putObject("inventory");
            for (int p = 0; p < site.inventory().length; p++) {
                if (site.inventory()[p] != 0) {
                    inventory.put(scenario.product(p).id(), site.inventory()[p]);
                }
            }
            s.put("capacity", site.capacity());
            s.put("usableCapacity", site.usableCapacity());
            s.put("inProduction", site.inProduction());
            s.put("building", site.building());
            s.put("started", site.started());
            s.put("shipped", site.shipped());
        }
        return json;
    }

    static ObjectNode scores(Scenario scenario, GameState state) {
        Scores scores = Scores.of(state);
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("chain", money(scores.chain()));
        json.put("usContentShare", ratio(scores.usContentShare()));
        json.put("fillRate", ratio(scores.fillRate()));
        json.put("usContentBonus", money(scores.usContentBonus()));
        json.put("serviceBonus", money(scores.serviceBonus()));
        ObjectNode teams = json.putObject("teams");
        ObjectNode endValues = json.putObject("endValues");
        ObjectNode bullwhip = json.putObject("bullwhip");
        for (int r = 0; r < scenario.roles().size(); r++) {
            teams.put(scenario.role(r).id(), money(scores.teamProfits()[r]));
            endValues.put(scenario.role(r).id(), money(scores.endValues()[r]));
            double ratio = Scores.bullwhip(state, r);
            if (Double.isNaN(ratio)) {
                bullwhip.putNull(scenario.role(r).id());
            } else {
                bullwhip.put(scenario.role(r).id(), ratio(ratio));
            }
        }
        return json;
    }

    static String csv(Scenario scenario, List<TurnResult> results) {
        StringBuilder csv = new StringBuilder(
                "turn,label,role,demandReceived,ordersPlaced,shipped,productionStarted,inventory,backlog,fillRate,"
                        + "revenue,cost,cash,tariffsPaid,usContentShare,purchases,production,capex,subsidy,holding,backlogCost\n");
        for (TurnResult result : results) {
            TurnReport report = result.report();
            for (SeatReport seat : report.seats()) {
                CostBreakdown c = seat.costs();
                csv.append(report.turn()).append(',')
                        .append(scenario.turnLabel(report.turn())).append(',')
                        .append(scenario.role(seat.role()).id()).append(',')
                        .append(seat.demandReceived()).append(',')
                        .append(seat.ordersPlaced()).append(',')
                        .append(seat.shipped()).append(',')
                        .append(seat.productionStarted()).append(',')
                        .append(seat.inventory()).append(',')
                        .append(seat.backlog()).append(',')
                        .append(ratio(seat.fillRate()).toPlainString()).append(',')
                        .append(money(c.revenue()).toPlainString()).append(',')
                        .append(money(c.totalCost()).toPlainString()).append(',')
                        .append(money(seat.cash()).toPlainString()).append(',')
                        .append(money(c.tariffs()).toPlainString()).append(',')
                        .append(ratio(seat.usContentShare()).toPlainString()).append(',')
                        .append(money(c.purchases()).toPlainString()).append(',')
                        .append(money(c.production()).toPlainString()).append(',')
                        .append(money(c.capex()).toPlainString()).append(',')
                        .append(money(c.subsidy()).toPlainString()).append(',')
                        .append(money(c.holding()).toPlainString()).append(',')
                        .append(money(c.backlog()).toPlainString()).append('\n');
            }
        }
        return csv.toString();
    }

    static BigDecimal money(long minorUnits) {
        return BigDecimal.valueOf(minorUnits, 2);
    }

    static BigDecimal ratio(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP);
    }
}
