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

    @Test
    void sites_costs_stock_and_the_market_land_where_the_loader_reads_them() throws Exception {
        ScenarioDraft draft = ScenarioDraft.of(file("made-in-america-2025"));
        Scenario before = ScenarioLoader.parse("before", draft.yaml());
        assertThat(draft.siteIds(0)).containsExactly("hsinchu-fab", "phoenix-fab");
        assertThat(draft.valueAt("roles[0].sites[0].capacity")).isEqualTo("3400");
        assertThat(draft.valueAt("roles[0].sites[0].build.leadTime")).isEqualTo("4");
        draft.setTyped("roles[0].sites[0].capacity", "4000");
        draft.setTyped("roles[0].sites[0].productionCost", "1.75");
        draft.setTyped("roles[0].sites[0].productionLeadTime", "2");
        draft.setTyped("roles[0].sites[0].price", "3.10");
        draft.setTyped("roles[0].sites[0].build.leadTime", "6");
        draft.setTyped("roles[0].sites[0].build.capexPerUnit", "7.50");
        draft.setTyped("roles[0].sites[0].stock.die", "900");
        draft.setTyped("roles[0].backlogCost", "0.45");
        draft.setTyped("products[0].holdingCost", "0.20");
        draft.setTyped("market.price.reference", "38");
        assertThat(draft.problems()).isEmpty();
        Scenario after = ScenarioLoader.parse("after", draft.yaml());
        var site = after.site(after.siteIndex("hsinchu-fab"));
        var old = before.site(before.siteIndex("hsinchu-fab"));
        assertThat(site.capacity()).isEqualTo(4000);
        assertThat(site.productionCost()).isEqualTo(old.productionCost() * 175 / 150);
        assertThat(site.productionLeadTime()).isEqualTo(2);
        assertThat(site.price()).isEqualTo(old.price() * 310 / 300);
        assertThat(site.build().leadTime()).isEqualTo(6);
        assertThat(site.build().capexPerUnit()).isEqualTo(old.build().capexPerUnit() * 750 / 600);
        assertThat(after.role(0).backlogCost()).isEqualTo(before.role(0).backlogCost() * 45 / 30);
        assertThat(after.product(0).holdingCost() * 175).as("0.20 in the money of the 1.75 production cost")
                .isEqualTo(site.productionCost() * 20);
        assertThat(after.market().price().reference() * 175).isEqualTo(site.productionCost() * 3800);
    }

    @Test
    void a_number_the_loader_refuses_is_refused_at_its_field_in_the_loaders_words() throws Exception {
        ScenarioDraft draft = ScenarioDraft.of(file("made-in-america-2025"));
        draft.setTyped("roles[0].sites[0].capacity", "lots");
        draft.setTyped("roles[0].sites[1].build.leadTime", "0");
        draft.setTyped("roles[1].sites[0].productionCost", "");
        List<ScenarioDraft.Problem> problems = draft.problems();
        assertThat(ScenarioDraft.at(problems, "roles[0].sites[0].capacity")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("whole number").contains("'lots'"));
        assertThat(ScenarioDraft.at(problems, "roles[0].sites[1].build.leadTime")).hasSize(1);
        assertThat(ScenarioDraft.at(problems, "roles[1].sites[0].productionCost")).as("a required field left empty").hasSize(1);
        assertThat(problems).hasSize(3);
    }

    @Test
    void events_of_every_kind_are_added_changed_and_removed_on_the_timeline() throws Exception {
        ScenarioDraft draft = ScenarioDraft.of(file("made-in-america-2025"));
        draft.setTurns(12);
        int before = draft.eventCount();
        int tariff = draft.addEvent("tariff", 4);
        for (int i = tariff + 1; i < draft.eventCount(); i++) {
            assertThat(Integer.parseInt(draft.valueAt("events[" + i + "].turn"))).as("after every event of turn 4 and earlier").isGreaterThan(4);
        }
        assertThat(Integer.parseInt(draft.valueAt("events[" + (tariff - 1) + "].turn"))).isLessThanOrEqualTo(4);
        assertThat(draft.problems()).as("a new event waits for its news").extracting(ScenarioDraft.Problem::path)
                .containsExactly("events[" + tariff + "].news.en", "events[" + tariff + "].news.ko");
        draft.setText("events[" + tariff + "].news.en", "A 30% tariff on servers from Mexico.");
        draft.setText("events[" + tariff + "].news.ko", "멕시코산 서버에 30% 관세.");
        draft.setText("events[" + tariff + "].product", "system");
        draft.setText("events[" + tariff + "].origin", "MX");
        draft.setTyped("events[" + tariff + "].percent", "30");
        assertThat(draft.problems()).isEmpty();
        Scenario scenario = ScenarioLoader.parse("draft", draft.yaml());
        assertThat(scenario.timeline()).hasSize(before + 1);
        assertThat(scenario.timeline().get(tariff).turn()).isEqualTo(4);
        assertThat(scenario.timeline().get(tariff).effect()).isEqualTo(new com.chipchain.engine.EventEffect.TariffSet(
                scenario.productIndex("system"), "MX", 3000, false));

        for (String type : ScenarioDraft.EVENT_FIELDS.keySet()) {
            int index = draft.addEvent(type, 6);
            draft.setText("events[" + index + "].news.en", "news");
            draft.setText("events[" + index + "].news.ko", "뉴스");
            assertThat(draft.problems()).as("a new " + type + " event plays as it starts").isEmpty();
            draft.setEventType(index, "disruption");
            assertThat(draft.problems()).as(type + " changed to a disruption").isEmpty();
            assertThat(draft.valueAt("events[" + index + "].turn")).isEqualTo("6");
            draft.removeEvent(index);
        }
        List<Integer> licence = draft.addExportLicence(5, 13, 25);
        for (int index : licence) {
            draft.setText("events[" + index + "].news.en", "An export licence.");
            draft.setText("events[" + index + "].news.ko", "수출 허가.");
        }
        assertThat(draft.problems()).isEmpty();
        scenario = ScenarioLoader.parse("draft", draft.yaml());
        assertThat(scenario.timeline().get(licence.get(0)).effect()).isEqualTo(new com.chipchain.engine.EventEffect.DemandShift(-13, 0));
        assertThat(scenario.timeline().get(licence.get(1)).effect()).isEqualTo(new com.chipchain.engine.EventEffect.WriteOff(
                scenario.roleIndex("nvidia"), 25));
        assertThat(draft.eventCount()).isEqualTo(before + 3);
        draft.setTyped("events[" + tariff + "].turn", "13");
        assertThat(ScenarioDraft.at(draft.problems(), "events[" + tariff + "].turn")).as("an event after the last turn").hasSize(1);
    }

    @Test
    void a_bot_parameter_out_of_its_policys_range_is_refused_at_its_field() throws Exception {
        ScenarioDraft draft = ScenarioDraft.of(file("made-in-america-2025"));
        assertThat(draft.botPolicies()).contains("benchmark", "base-stock", "cooperative");
        assertThat(draft.botValue("benchmark", "packager.theta")).isNotEmpty();
        draft.setBotValue("base-stock", "stockTurns", "3");
        assertThat(draft.problems()).isEmpty();
        assertThat(ScenarioLoader.parse("draft", draft.yaml()).botParameters("base-stock")).containsEntry("stockTurns", "3");
        draft.setBotValue("benchmark", "packager.theta", "1.5");
        draft.setBotValue("base-stock", "stockTurns", "two");
        List<ScenarioDraft.Problem> problems = draft.problems();
        assertThat(ScenarioDraft.at(problems, "bots.base-stock.stockTurns")).as("the loader's refusal").singleElement()
                .satisfies(p -> assertThat(p.message()).contains("'two'"));
        draft.setBotValue("base-stock", "stockTurns", "2");
        assertThat(ScenarioDraft.at(draft.problems(), "bots.benchmark.packager.theta")).as("the policy's own refusal").singleElement()
                .satisfies(p -> {
                    assertThat(p.message()).contains("theta must be a number from 0 to 1");
                    assertThat(p.line()).isPositive();
                });
    }

    @Test
    void whether_teams_see_end_customer_demand_is_the_scenarios_default_for_its_sessions() throws Exception {
        ScenarioDraft draft = ScenarioDraft.of(file("classic-beer-game"));
        assertThat(draft.endDemandShared()).isFalse();
        assertThat(ScenarioLoader.parse("d", draft.yaml()).endDemandShared()).isFalse();
        draft.setEndDemandShared(true);
        assertThat(draft.yaml()).contains("information:");
        assertThat(ScenarioLoader.parse("d", draft.yaml()).endDemandShared()).isTrue();
        draft.setEndDemandShared(false);
        assertThat(draft.yaml()).as("the default is left out of the file").doesNotContain("information");
        draft.setText("information.everything", "yes");
        assertThat(ScenarioDraft.at(draft.problems(), "information")).as("an unknown field is refused").isNotEmpty();
    }
}
