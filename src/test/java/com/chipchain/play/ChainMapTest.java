package com.chipchain.play;

import static org.assertj.core.api.Assertions.assertThat;

import com.chipchain.TestScenarios;
import com.chipchain.engine.Decisions;
import com.chipchain.engine.EventEffect;
import com.chipchain.engine.GameEvent;
import com.chipchain.engine.GameState;
import com.chipchain.engine.Scenario;
import com.chipchain.engine.Text;
import com.chipchain.engine.TurnReport;
import com.chipchain.engine.TurnResolver;
import com.chipchain.engine.TurnResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The chain map: stages from the chip makers to the market, sites by country, lanes with goods in transit and tariffs. */
class ChainMapTest {

    final Scenario flagship = TestScenarios.flagship();

    @Test
    void stages_run_from_the_chip_makers_to_the_end_market() {
        ChainMap map = ChainMap.of(flagship, GameState.start(flagship, 1), List.of(), flagship.roleIndex("packager"));
        List<String> companies = map.stages().stream()
                .map(stage -> stage.nodes().stream().map(n -> n.company().en()).distinct().toList().toString()).toList();
        assertThat(companies.get(companies.size() - 1)).contains("NVIDIA");
        assertThat(companies.get(0)).contains("Foundry").contains("Memory");
        assertThat(map.stages().stream().flatMap(s -> s.nodes().stream()).filter(ChainMap.Node::own))
                .isNotEmpty().allSatisfy(n -> assertThat(n.company().en()).startsWith("Packager"));
    }

    @Test
    void lanes_into_the_us_carry_the_tariff_in_force_and_the_goods_on_their_way() {
        int system = flagship.productIndex("system");
        GameEvent tariff = GameEvent.injected(1, new EventEffect.TariffSet(system, "MX", 2500), new Text("25", "25"));
        TurnResult turn1 = TurnResolver.resolve(GameState.start(flagship, 1), Decisions.idle(flagship, 1), List.of(tariff));
        List<TurnReport> reports = List.of(turn1.report());
        ChainMap map = ChainMap.of(flagship, turn1.next(), reports, -1);
        assertThat(map.lanes()).filteredOn(l -> l.product().en().startsWith("AI system") && l.tariffPercent() != null
                        && l.tariffPercent().signum() > 0)
                .isNotEmpty().allSatisfy(l -> assertThat(l.tariffPercent()).isEqualByComparingTo("25"));
        long moving = map.lanes().stream().mapToLong(ChainMap.Lane::inTransit).sum();
        long shipped = turn1.next().shipments().stream().mapToLong(s -> s.quantity()).sum();
        assertThat(moving).isEqualTo(shipped);
    }

    @Test
    void the_projector_map_adds_up_the_chains_of_the_class() {
        TurnResult one = TurnResolver.resolve(GameState.start(flagship, 1), Decisions.idle(flagship, 1), List.of());
        TurnResult two = TurnResolver.resolve(GameState.start(flagship, 2), Decisions.idle(flagship, 1), List.of());
        ChainMap first = ChainMap.of(flagship, one.next(), List.of(one.report()), -1);
        ChainMap second = ChainMap.of(flagship, two.next(), List.of(two.report()), -1);
        ChainMap class_ = ChainMap.together(List.of(first, second), true);
        for (int l = 0; l < class_.lanes().size(); l++) {
            assertThat(class_.lanes().get(l).inTransit()).isEqualTo(first.lanes().get(l).inTransit() + second.lanes().get(l).inTransit());
        }
        ChainMap.Node site = class_.stages().get(0).nodes().get(0);
        ChainMap.Node a = first.stages().get(0).nodes().get(0);
        ChainMap.Node b = second.stages().get(0).nodes().get(0);
        assertThat(site.usable()).isEqualTo(a.usable() + b.usable());
        assertThat(site.started()).isEqualTo(a.started() + b.started());
        assertThat(class_.stages().stream().flatMap(s -> s.nodes().stream())).noneMatch(ChainMap.Node::own);
        assertThat(class_.withFigures()).isTrue();
        assertThat(class_.lanes().stream().mapToLong(ChainMap.Lane::inTransit).sum()).isPositive();
    }
}
