package com.chipchain.play;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.chipchain.bots.BotGame;
import com.chipchain.bots.Policies;
import com.chipchain.bots.SeatPolicy;
import com.chipchain.engine.Scenario;
import com.chipchain.engine.Scores;
import com.chipchain.scenario.ScenarioLoader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The studio's form-to-scenario mapping: each field lands where the loader reads it, and the loader's refusals name the field. */
class ScenarioDraftTest {

    static String file(String id) throws IOException {
        return Files.readString(Path.of("scenarios", id + ".yaml"));
    }

    static Scores play(Scenario scenario, long seed) {
        List<SeatPolicy> bots = new ArrayList<>();
        for (int r = 0; r < scenario.roles().size(); r++) {
            bots.add(Policies.byName("benchmark", scenario));
        }
        return Scores.of(BotGame.playQuietly(scenario, seed, bots));
    }

    @ParameterizedTest
    @ValueSource(strings = {"made-in-america-2025", "tariff-escalation", "demand-bust", "export-controls-2025",
            "taiwan-strait-disruption", "classic-beer-game"})
    void a_draft_left_alone_is_the_same_game(String id) throws Exception {
        ScenarioDraft draft = ScenarioDraft.of(file(id));
        assertThat(draft.problems()).isEmpty();
        Scenario original = ScenarioLoader.parse(id, file(id));
        Scenario again = ScenarioLoader.parse(id, draft.yaml());
        for (long seed = 1; seed <= 3; seed++) {
            assertThat(play(again, seed)).usingRecursiveComparison().isEqualTo(play(original, seed));
        }
        assertThat(again.title().ko()).isEqualTo(original.title().ko());
        assertThat(again.role(0).briefing().ko()).isEqualTo(original.role(0).briefing().ko());
    }

    @Test
    void texts_cash_and_demand_land_where_the_loader_reads_them() throws Exception {
        ScenarioDraft draft = ScenarioDraft.of(file("made-in-america-2025"));
        draft.setId("my-flagship");
        draft.setTitle("en", "Our flagship");
        draft.setTitle("ko", "우리 플래그십");
        draft.setDescription("en", "A variant for the Tuesday class.");
        draft.setBriefing(4, "ko", "엔비디아 브리핑");
        draft.setCash(0, new BigDecimal("2500.25"));
        draft.setDemand(List.of(1000L, 1100L, 1200L));
        Scenario s = ScenarioLoader.parse("draft", draft.yaml());
        assertThat(s.id()).isEqualTo("my-flagship");
        assertThat(s.title().en()).isEqualTo("Our flagship");
        assertThat(s.title().ko()).isEqualTo("우리 플래그십");
        assertThat(s.description().en()).isEqualTo("A variant for the Tuesday class.");
        assertThat(s.role(4).briefing().ko()).isEqualTo("엔비디아 브리핑");
        assertThat(s.role(0).cash()).isEqualTo(250_025);
        assertThat(s.market().baseDemandOn(2)).isEqualTo(1100);
        assertThat(s.market().baseDemandOn(9)).as("the last value repeats").isEqualTo(1200);
        assertThat(draft.yaml()).contains("우리 플래그십");
    }

    @Test
    void fewer_turns_keep_the_file_within_them_and_say_what_moved() throws Exception {
        ScenarioDraft draft = ScenarioDraft.of(file("made-in-america-2025"));
        List<ScenarioDraft.TurnsChange> changed = draft.setTurns(12);
        assertThat(draft.problems()).isEmpty();
        Scenario s = ScenarioLoader.parse("draft", draft.yaml());
        assertThat(s.turnCount()).isEqualTo(12);
        assertThat(s.timeline()).allSatisfy(e -> assertThat(e.turn()).isLessThanOrEqualTo(12));
        assertThat(changed).extracting(ScenarioDraft.TurnsChange::kind).contains(ScenarioDraft.TurnsChange.Kind.DEMAND_CUT,
                ScenarioDraft.TurnsChange.Kind.EVENTS_LEFT_OUT, ScenarioDraft.TurnsChange.Kind.SHOCKS_END_EARLIER);
        assertThat(changed).filteredOn(c -> c.kind() == ScenarioDraft.TurnsChange.Kind.EVENTS_LEFT_OUT).singleElement()
                .satisfies(c -> assertThat(c.paths()).hasSize((int) ScenarioLoader.parse("f", file("made-in-america-2025"))
                        .timeline().stream().filter(e -> e.turn() > 12).count()));
        assertThat(draft.setTurns(20)).as("more turns: the last demand value repeats, nothing to move").isEmpty();
        assertThat(draft.problems()).isEmpty();
    }

    @Test
    void a_refusal_names_the_field_it_is_about() throws Exception {
        ScenarioDraft draft = ScenarioDraft.of(file("made-in-america-2025"));
        draft.setTurns(0);
        draft.setTitle("ko", "");
        draft.setDemand(List.of(1000L, -5L));
        List<ScenarioDraft.Problem> problems = draft.problems();
        assertThat(ScenarioDraft.at(problems, "turns.count")).isNotEmpty();
        assertThat(ScenarioDraft.at(problems, "market.demand.base")).isNotEmpty();
        draft.setTurns(16);
        draft.setDemand(List.of(1000L));
        draft.setId("Not An Id");
        assertThat(ScenarioDraft.at(draft.problems(), "id")).singleElement()
                .satisfies(p -> assertThat(p.message()).isNotBlank());
    }

    @Test
    void a_demand_path_in_words() {
        assertThat(ScenarioDraft.demandPath(1000, 10, 4, 0, 0, 0)).containsExactly(1000L, 1100L, 1210L, 1331L);
        assertThat(ScenarioDraft.demandPath(1000, 0, 5, 3, -40, 2)).containsExactly(1000L, 1000L, 600L, 600L, 1000L);
        assertThat(ScenarioDraft.demandPath(1000, 0, 3, 2, -200, 1)).as("never below zero").containsExactly(1000L, 0L, 1000L);
    }

    @Test
    void text_that_is_not_a_mapping_is_refused() {
        assertThatThrownBy(() -> ScenarioDraft.of("- just\n- a list\n")).isInstanceOf(PlayException.class).hasMessageContaining("mapping");
        assertThatThrownBy(() -> ScenarioDraft.of("id: [unclosed")).isInstanceOf(PlayException.class).hasMessageContaining("not YAML");
    }
}
