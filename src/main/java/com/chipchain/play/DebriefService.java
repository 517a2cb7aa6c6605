package com.chipchain.play;

import com.chipchain.bots.BenchmarkChain;
import com.chipchain.bots.BotGame;
import com.chipchain.engine.Decision;
import com.chipchain.engine.GameEvent;
import com.chipchain.engine.GameLog;
import com.chipchain.engine.GameState;
import com.chipchain.engine.Scenario;
import com.chipchain.engine.Scores;
import com.chipchain.engine.TurnReport;
import com.chipchain.engine.TurnResult;
import com.chipchain.scenario.GameLogFormat;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The debrief, read from what is stored: it never resolves a turn of a session or changes one
 * (docs/debrief-guide.md). The facilitator may open it at any time; a team once the game has ended.
 */
@Service
public class DebriefService {

    private final SessionStore store;
    private final GameBook book;
    private final ScenarioCatalog catalog;

    DebriefService(SessionStore store, GameBook book, ScenarioCatalog catalog) {
        this.store = store;
        this.book = book;
        this.catalog = catalog;
    }

    /** The whole class's debrief, for the facilitator (also during play). */
    public Debrief debrief(String sessionId) {
        return build(sessionId);
    }

    /** The class's debrief for a team: refused until the game has ended. */
    public Debrief teamDebrief(String token) {
        return build(finishedSessionOf(token));
    }

    /** The session whose seat the token holds, refused before the game has ended. */
    public String finishedSessionOf(String token) {
        SessionStore.SeatRow seat = seatOf(token);
        SessionInfo session = info(seat.sessionId());
        if (session.status() != SessionStatus.FINISHED) {
            throw new PlayException(PlayException.Reason.WRONG_STATE,
                    "The debrief opens when your teacher ends the game.");
        }
        return seat.sessionId();
    }

    /** The chain a team's token plays in. */
    public int chainOf(String token) {
        return seatOf(token).chain();
    }

    /** One row per team (chain and role) and turn: decisions, flows, money and KPIs (docs/debrief-guide.md). */
    public String csv(String sessionId) {
        Stored stored = stored(sessionId);
        return SessionCsv.write(stored.games().scenario(), sessionId, names(sessionId), stored.games().reports(),
                stored.decisions());
    }

    /** A chain's game as a JSON game log that {@code java -jar chipchain.jar replay} accepts. */
    public String gameLog(String sessionId, int chain) {
        Stored stored = stored(sessionId);
        Scenario scenario = stored.games().scenario();
        if (chain < 0 || chain >= stored.games().states().size()) {
            throw new PlayException(PlayException.Reason.NOT_FOUND, "This session has no chain " + (chain + 1) + ".");
        }
        Map<String, String> teams = names(sessionId).getOrDefault(chain, Map.of());
        List<String> seats = new ArrayList<>();
        for (int role = 0; role < scenario.roles().size(); role++) {
            String name = teams.getOrDefault(scenario.role(role).id(), "");
            seats.add(SeatNames.botPolicy(name) != null ? SeatNames.botPolicy(name) : name.isEmpty() ? "default bot" : "human");
        }
        Map<Integer, List<GameEvent>> injected = book.injectedByTurn(scenario, sessionId);
        List<GameLog.LoggedTurn> turns = new ArrayList<>();
        List<List<Decision>> decisions = stored.decisions().get(chain);
        for (int t = 0; t < decisions.size(); t++) {
            turns.add(new GameLog.LoggedTurn(t + 1, decisions.get(t), injected.getOrDefault(t + 1, List.of())));
        }
        SessionInfo info = info(sessionId);
        GameLog log = new GameLog(scenario.id(), scenario.version(), info.seed(), seats, turns);
        com.fasterxml.jackson.databind.node.ObjectNode json = GameLogFormat.toJson(scenario, log);
        if (info.scenarioRevision() != null) {
            ((com.fasterxml.jackson.databind.node.ObjectNode) json.get("scenario")).put("revision", info.scenarioRevision());
        }
        return json.toPrettyString() + "\n";
    }

    /** The exact scenario file the session was played on (its pinned revision), which the game logs replay against. */
    public String scenarioFile(String sessionId) {
        return catalog.yamlOf(info(sessionId).scenarioRevision());
    }

    /** The file name {@link #scenarioFile} downloads as: the scenario id and the start of its revision. */
    public String scenarioFileName(String sessionId) {
        SessionInfo info = info(sessionId);
        return info.scenarioId() + "-" + info.scenarioRevision().substring(0, 12) + ".yaml";
    }

    /** Each team's books at a glance during play, with a mark on growing backlog or debt. */
    public LiveBoard live(String sessionId) {
        GameBook.Games games = book.games(sessionId);
        return LiveBoard.of(games.scenario(), names(sessionId), games.reports());
    }

    /** A solo game's end: the player's result, the bot's in the same seat, and what differed most. */
    public SoloOutcome soloOutcome(String token) {
        SessionStore.SeatRow seat = seatOf(token);
        Stored stored = stored(seat.sessionId());
        Scenario scenario = stored.games().scenario();
        int role = scenario.roleIndex(seat.roleId());
        BotGame.Played bots = benchmark(seat.sessionId(), scenario, stored.games().reports().get(seat.chain()).size());
        return SoloOutcome.of(scenario, role, stored.games().state(seat.chain()), stored.games().reports().get(seat.chain()),
                bots.stateOr(GameState.start(scenario, info(seat.sessionId()).seed())),
                bots.turns().stream().map(TurnResult::report).toList());
    }

    private Debrief build(String sessionId) {
        Stored stored = stored(sessionId);
        GameBook.Games games = stored.games();
        Scenario scenario = games.scenario();
        SessionInfo session = info(sessionId);
        int played = games.reports().isEmpty() ? 0 : games.reports().get(0).size();
        BotGame.Played bots = benchmark(sessionId, scenario, played);
        GameState botsEnd = bots.stateOr(GameState.start(scenario, session.seed()));
        Scores botScores = Scores.of(botsEnd);
        Map<Integer, Map<String, String>> names = names(sessionId);
        List<Debrief.ChainStory> chains = new ArrayList<>();
        for (int chain = 0; chain < games.states().size(); chain++) {
            chains.add(ChainStories.story(scenario, chain, names.getOrDefault(chain, Map.of()), games.reports().get(chain),
                    stored.decisions().get(chain), games.state(chain), botScores));
        }
        List<List<Decision>> botDecisions = bots.log().turns().stream().map(GameLog.LoggedTurn::decisions).toList();
        Debrief.ChainStory benchmark = ChainStories.story(scenario, -1, Map.of(),
                bots.turns().stream().map(TurnResult::report).toList(), botDecisions, botsEnd, null);
        List<String> labels = new ArrayList<>();
        for (int turn = 1; turn <= played; turn++) {
            labels.add(scenario.turnLabel(turn));
        }
        return new Debrief(sessionId, Label.of(scenario.title()), scenario.moneyUnit(), labels,
                session.status() == SessionStatus.FINISHED, events(scenario, games), chains, benchmark, byChain(chains),
                byRole(scenario, chains), cooperative(sessionId, scenario, played));
    }

    /** The cooperating bots' chain score after the turns played, on the same seed and shocks; null when the scenario has none. */
    private BigDecimal cooperative(String sessionId, Scenario scenario, int turns) {
        if (scenario.botParameters(com.chipchain.bots.Policies.COOPERATIVE).isEmpty() || turns == 0) {
            return null;
        }
        Map<Integer, List<GameEvent>> injected = book.injectedByTurn(scenario, sessionId);
        Scores scores = BenchmarkChain.play(scenario, info(sessionId).seed(), turn -> injected.getOrDefault(turn, List.of()), turns,
                com.chipchain.bots.Policies.COOPERATIVE);
        return BigDecimal.valueOf(scores.chain(), 2);
    }

    private static List<Debrief.Event> events(Scenario scenario, GameBook.Games games) {
        List<Debrief.Event> events = new ArrayList<>();
        if (games.reports().isEmpty()) {
            return events;
        }
        for (TurnReport report : games.reports().get(0)) {
            for (GameEvent event : report.events()) {
                events.add(new Debrief.Event(report.turn(), scenario.turnLabel(report.turn()),
                        event.source().name().toLowerCase(), new Label(event.news().en(), event.news().ko())));
            }
        }
        return events;
    }

    private static List<Debrief.ChainRank> byChain(List<Debrief.ChainStory> chains) {
        return chains.stream()
                .map(c -> new Debrief.ChainRank(c.chain(), c.teamNames(), c.score().chain(), c.score().versus()))
                .sorted(Comparator.comparing(Debrief.ChainRank::score).reversed())
                .toList();
    }

    /** Per role, every chain's team, best against the bot in its own seat first. */
    private static List<Debrief.RoleRanking> byRole(Scenario scenario, List<Debrief.ChainStory> chains) {
        List<Debrief.RoleRanking> rankings = new ArrayList<>();
        for (int role = 0; role < scenario.roles().size(); role++) {
            final int r = role;
            List<Debrief.RankedTeam> teams = new ArrayList<>();
            for (Debrief.ChainStory chain : chains) {
                Debrief.TeamScore team = chain.score().teams().get(r);
                teams.add(new Debrief.RankedTeam(chain.chain(), team.teamName(), team.profit(), team.versus()));
            }
            teams.sort(Comparator.comparingDouble((Debrief.RankedTeam t) -> t.versus().standing()).reversed());
            rankings.add(new Debrief.RoleRanking(scenario.role(r).id(), Label.of(scenario.role(r).name()), teams));
        }
        return rankings;
    }

    private BotGame.Played benchmark(String sessionId, Scenario scenario, int turns) {
        Map<Integer, List<GameEvent>> injected = book.injectedByTurn(scenario, sessionId);
        return BenchmarkChain.playWithReports(scenario, info(sessionId).seed(),
                turn -> injected.getOrDefault(turn, List.of()), turns);
    }

    /** The session's games and the decisions played, per chain and turn. */
    private record Stored(GameBook.Games games, List<List<List<Decision>>> decisions) {}

    private Stored stored(String sessionId) {
        GameBook.Games games = book.games(sessionId);
        Scenario scenario = games.scenario();
        List<List<List<Decision>>> decisions = new ArrayList<>();
        for (int chain = 0; chain < games.states().size(); chain++) {
            decisions.add(new ArrayList<>());
        }
        for (SessionStore.TurnRow row : store.turns(sessionId)) {
            if (row.chain() < decisions.size()) {
                decisions.get(row.chain()).add(GameBook.decisions(scenario, row.decisionsJson(), row.turn()));
            }
        }
        return new Stored(games, decisions);
    }

    /** Per chain, role id to team name ("bot: policy" for a bot seat, empty for an open seat). */
    private Map<Integer, Map<String, String>> names(String sessionId) {
        Map<Integer, Map<String, String>> names = new LinkedHashMap<>();
        for (SessionStore.SeatRow seat : store.seats(sessionId)) {
            names.computeIfAbsent(seat.chain(), c -> new LinkedHashMap<>()).put(seat.roleId(),
                    SeatNames.of(seat));
        }
        return names;
    }

    private SessionInfo info(String sessionId) {
        String scenarioId = store.scenarioIdOf(sessionId);
        int turnCount = book.games(sessionId).scenario().turnCount();
        return store.session(sessionId, turnCount).orElseThrow(() -> new PlayException(PlayException.Reason.NOT_FOUND,
                "There is no session " + sessionId + " (" + scenarioId + ")."));
    }

    private SessionStore.SeatRow seatOf(String token) {
        if (token == null || token.isBlank()) {
            throw new PlayException(PlayException.Reason.NOT_ALLOWED, "This link holds no seat. Join again with the code.");
        }
        return store.seatByTokenHash(SessionTransactions.hash(token)).orElseThrow(() -> new PlayException(
                PlayException.Reason.NOT_ALLOWED, "This link holds no seat. Join again with the code."));
    }
}
