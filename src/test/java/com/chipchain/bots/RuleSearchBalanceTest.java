package com.chipchain.bots;

import static org.assertj.core.api.Assertions.assertThat;

import com.chipchain.TestScenarios;
import com.chipchain.bots.Policies;
import com.chipchain.engine.Scenario;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The tuned benchmark is what a competent self-interested team plays (docs/balance.md): a search
 * of the rule family finds no rule that beats it alone, the exploits an outside search found in
 * the old benchmark no longer win, and no seat gains more than 1 % by changing its own rule.
 */
class RuleSearchBalanceTest {

    private static final long[] TRAIN = RuleSearch.range(1, 40);
    private static final long[] HELD_OUT = RuleSearch.range(1001, 1150);
    private static final int RULES_PER_SEAT = 200;
    private static final Map<String, List<ExploitHunt.Finding>> FINDINGS = new ConcurrentHashMap<>();

    private static ExploitHunt hunt(Scenario scenario) {
        return new ExploitHunt(scenario, TRAIN, HELD_OUT, 2, RULES_PER_SEAT, 7);
    }

    private static List<ExploitHunt.Finding> findings(String id) {
        return FINDINGS.computeIfAbsent(id, key -> {
            try {
                return hunt(TestScenarios.shipped(key)).run(null);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"made-in-america-2025", "tariff-escalation"})
    void a_search_of_200_rules_per_seat_finds_none_that_raises_its_team_by_5_percent_on_60_percent_of_held_out_seeds(String id) {
        assertThat(findings(id)).hasSize(5).allSatisfy(finding -> assertThat(finding.heldOut().teamBigWinShare())
                .as("%s: %s", id, finding).isLessThanOrEqualTo(0.6));
    }

    @ParameterizedTest
    @ValueSource(strings = {"made-in-america-2025", "tariff-escalation"})
    void the_benchmark_is_a_best_response_no_seat_gains_more_than_1_percent_by_changing_its_own_rule(String id) {
        assertThat(findings(id)).allSatisfy(finding -> assertThat(finding.heldOut().teamPercent())
                .as("%s: %s", id, finding).isLessThanOrEqualTo(1.0));
    }

    /** The rules an outside search found against the old benchmark (issue 19), each on top of today's benchmark seat. */
    @ParameterizedTest(name = "{0}: {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            made-in-america-2025 | packager | capacityCover=3,capexFrom=2,capexUntil=4
            made-in-america-2025 | packager | capacityCover=3,capexFrom=2,capexUntil=4,planWeight=0.5
            made-in-america-2025 | nvidia   | priceOffset=2,priceGain=0,priceLimit=2
            made-in-america-2025 | nvidia   | priceOffset=2,priceGain=0.5,priceLimit=10,endGame=0
            made-in-america-2025 | foundry  | capexUntil=0,outsideFirst=1
            made-in-america-2025 | memory   | capexUntil=0,outsideFirst=1
            tariff-escalation    | packager | capexUntil=0,stockTurns=1
            """)
    void the_exploits_found_against_the_old_benchmark_no_longer_win_alone(String id, String seat, String rule)
            throws InterruptedException {
        Scenario scenario = TestScenarios.shipped(id);
        int role = scenario.roleIndex(seat);
        String written = Policies.BENCHMARK + ":" + String.join(",",
                java.util.Arrays.stream(rule.split(",")).map(p -> seat + "." + p).toList());
        SeedComparison result = hunt(scenario).confirm(role, Policies.byName(written, scenario));
        assertThat(result.teamBigWinShare()).as("%s %s %s: %s", id, seat, rule, result).isLessThanOrEqualTo(0.6);
        assertThat(result.chainBigWinShare()).as("%s %s %s: %s", id, seat, rule, result).isLessThanOrEqualTo(0.6);
    }
}
