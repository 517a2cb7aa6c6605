package com.chipchain.bots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.chipchain.TestScenarios;
import com.chipchain.engine.GameState;
import com.chipchain.engine.Scenario;
import com.chipchain.engine.SeatView;
import com.chipchain.engine.TurnResolver;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What every bot must keep to: valid decisions, determinism, and only its own seat's information. */
class BotRulesTest {

    private static final List<String> ALL = List.of("naive", "hold", "sterman", "base-stock", "reshorer", "offshore-first",
            "sterman:level=hard", "sterman:level=easy", "base-stock:level=hard", "base-stock:level=easy");

    @Test
    void every_bot_plays_every_shipped_scenario_to_the_end_with_valid_decisions_seeing_only_its_seat() {
        // TurnResolver refuses any invalid decision, and a SeatView throws when asked for another
        // seat's site or for end demand the session does not share: finishing proves both.
        for (Scenario scenario : TestScenarios.allShipped()) {
            for (String policy : ALL) {
                for (long seed = 1; seed <= 3; seed++) {
                    List<SeatPolicy> bots = new ArrayList<>();
                    for (int role = 0; role < scenario.roles().size(); role++) {
                        bots.add(Policies.byName(policy, scenario));
                    }
                    GameState end = TurnResolver.playOut(GameState.start(scenario, seed), bots, false);
                    assertThat(end.finished()).as(scenario.id() + " " + policy).isTrue();
                }
            }
        }
    }

    @Test
    void mixed_bots_play_together() {
        Scenario flagship = TestScenarios.flagship();
        List<SeatPolicy> bots = new ArrayList<>();
        for (int role = 0; role < flagship.roles().size(); role++) {
            bots.add(Policies.byName(ALL.get((role * 3) % ALL.size()), flagship));
        }
        assertThat(BotGame.play(flagship, 4, bots, false).turns()).hasSize(16);
    }

    @Test
    void a_seat_view_hides_other_seats_and_unshared_end_demand() {
        Scenario flagship = TestScenarios.flagship();
        GameState state = GameState.start(flagship, 1);
        SeatView foundry = new SeatView(state, flagship.roleIndex("foundry"), false);
        assertThatThrownBy(() -> foundry.inventory(flagship.siteIndex("texas"), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("belongs to another seat");
        assertThatThrownBy(foundry::marketDemandHistory).isInstanceOf(IllegalStateException.class);
        assertThat(new SeatView(state, flagship.roleIndex("foundry"), true).marketDemandHistory()).isEmpty();
        assertThat(new SeatView(state, flagship.marketRole(), false).marketDemandHistory()).isEmpty();
    }

    @Test
    void the_same_seed_gives_the_same_bot_game() {
        Scenario flagship = TestScenarios.flagship();
        List<SeatPolicy> bots = new ArrayList<>();
        for (int role = 0; role < flagship.roles().size(); role++) {
            bots.add(Policies.byName("reshorer", flagship));
        }
        GameState first = TurnResolver.playOut(GameState.start(flagship, 9), bots, false);
        GameState second = TurnResolver.playOut(GameState.start(flagship, 9), bots, false);
        for (int role = 0; role < flagship.roles().size(); role++) {
            assertThat(second.cash(role)).isEqualTo(first.cash(role));
        }
    }

    @Test
    void policy_texts_parse_and_bad_ones_say_why() {
        assertThat(PolicySpec.parse("sterman:theta=0.25,beta=0.5"))
                .isEqualTo(new PolicySpec("sterman", Map.of("theta", "0.25", "beta", "0.5")));
        assertThat(PolicySpec.parse("sterman:theta=0.25,beta=0.5").toString()).isEqualTo("sterman:beta=0.5,theta=0.25");
        assertThatThrownBy(() -> Policies.byName("sterman:theta")).hasMessageContaining("must look like key=value");
        assertThatThrownBy(() -> Policies.byName("sterman:theta=high")).hasMessageContaining("theta must be a number");
        assertThatThrownBy(() -> Policies.byName("sterman:level=expert")).hasMessageContaining("level must be easy, normal or hard");
        assertThatThrownBy(() -> Policies.byName("genius")).hasMessageContaining("unknown policy 'genius'");
    }

    @Test
    void levels_name_the_policy_they_stand_for() {
        assertThat(Policies.forLevel(Policies.Level.EASY).name()).isEqualTo("base-stock");
        assertThat(Policies.forLevel(Policies.Level.NORMAL).name()).isEqualTo("sterman");
        assertThat(Policies.forLevel(Policies.Level.HARD).parameters()).containsEntry("level", "hard");
    }

    @Test
    void the_benchmark_chain_replays_the_same_seed_and_compares_in_percent() {
        Scenario flagship = TestScenarios.flagship();
        long first = BenchmarkChain.play(flagship, 3, turn -> List.of()).chain();
        long again = BenchmarkChain.play(flagship, 3, turn -> List.of()).chain();
        assertThat(again).isEqualTo(first);
        assertThat(BenchmarkChain.percentBetter(150, 100)).isEqualTo(50.0);
        assertThat(BenchmarkChain.percentBetter(-150, -100)).isEqualTo(-50.0);
        assertThat(BenchmarkChain.percentBetter(5, 0)).isNull();
    }
}
