package com.chipchain.play;

import com.chipchain.engine.Scenario;
import com.chipchain.engine.SeatReport;
import com.chipchain.engine.SiteReport;
import com.chipchain.engine.TurnReport;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Every team's books at a glance for the facilitator during play, after the last resolved turn. */
public record LiveBoard(String lastLabel, List<LiveChain> chains) {

    public record LiveChain(int chain, List<LiveSeat> seats) {}

    /**
     * @param backlogGrowing units owed rose on each of the last two turns
     * @param debtGrowing cash is below zero and fell on the last turn
     */
    public record LiveSeat(String roleId, Label roleName, String teamName, long inventory, long backlog, BigDecimal cash,
                           long lastOrders, boolean backlogGrowing, boolean debtGrowing) {}

    static LiveBoard of(Scenario scenario, Map<Integer, Map<String, String>> names, List<List<TurnReport>> reports) {
        List<LiveChain> chains = new ArrayList<>();
        String label = "";
        for (int chain = 0; chain < reports.size(); chain++) {
            List<TurnReport> turns = reports.get(chain);
            List<LiveSeat> seats = new ArrayList<>();
            if (!turns.isEmpty()) {
                TurnReport last = turns.get(turns.size() - 1);
                label = scenario.turnLabel(last.turn());
                for (SeatReport seat : last.seats()) {
                    seats.add(seat(scenario, names.getOrDefault(chain, Map.of()), turns, seat));
                }
            }
            chains.add(new LiveChain(chain, seats));
        }
        return new LiveBoard(label, chains);
    }

    private static LiveSeat seat(Scenario scenario, Map<String, String> names, List<TurnReport> turns, SeatReport seat) {
        int role = seat.role();
        int n = turns.size();
        long b0 = n >= 3 ? turns.get(n - 3).seats().get(role).backlog() : Long.MAX_VALUE;
        long b1 = n >= 2 ? turns.get(n - 2).seats().get(role).backlog() : Long.MAX_VALUE;
        boolean backlogGrowing = n >= 3 && b0 < b1 && b1 < seat.backlog();
        long previousCash = n >= 2 ? turns.get(n - 2).seats().get(role).cash() : scenario.role(role).cash();
        boolean debtGrowing = seat.cash() < 0 && seat.cash() < previousCash;
        int product = scenario.role(role).product();
        long own = 0;
        for (SiteReport site : seat.sites()) {
            own += site.inventory()[product];
        }
        String id = scenario.role(role).id();
        return new LiveSeat(id, Label.of(scenario.role(role).name()), names.getOrDefault(id, ""), own, seat.backlog(),
                BigDecimal.valueOf(seat.cash(), 2), seat.ordersPlaced(), backlogGrowing, debtGrowing);
    }
}
