package com.chipchain.play;

import com.chipchain.bots.Policies;
import com.chipchain.engine.Scenario;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Solo practice: one chain, the person plays one role, bots of the chosen level play the others;
 * each turn resolves as soon as the person submits.
 */
@Service
public class SoloPractice {

    private final FacilitatorCommands commands;
    private final SeatDesk seats;
    private final ScenarioCatalog catalog;

    SoloPractice(FacilitatorCommands commands, SeatDesk seats, ScenarioCatalog catalog) {
        this.commands = commands;
        this.seats = seats;
        this.catalog = catalog;
    }

    public SeatTicket start(String scenarioId, String roleId, SoloLevel soloLevel, String client) {
        Policies.Level level = Policies.Level.valueOf(soloLevel.name());
        Scenario scenario = catalog.load(scenarioId);
        if (scenario.roleIndex(roleId) < 0) {
            throw SessionTransactions.invalid("There is no role " + roleId + " in " + scenarioId + ".");
        }
        String policy = Policies.forLevel(level).toString();
        Map<String, String> bots = new LinkedHashMap<>();
        for (var role : scenario.roles()) {
            if (!role.id().equals(roleId)) {
                bots.put(role.id(), policy);
            }
        }
        SessionInfo session = commands.create(new SessionSettings(scenarioId, 1, bots, null, DefaultRule.REPEAT_LAST, policy, false, null));
        SeatTicket ticket = seats.join(session.joinCode(), "Solo", 0, roleId, client);
        commands.start(session.id());
        return ticket;
    }
}
