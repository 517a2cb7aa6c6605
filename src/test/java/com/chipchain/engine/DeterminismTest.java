package com.chipchain.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.chipchain.TestScenarios;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Same scenario, seed, decisions and injected events: the same game, bit for bit. */
class DeterminismTest {

    /** Plays a game with random decisions and shocks drawn from {@code playSeed}; returns every report. */
    private static List<TurnResult> playRandomly(Scenario scenario, long gameSeed, long playSeed, List<GameLog.LoggedTurn> log) {
        RandomPlay play = new RandomPlay(playSeed, true);
        GameState state = GameState.start(scenario, gameSeed);
        List<TurnResult> results = new ArrayList<>();
        while (!state.finished()) {
            List<Decision> decisions = play.decisions(state);
            List<GameEvent> injected = play.injected(state);
            log.add(new GameLog.LoggedTurn(state.turn(), decisions, injected));
            TurnResult result = TurnResolver.resolve(state, decisions, injected);
            results.add(result);
            state = result.next();
        }
        return results;
    }

    /** Everything observable of a game, as text: reports (with arrays spelled out) and final state. */
    static String fingerprint(List<TurnResult> results) {
        StringBuilder text = new StringBuilder();
        for (TurnResult result : results) {
            TurnReport report = result.report();
            text.append(report.turn()).append(report.events()).append(report.marketDemand()).append(report.price());
            for (SeatReport seat : report.seats()) {
                // a turn without contract money reads as it did before contracts existed, so recorded games stay comparable
                text.append(seat.toString().replaceAll("\\[J@[0-9a-f]+", "").replace(", contracts=0]", "]"));
                for (SiteReport site : seat.sites()) {
                    text.append(java.util.Arrays.toString(site.inventory()));
                }
            }
            GameState state = result.next();
            text.append(state.shipments()).append(state.batches()).append(state.mail());
            for (int r = 0; r < state.scenario().roles().size(); r++) {
                text.append(state.backlog(r)).append(state.cash(r));
            }
        }
        return text.toString();
    }

    @Test
    void the_same_inputs_give_the_same_game_on_every_shipped_scenario() {
        for (Scenario scenario : TestScenarios.allShipped()) {
            String first = fingerprint(playRandomly(scenario, 42, 7, new ArrayList<>()));
            String second = fingerprint(playRandomly(scenario, 42, 7, new ArrayList<>()));
            assertThat(second).as(scenario.id()).isEqualTo(first);
        }
    }

    @Test
    void a_replayed_log_gives_the_same_game() {
        Scenario flagship = TestScenarios.flagship();
        List<GameLog.LoggedTurn> turns = new ArrayList<>();
        List<TurnResult> played = playRandomly(flagship, 9, 3, turns);
        GameLog log = new GameLog(flagship.id(), flagship.version(), 9, List.of("a", "b", "c", "d", "e"), turns);
        assertThat(fingerprint(Replay.play(flagship, log))).isEqualTo(fingerprint(played));
    }

    @Test
    void another_seed_draws_other_demand_and_shocks_in_the_flagship() {
        Scenario flagship = TestScenarios.flagship();
        List<Long> demand1 = new ArrayList<>();
        List<Long> demand2 = new ArrayList<>();
        playRandomly(flagship, 1, 5, new ArrayList<>()).forEach(r -> demand1.add(r.report().marketDemand()));
        playRandomly(flagship, 2, 5, new ArrayList<>()).forEach(r -> demand2.add(r.report().marketDemand()));
        assertThat(demand1).isNotEqualTo(demand2);
    }

    @Test
    void shocks_depend_only_on_the_seed_so_every_chain_of_a_session_sees_the_same_ones() {
        Scenario flagship = TestScenarios.flagship();
        for (long seed = 1; seed <= 20; seed++) {
            List<String> shocksA = new ArrayList<>();
            List<String> shocksB = new ArrayList<>();
            // a drawn tariff shock is void where a facilitator already set that tariff (docs/rules.md), and these
            // two plays inject different shocks: compare the draws that no facilitator event can touch
            playRandomly(flagship, seed, 100, new ArrayList<>()).forEach(r -> r.report().events().stream()
                    .filter(e -> e.source() == GameEvent.Source.SHOCK && !(e.effect() instanceof EventEffect.TariffSet))
                    .forEach(e -> shocksA.add(r.report().turn() + e.news().en())));
            playRandomly(flagship, seed, 200, new ArrayList<>()).forEach(r -> r.report().events().stream()
                    .filter(e -> e.source() == GameEvent.Source.SHOCK && !(e.effect() instanceof EventEffect.TariffSet))
                    .forEach(e -> shocksB.add(r.report().turn() + e.news().en())));
            assertThat(shocksB).as("seed " + seed).isEqualTo(shocksA);
        }
    }

    @Test
    void the_play_out_fast_path_ends_in_the_same_state_as_turn_by_turn_resolution() {
        for (Scenario scenario : TestScenarios.allShipped()) {
            RandomPlay stepwise = new RandomPlay(77);
            GameState state = GameState.start(scenario, 5);
            while (!state.finished()) {
                state = TurnResolver.resolve(state, stepwise.decisions(state)).next();
            }
            RandomPlay fast = new RandomPlay(77);
            List<DecisionMaker> makers = new ArrayList<>();
            for (int role = 0; role < scenario.roles().size(); role++) {
                final int seat = role;
                makers.add(view -> fast.decision(viewState(view), seat));
            }
            GameState played = TurnResolver.playOut(GameState.start(scenario, 5), makers, false);
            for (int role = 0; role < scenario.roles().size(); role++) {
                assertThat(played.cash(role)).as(scenario.id()).isEqualTo(state.cash(role));
                assertThat(played.ordersPlacedHistory(role)).isEqualTo(state.ordersPlacedHistory(role));
                assertThat(played.backlog(role)).isEqualTo(state.backlog(role));
            }
            assertThat(played.shipments()).isEqualTo(state.shipments());
            assertThat(played.batches()).isEqualTo(state.batches());
            assertThat(played.turn()).isEqualTo(state.turn());
        }
    }

    /** Random test players need the whole state; the fast path hands out seat views of it. */
    private static GameState viewState(SeatView view) {
        return view.stateForTests();
    }

    @Test
    void random_draws_are_a_pure_function_of_seed_turn_stream_and_index() {
        assertThat(GameRandom.draw(1, 2, 3, 4)).isEqualTo(GameRandom.draw(1, 2, 3, 4));
        assertThat(GameRandom.draw(1, 2, 3, 4)).isNotEqualTo(GameRandom.draw(1, 2, 3, 5));
        assertThat(GameRandom.draw(1, 2, 3, 4)).isNotEqualTo(GameRandom.draw(2, 2, 3, 4));
        long below = GameRandom.below(5, 1, 1, 0, 10);
        assertThat(below).isBetween(0L, 9L);
    }
}
