package com.chipchain.scenario;

import com.chipchain.engine.Decision;
import com.chipchain.engine.GameEvent;
import com.chipchain.engine.GameLog;
import com.chipchain.engine.Scenario;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** The versioned JSON form of a {@link GameLog} (docs/game-log.md). Names, never indexes, so logs outlive code changes. */
public final class GameLogFormat {

    public static final String FORMAT = "chipchain-game-log";
    public static final int FORMAT_VERSION = 1;

    private GameLogFormat() {}

    public static ObjectNode toJson(Scenario scenario, GameLog log) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("format", FORMAT);
        json.put("formatVersion", FORMAT_VERSION);
        ObjectNode scenarioRef = json.putObject("scenario");
        scenarioRef.put("id", log.scenarioId());
        scenarioRef.put("version", log.scenarioVersion());
        json.put("seed", log.seed());
        ObjectNode seats = json.putObject("seats");
        for (int r = 0; r < scenario.roles().size(); r++) {
            seats.put(scenario.role(r).id(), log.seats().get(r));
        }
        ArrayNode turns = json.putArray("turns");
        for (GameLog.LoggedTurn turn : log.turns()) {
            ObjectNode t = turns.addObject();
            t.put("turn", turn.turn());
            ObjectNode decisions = t.putObject("decisions");
            for (int r = 0; r < scenario.roles().size(); r++) {
                decisions.set(scenario.role(r).id(), DecisionFormat.toJson(scenario, turn.decisions().get(r)));
            }
            ArrayNode injected = t.putArray("injectedEvents");
            turn.injected().forEach(e -> injected.add(EventFormat.toJson(scenario, e)));
        }
        return json;
    }

    /**
     * The scenario revision a log was played on (the SHA-256 of the scenario file's text, docs/game-log.md),
     * or null when the log does not name one (logs written outside a classroom session).
     */
    public static String revisionOf(JsonNode json) {
        JsonNode revision = json.path("scenario").path("revision");
        return revision.isTextual() ? revision.asText() : null;
    }

    /** The scenario id and version a log was played on, read before the scenario is loaded. */
    public static String[] scenarioOf(JsonNode json, String file) throws InvalidScenarioException {
        checkHeader(json, file);
        JsonNode ref = json.path("scenario");
        if (!ref.path("id").isTextual() || !ref.path("version").isInt()) {
            throw problem(file, "scenario", "must name the scenario as {id, version}");
        }
        return new String[] {ref.get("id").asText(), ref.get("version").asText()};
    }

    public static GameLog fromJson(Scenario scenario, JsonNode json, String file) throws InvalidScenarioException {
        checkHeader(json, file);
        String[] ref = scenarioOf(json, file);
        if (!json.path("seed").isIntegralNumber()) {
            throw problem(file, "seed", "must be a whole number");
        }
        List<String> seats = new ArrayList<>();
        for (int r = 0; r < scenario.roles().size(); r++) {
            seats.add(json.path("seats").path(scenario.role(r).id()).asText("unknown"));
        }
        JsonNode turnsJson = json.path("turns");
        if (!turnsJson.isArray()) {
            throw problem(file, "turns", "must be a list");
        }
        List<GameLog.LoggedTurn> turns = new ArrayList<>();
        for (int i = 0; i < turnsJson.size(); i++) {
            JsonNode t = turnsJson.get(i);
            String path = "turns[" + i + "]";
            if (!t.path("turn").isInt()) {
                throw problem(file, path + ".turn", "must be a whole number");
            }
            int turn = t.get("turn").asInt();
            List<Decision> decisions = new ArrayList<>();
            for (int r = 0; r < scenario.roles().size(); r++) {
                String role = scenario.role(r).id();
                JsonNode decision = t.path("decisions").get(role);
                if (decision == null || !decision.isObject()) {
                    throw problem(file, path + ".decisions." + role, "is missing");
                }
                decisions.add(DecisionFormat.fromJson(scenario, decision, turn, file, path + ".decisions." + role));
            }
            List<GameEvent> injected = new ArrayList<>();
            JsonNode events = t.path("injectedEvents");
            for (int e = 0; e < events.size(); e++) {
                injected.add(EventFormat.fromJson(scenario, events.get(e), file, path + ".injectedEvents[" + e + "]"));
            }
            turns.add(new GameLog.LoggedTurn(turn, decisions, injected));
        }
        return new GameLog(ref[0], Integer.parseInt(ref[1]), json.get("seed").asLong(), seats, turns);
    }

    private static void checkHeader(JsonNode json, String file) throws InvalidScenarioException {
        if (json == null || !FORMAT.equals(json.path("format").asText())) {
            throw problem(file, "format", "is not a Chipchain game log (expected format: " + FORMAT + ")");
        }
        if (json.path("formatVersion").asInt() != FORMAT_VERSION) {
            throw problem(file, "formatVersion", "version " + json.path("formatVersion").asText()
                    + " is not supported; this build reads version " + FORMAT_VERSION);
        }
    }

    private static InvalidScenarioException problem(String file, String path, String message) {
        return new InvalidScenarioException(List.of(new ScenarioProblem(file, path, message)));
    }
}
