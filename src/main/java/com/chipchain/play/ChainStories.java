package com.chipchain.play;

import com.chipchain.engine.Decision;
import com.chipchain.engine.GameState;
import com.chipchain.engine.OrderLine;
import com.chipchain.engine.Scenario;
import com.chipchain.engine.Scores;
import com.chipchain.engine.SeatReport;
import com.chipchain.engine.SiteAmount;
import com.chipchain.engine.SiteReport;
import com.chipchain.engine.SupplyLink;
import com.chipchain.engine.TurnReport;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns one chain's stored game (reports and decisions per turn) into its debrief story. */
final class ChainStories {

    private ChainStories() {}

    /**
     * @param decisions the decisions played on each turn, in turn order (one list per turn, one per role)
     * @param bots the benchmark chain's scores over the same turns, or null for the benchmark itself
     */
    static Debrief.ChainStory story(Scenario scenario, int chain, Map<String, String> teamNames, List<TurnReport> reports,
                                    List<List<Decision>> decisions, GameState end, Scores bots) {
        int roles = scenario.roles().size();
        List<Debrief.Series> orders = orders(scenario, decisions);
        List<Long> endDemand = new ArrayList<>();
        List<Long> referenceDemand = new ArrayList<>();
        List<Double> usContent = new ArrayList<>();
        List<Double> fill = new ArrayList<>();
        int market = scenario.marketRole();
        for (TurnReport report : reports) {
            endDemand.add(report.marketDemand());
            referenceDemand.add(report.marketReferenceDemand());
            usContent.add(report.seats().get(market).usContentShare());
            fill.add(report.marketReferenceDemand() == 0 ? 1.0
                    : Math.min(1.0, (double) report.marketDelivered() / report.marketReferenceDemand()));
        }
        List<Debrief.RoleSeries> roleSeries = new ArrayList<>();
        for (int role = 0; role < roles; role++) {
            roleSeries.add(roleSeries(scenario, role, reports));
        }
        List<Debrief.SiteSeries> sites = sites(scenario, reports, decisions);
        Map<String, Double> bullwhip = new LinkedHashMap<>();
        for (int role = 0; role < roles; role++) {
            double ratio = Scores.bullwhip(end, role);
            bullwhip.put(scenario.role(role).id(), Double.isNaN(ratio) ? null : ratio);
        }
        return new Debrief.ChainStory(chain, teamNames, orders, endDemand, referenceDemand, roleSeries, sites, usContent,
                fill, bullwhip, score(scenario, teamNames, Scores.of(end), bots), snapshots(scenario, reports));
    }

    /** Orders per stage and per product it buys; a stage without suppliers shows its production requests. */
    private static List<Debrief.Series> orders(Scenario scenario, List<List<Decision>> decisions) {
        List<Debrief.Series> all = new ArrayList<>();
        for (int role = 0; role < scenario.roles().size(); role++) {
            var company = scenario.role(role);
            List<SupplyLink> links = scenario.suppliesOf(role);
            if (links.isEmpty()) {
                List<Long> requested = new ArrayList<>();
                for (List<Decision> turn : decisions) {
                    requested.add(turn.get(role).totalProduction());
                }
                all.add(new Debrief.Series(company.id(), Label.of(company.name()), requested));
                continue;
            }
            for (SupplyLink link : links) {
                List<Long> ordered = new ArrayList<>();
                for (List<Decision> turn : decisions) {
                    long units = 0;
                    for (OrderLine line : turn.get(role).orders()) {
                        if (line.product() == link.product()) {
                            units += line.quantity();
                        }
                    }
                    ordered.add(units);
                }
                Label name = links.size() == 1 ? Label.of(company.name())
                        : new Label(company.name().en() + " · " + scenario.product(link.product()).name().en(),
                                company.name().ko() + " · " + scenario.product(link.product()).name().ko());
                all.add(new Debrief.Series(company.id(), name, ordered));
            }
        }
        return all;
    }

    private static Debrief.RoleSeries roleSeries(Scenario scenario, int role, List<TurnReport> reports) {
        int product = scenario.role(role).product();
        List<Long> inventory = new ArrayList<>();
        List<Long> backlog = new ArrayList<>();
        List<BigDecimal> cash = new ArrayList<>();
        List<BigDecimal> tariffs = new ArrayList<>();
        for (TurnReport report : reports) {
            SeatReport seat = report.seats().get(role);
            long own = 0;
            for (SiteReport site : seat.sites()) {
                own += site.inventory()[product];
            }
            inventory.add(own);
            backlog.add(seat.backlog());
            cash.add(money(seat.cash()));
            tariffs.add(money(seat.costs().tariffs()));
        }
        return new Debrief.RoleSeries(scenario.role(role).id(), Label.of(scenario.role(role).name()), inventory, backlog,
                cash, tariffs);
    }

    /** Every site that can make something: capacity usable, being built, and ordered per turn. */
    private static List<Debrief.SiteSeries> sites(Scenario scenario, List<TurnReport> reports, List<List<Decision>> decisions) {
        List<Debrief.SiteSeries> all = new ArrayList<>();
        for (int role = 0; role < scenario.roles().size(); role++) {
            if (!scenario.role(role).produces()) {
                continue;
            }
            for (int site : scenario.sitesOf(role)) {
                List<Long> usable = new ArrayList<>();
                List<Long> building = new ArrayList<>();
                List<Long> ordered = new ArrayList<>();
                for (int t = 0; t < reports.size(); t++) {
                    for (SiteReport report : reports.get(t).seats().get(role).sites()) {
                        if (report.site() == site) {
                            usable.add(report.usableCapacity());
                            building.add(report.building());
                        }
                    }
                    long built = 0;
                    for (SiteAmount amount : decisions.get(t).get(role).investment()) {
                        if (amount.site() == site) {
                            built += amount.amount();
                        }
                    }
                    ordered.add(built);
                }
                all.add(new Debrief.SiteSeries(scenario.site(site).id(), Label.of(scenario.site(site).name()),
                        scenario.role(role).id(), usable, building, ordered));
            }
        }
        return all;
    }

    static Debrief.Score score(Scenario scenario, Map<String, String> teamNames, Scores scores, Scores bots) {
        List<Debrief.TeamScore> teams = new ArrayList<>();
        long sum = 0;
        for (int role = 0; role < scenario.roles().size(); role++) {
            String id = scenario.role(role).id();
            long profit = scores.teamProfits()[role];
            long held = scores.endValues()[role];
            sum += profit;
            teams.add(new Debrief.TeamScore(id, Label.of(scenario.role(role).name()), teamNames.getOrDefault(id, ""),
                    money(profit - held), money(held), money(profit), bots == null ? null : money(bots.teamProfits()[role]),
                    Versus.of(profit, bots == null ? null : bots.teamProfits()[role], scenario.scoresCosts(), false)));
        }
        return new Debrief.Score(teams, money(sum), scores.usContentShare(), money(scores.usContentBonus()),
                scores.fillRate(), money(scores.serviceBonus()), money(scores.chain()),
                bots == null ? null : money(bots.chain()), Versus.of(scores.chain(), bots == null ? null : bots.chain(),
                        scenario.scoresCosts(), false));
    }

    private static List<Debrief.TurnSnapshot> snapshots(Scenario scenario, List<TurnReport> reports) {
        List<Debrief.TurnSnapshot> all = new ArrayList<>();
        for (TurnReport report : reports) {
            List<Debrief.SeatLine> seats = new ArrayList<>();
            for (SeatReport seat : report.seats()) {
                int product = scenario.role(seat.role()).product();
                long own = 0;
                for (SiteReport site : seat.sites()) {
                    own += site.inventory()[product];
                }
                seats.add(new Debrief.SeatLine(scenario.role(seat.role()).id(), Label.of(scenario.role(seat.role()).name()),
                        own, seat.backlog(), money(seat.cash()), seat.ordersPlaced(), seat.shipped()));
            }
            all.add(new Debrief.TurnSnapshot(report.turn(), scenario.turnLabel(report.turn()), seats));
        }
        return all;
    }

    static BigDecimal money(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }
}
