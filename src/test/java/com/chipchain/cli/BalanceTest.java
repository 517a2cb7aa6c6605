package com.chipchain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.chipchain.TestScenarios;
import com.chipchain.bots.BenchmarkChain;
import com.chipchain.bots.Policies;
import com.chipchain.bots.SeatPolicy;
import com.chipchain.engine.GameState;
import com.chipchain.engine.Scenario;
import com.chipchain.engine.Scores;
import com.chipchain.engine.TurnResolver;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The game stays worth playing (docs/balance.md): on fixed seeds, no single lever wins alone on
 * the flagship and on tariff escalation, every seat's decisions move its score, reshoring is a
 * gamble on the tariff path, and CoWoS capacity binds.
 */
class BalanceTest {

    private static final int SEEDS = 200;
    private static final Map<String, ExploitSearch.SeedResult[]> RESULTS = new ConcurrentHashMap<>();

    private static ExploitSearch search(Scenario scenario) {
        return new ExploitSearch(scenario, 1, SEEDS, 2, null);
    }

    private static ExploitSearch.SeedResult[] results(String id) {
        return RESULTS.computeIfAbsent(id, key -> {
            try {
                return search(TestScenarios.shipped(key)).run();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"made-in-america-2025", "tariff-escalation"})
    void no_one_lever_raises_its_team_or_the_chain_by_more_than_5_percent_on_more_than_60_percent_of_seeds(String id) {
        ExploitSearch search = search(TestScenarios.shipped(id));
        List<ExploitSearch.LeverSummary> levers = search.levers(results(id));
        assertThat(levers).hasSizeGreaterThan(30);
        assertThat(levers).allSatisfy(lever -> {
            assertThat(lever.teamBigWinShare()).as("%s: %s team", id, lever.lever()).isLessThanOrEqualTo(0.6);
            assertThat(lever.chainBigWinShare()).as("%s: %s chain", id, lever.lever()).isLessThanOrEqualTo(0.6);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"made-in-america-2025", "tariff-escalation"})
    void every_seats_decisions_move_its_team_score_by_at_least_a_tenth(String id) {
        ExploitSearch search = search(TestScenarios.shipped(id));
        ExploitSearch.SeedResult[] results = results(id);
        double[] spread = search.teamSpreadPercent(results, search.levers(results));
        for (int role = 0; role < spread.length; role++) {
            assertThat(spread[role]).as("%s: role %d", id, role).isGreaterThanOrEqualTo(10);
        }
    }

    @Test
    void reshoring_texas_wins_on_some_tariff_paths_and_loses_on_others_beyond_seed_noise() {
        List<ExploitSearch.PathSummary> paths = search(TestScenarios.flagship()).paths(results("made-in-america-2025"));
        ExploitSearch.PathSummary removed = path(paths, "usmca-exemption-removed fired");
        ExploitSearch.PathSummary kept = path(paths, "usmca-exemption-removed not fired");
        assertThat(removed.meanDifference()).isGreaterThan(removed.standardError());
        assertThat(kept.meanDifference()).isLessThan(-kept.standardError());
    }

    private static ExploitSearch.PathSummary path(List<ExploitSearch.PathSummary> paths, String label) {
        return paths.stream().filter(p -> p.label().equals(label)).findFirst().orElseThrow();
    }

    @Test
    void taiwan_cowos_capacity_binds_the_benchmark_chains_fill_rate() throws Exception {
        String yaml = Files.readString(Path.of("scenarios", "made-in-america-2025.yaml"));
        String line = "        capacity: 2000              # the packaging bottleneck";
        assertThat(yaml).contains(line);
        double tight = benchmarkFill(TestScenarios.parse(yaml.replace(line, "        capacity: 1500 #")));
        double ample = benchmarkFill(TestScenarios.parse(yaml.replace(line, "        capacity: 3000 #")));
        assertThat(ample - tight).isGreaterThanOrEqualTo(0.05);
    }

    private static double benchmarkFill(Scenario scenario) {
        double fill = 0;
        int games = 100;
        for (long seed = 1; seed <= games; seed++) {
            List<SeatPolicy> bots = new ArrayList<>();
            for (int role = 0; role < scenario.roles().size(); role++) {
                bots.add(Policies.byName(BenchmarkChain.REFERENCE_POLICY, scenario));
            }
            fill += Scores.of(TurnResolver.playOut(GameState.start(scenario, seed), bots, false)).fillRate();
        }
        return fill / games;
    }

    @Test
    void the_exploit_search_prints_its_tables_with_a_row_per_seat_and_lever() throws Exception {
        Scenario bust = TestScenarios.shipped("demand-bust");
        ExploitSearch search = new ExploitSearch(bust, 1, 20, 2, null);
        String table = search.table(search.run(), 1.0);
        assertThat(table).contains("demand-bust, seeds 1..20").contains("packager   no-capex")
                .contains("nvidia     price-max").contains("Texas reshoring").contains("usmca-exemption-removed fired");
    }
}
