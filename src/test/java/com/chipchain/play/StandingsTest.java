package com.chipchain.play;

import static org.assertj.core.api.Assertions.assertThat;

import com.chipchain.bots.BenchmarkChain;
import com.chipchain.engine.GameEvent;
import com.chipchain.engine.Scenario;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The leaderboard's bots are the benchmark chain: same scenario, seed and facilitator shocks, over the turns played. */
class StandingsTest {

    @RegisterExtension
    static final RunningApp app = new RunningApp();
    static final PlayDriver sessions = app.driver();

    @Test
    void the_bot_score_on_the_leaderboard_is_the_benchmark_chain_on_the_same_seed_and_shocks() {
        SessionInfo session = sessions.create(new SessionSettings("made-in-america-2025", 2, Map.of(), null,
                DefaultRule.REPEAT_LAST, "base-stock", false, 42L));
        SeatTicket team = sessions.join(session.joinCode(), "Scorers", 0, "nvidia", "standings");
        sessions.start(session.id());
        sessions.inject(session.id(), new ShockInput("demand", null, null, List.of(), -30, 2, "Demand falls", "수요 감소"));
        sessions.submit(team.token(), 1, DecisionInput.empty());
        sessions.inject(session.id(), new ShockInput("tariff", "system", "MX", List.of(), 40, 0, "40% on Mexico", "멕시코 40%"));
        sessions.submit(team.token(), 2, DecisionInput.empty());
        sessions.submit(team.token(), 3, DecisionInput.empty());

        Scenario scenario = app.getBean(ScenarioCatalog.class).load("made-in-america-2025");
        SessionBoard.Snapshot snapshot = app.getBean(SessionBoard.class).snapshot(session.id());
        assertThat(snapshot.injectedCount()).isEqualTo(2);
        long expected = BenchmarkChain.play(scenario, 42L, snapshot::injectedOn, 3).chain();
        List<LeaderboardEntry> board = sessions.leaderboard(session.id());
        assertThat(board).hasSize(2).allSatisfy(entry ->
                assertThat(entry.botScore()).isEqualByComparingTo(BigDecimal.valueOf(expected, 2)));
        // without the shocks the benchmark differs: the leaderboard really replays them
        long withoutShocks = BenchmarkChain.play(scenario, 42L, turn -> List.<GameEvent>of(), 3).chain();
        assertThat(withoutShocks).isNotEqualTo(expected);
    }
}
