package com.chipchain.play;

import com.chipchain.engine.Decision;
import com.chipchain.engine.GameEvent;
import com.chipchain.engine.GameState;
import com.chipchain.engine.Scenario;
import com.chipchain.engine.TurnReport;
import com.chipchain.engine.TurnResolver;
import com.chipchain.engine.TurnResult;
import com.chipchain.scenario.DecisionFormat;
import com.chipchain.scenario.EventFormat;
import com.chipchain.scenario.InvalidScenarioException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The games of every session in memory, each chain's state and turn reports. The database holds
 * the truth (the game log); this is rebuilt from it by replaying through the engine after a
 * restart, and updated only after a transaction commits.
 */
@Component
class GameBook {

    /** All chains of one session at one turn. */
    record Games(Scenario scenario, int turn, List<GameState> states, List<List<TurnReport>> reports) {
        GameState state(int chain) {
            return states.get(chain);
        }
    }

    static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Games> games = new ConcurrentHashMap<>();
    private volatile boolean sharedDatabase;
    private final SessionStore store;
    private final ScenarioCatalog catalog;

    GameBook(SessionStore store, ScenarioCatalog catalog) {
        this.store = store;
        this.catalog = catalog;
    }

    Games games(String sessionId) {
        Games cached = games.get(sessionId);
        if (cached != null && sharedDatabase && cached.turn() != store.lastResolvedTurn(sessionId) + 1) {
            // another node resolved a turn and its notification has not arrived yet: reread
            cached = null;
        }
        return cached != null ? cached : rebuild(sessionId);
    }

    /** Several nodes share the database: check each cached game against it before use (one small query). */
    void shareDatabase() {
        sharedDatabase = true;
    }

    /** Forgets the cached games of a session: another node changed it; the next read rebuilds them. */
    void evict(String sessionId) {
        games.remove(sessionId);
    }

    /** Replaces the session's games once the current transaction has committed (at once when there is none). */
    void putAfterCommit(String sessionId, Games next) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    games.put(sessionId, next);
                }

                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        games.remove(sessionId);
                    }
                }
            });
        } else {
            games.put(sessionId, next);
        }
    }

    private Games rebuild(String sessionId) {
        // the revision the session pinned: what the files say today never changes a played game
        Scenario scenario = catalog.revision(store.scenarioRevisionOf(sessionId));
        SessionInfo session = store.session(sessionId, scenario.turnCount()).orElseThrow();
        List<GameState> states = new ArrayList<>();
        List<List<TurnReport>> reports = new ArrayList<>();
        for (int chain = 0; chain < session.chains(); chain++) {
            states.add(GameState.start(scenario, session.seed()));
            reports.add(new ArrayList<>());
        }
        Map<Integer, List<GameEvent>> injected = injectedByTurn(scenario, sessionId);
        int turn = 1;
        for (SessionStore.TurnRow row : store.turns(sessionId)) {
            List<Decision> decisions = decisions(scenario, row.decisionsJson(), row.turn());
            TurnResult result = TurnResolver.resolve(states.get(row.chain()), decisions, injected.getOrDefault(row.turn(), List.of()));
            states.set(row.chain(), result.next());
            reports.get(row.chain()).add(result.report());
            turn = row.turn() + 1;
        }
        Games rebuilt = new Games(scenario, turn, List.copyOf(states), reports);
        games.put(sessionId, rebuilt);
        return rebuilt;
    }

    Map<Integer, List<GameEvent>> injectedByTurn(Scenario scenario, String sessionId) {
        Map<Integer, List<GameEvent>> byTurn = new HashMap<>();
        for (Object[] row : store.injected(sessionId)) {
            byTurn.computeIfAbsent((Integer) row[0], t -> new ArrayList<>()).add(event(scenario, (String) row[1]));
        }
        return byTurn;
    }

    static GameEvent event(Scenario scenario, String json) {
        try {
            return EventFormat.fromJson(scenario, JSON.readTree(json), "injected event", "");
        } catch (InvalidScenarioException | java.io.IOException e) {
            throw new IllegalStateException("a stored event cannot be read: " + e.getMessage(), e);
        }
    }

    static List<Decision> decisions(Scenario scenario, String json, int turn) {
        try {
            JsonNode all = JSON.readTree(json);
            List<Decision> decisions = new ArrayList<>();
            for (int role = 0; role < scenario.roles().size(); role++) {
                String id = scenario.role(role).id();
                decisions.add(DecisionFormat.fromJson(scenario, all.get(id), turn, "turn record", id));
            }
            return decisions;
        } catch (InvalidScenarioException | java.io.IOException e) {
            throw new IllegalStateException("a stored turn cannot be read: " + e.getMessage(), e);
        }
    }

    /** One seat's stored decision (as submitted) for a turn. */
    static Decision decision(Scenario scenario, String json, int turn, String roleId) {
        try {
            return DecisionFormat.fromJson(scenario, JSON.readTree(json), turn, "submission", roleId);
        } catch (InvalidScenarioException | java.io.IOException e) {
            throw new IllegalStateException("a stored submission cannot be read: " + e.getMessage(), e);
        }
    }

    static String decisionsJson(Scenario scenario, List<Decision> decisions) {
        var all = JSON.createObjectNode();
        for (int role = 0; role < decisions.size(); role++) {
            all.set(scenario.role(role).id(), DecisionFormat.toJson(scenario, decisions.get(role)));
        }
        return all.toString();
    }
}
