package com.chipchain.play;

import com.chipchain.bots.BenchmarkChain;
import com.chipchain.engine.Scenario;
import com.chipchain.engine.Scores;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;

/**
 * The leaderboard: every chain's score, each team's profit, and each against the reference bots
 * playing the same scenario, seed and facilitator events (docs/rules.md, "Scoring"). Computed once
 * per change of the session and shared by every console and projector that shows it.
 */
@Service
public class Standings {

    private record Computed(long version, int gamesTurn, List<LeaderboardEntry> entries) {}

    private final SessionBoard board;
    private final GameBook book;
    private final Map<String, Computed> computed = new ConcurrentHashMap<>();

    Standings(SessionBoard board, GameBook book) {
        this.board = board;
        this.book = book;
    }

    public List<LeaderboardEntry> leaderboard(String sessionId) {
        SessionBoard.Snapshot snapshot = board.snapshot(sessionId);
        GameBook.Games games = book.games(sessionId);
        Computed cached = computed.get(sessionId);
        if (cached != null && cached.version() == snapshot.version() && cached.gamesTurn() == games.turn()) {
            return cached.entries();
        }
        List<LeaderboardEntry> entries = compute(snapshot, games);
        computed.put(sessionId, new Computed(snapshot.version(), games.turn(), entries));
        return entries;
    }

    private static List<LeaderboardEntry> compute(SessionBoard.Snapshot snapshot, GameBook.Games games) {
        SessionInfo session = snapshot.info();
        Scenario scenario = games.scenario();
        Scores bots = BenchmarkChain.play(scenario, session.seed(), snapshot::injectedOn, games.turn() - 1);
        Map<Integer, Map<String, String>> names = new LinkedHashMap<>();
        for (SessionStore.SeatRow seat : snapshot.seats()) {
            names.computeIfAbsent(seat.chain(), c -> new LinkedHashMap<>())
                    .put(seat.roleId(), SeatNames.of(seat));
        }
        List<LeaderboardEntry> entries = new ArrayList<>();
        for (int chain = 0; chain < session.chains(); chain++) {
            Scores scores = Scores.of(games.state(chain));
            Map<String, BigDecimal> profits = new LinkedHashMap<>();
            Map<String, Versus> versusOwnBot = new LinkedHashMap<>();
            for (int role = 0; role < scenario.roles().size(); role++) {
                String id = scenario.role(role).id();
                profits.put(id, money(scores.teamProfits()[role]));
                versusOwnBot.put(id, Versus.of(scores.teamProfits()[role], bots.teamProfits()[role], scenario.scoresCosts(),
                        playedByTheBenchmark(snapshot, chain, id)));
            }
            entries.add(new LeaderboardEntry(chain, money(scores.chain()), money(bots.chain()),
                    Versus.of(scores.chain(), bots.chain(), scenario.scoresCosts(), false), profits, names.get(chain), versusOwnBot));
        }
        entries.sort(Comparator.comparing(LeaderboardEntry::chainScore).reversed());
        return List.copyOf(entries);
    }

    /** A seat no team holds, played by the benchmark's own bot: comparing it with itself says nothing. */
    static boolean playedByTheBenchmark(SessionBoard.Snapshot snapshot, int chain, String roleId) {
        return snapshot.seats().stream().anyMatch(seat -> seat.chain() == chain && seat.roleId().equals(roleId)
                && seat.teamName() == null && BenchmarkChain.REFERENCE_POLICY.equals(seat.botPolicy()));
    }

    private static BigDecimal money(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }
}
