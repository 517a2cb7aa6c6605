package com.chipchain.play;

import com.chipchain.engine.CostBreakdown;
import com.chipchain.engine.Decision;
import com.chipchain.engine.Funding;
import com.chipchain.engine.OrderLine;
import com.chipchain.engine.Scenario;
import com.chipchain.engine.SeatReport;
import com.chipchain.engine.SiteAmount;
import com.chipchain.engine.TurnReport;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A session as one CSV table for spreadsheets: one row per team (chain and role) and turn, with its
 * decisions, flows, money and KPIs. UTF-8 with a byte-order mark so spreadsheets keep Korean team
 * names intact; text that a spreadsheet would read as a formula is quoted as text.
 */
final class SessionCsv {

    private SessionCsv() {}

    static String write(Scenario scenario, String sessionId, Map<Integer, Map<String, String>> names,
                        List<List<TurnReport>> reports, List<List<List<Decision>>> decisions) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append("session,scenario,chain,role,team,turn,label");
        for (var product : scenario.products()) {
            csv.append(",order_").append(product.id());
        }
        csv.append(",production,investment,price,otherSales,prepaid,partnerFund,shipFirst")
                .append(",demandReceived,ordersPlaced,shipped,productionStarted,scrapped,otherSold,inventory,backlog,fillRate")
                .append(",revenue,purchases,productionCost,tariffs,capex,subsidy,fundUsed,fundPaid,holding,backlogCost,freight,prepaidNet,contracts")
                .append(",cashChange,cash,usContentShare\r\n");
        for (int chain = 0; chain < reports.size(); chain++) {
            Map<String, String> teams = names.getOrDefault(chain, Map.of());
            for (int t = 0; t < reports.get(chain).size(); t++) {
                TurnReport report = reports.get(chain).get(t);
                for (SeatReport seat : report.seats()) {
                    String role = scenario.role(seat.role()).id();
                    Decision decision = decisions.get(chain).get(t).get(seat.role());
                    row(csv, scenario, sessionId, chain, role, teams.getOrDefault(role, ""), report, seat, decision);
                }
            }
        }
        return csv.toString();
    }

    private static void row(StringBuilder csv, Scenario scenario, String sessionId, int chain, String role, String team,
                            TurnReport report, SeatReport seat, Decision decision) {
        csv.append(text(sessionId)).append(',').append(text(scenario.id())).append(',').append(chain + 1).append(',')
                .append(role).append(',').append(text(team)).append(',').append(report.turn()).append(',')
                .append(scenario.turnLabel(report.turn()));
        for (int product = 0; product < scenario.products().size(); product++) {
            long units = 0;
            for (OrderLine line : decision.orders()) {
                if (line.product() == product) {
                    units += line.quantity();
                }
            }
            csv.append(',').append(units);
        }
        long investment = 0;
        for (SiteAmount amount : decision.investment()) {
            investment += amount.amount();
        }
        long prepaid = 0;
        for (Funding funding : decision.prepayments()) {
            prepaid += funding.amount();
        }
        long fund = 0;
        for (Funding funding : decision.partnerFund()) {
            fund += funding.amount();
        }
        csv.append(',').append(decision.totalProduction()).append(',').append(investment).append(',')
                .append(decision.price() == Decision.KEEP_PRICE ? "" : money(decision.price())).append(',')
                .append(decision.otherSales()).append(',').append(money(prepaid)).append(',').append(money(fund)).append(',')
                .append(decision.shipFirst().id());
        CostBreakdown c = seat.costs();
        csv.append(',').append(seat.demandReceived()).append(',').append(seat.ordersPlaced()).append(',').append(seat.shipped())
                .append(',').append(seat.productionStarted()).append(',').append(seat.scrapped()).append(',')
                .append(seat.otherSold()).append(',').append(seat.inventory()).append(',').append(seat.backlog()).append(',')
                .append(ratio(seat.fillRate()));
        for (long amount : new long[] {c.revenue(), c.purchases(), c.production(), c.tariffs(), c.capex(), c.subsidy(),
                c.fundUsed(), c.fundPaid(), c.holding(), c.backlog(), c.freight(), c.prepaidNet(), c.contracts(), c.cashChange(),
                seat.cash()}) {
            csv.append(',').append(money(amount));
        }
        csv.append(',').append(ratio(seat.usContentShare())).append("\r\n");
    }

    /** A text cell: quoted when it holds a separator, quote or line break; a leading formula sign is defused. */
    static String text(String value) {
        String cell = value == null ? "" : value;
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            cell = "'" + cell;
        }
        if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
            cell = "\"" + cell.replace("\"", "\"\"") + "\"";
        }
        return cell;
    }

    private static String money(long cents) {
        return BigDecimal.valueOf(cents, 2).toPlainString();
    }

    private static String ratio(double value) {
        return BigDecimal.valueOf(value).setScale(4, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
