package com.chipchain.cli;

import static com.chipchain.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.chipchain.TestScenarios;
import com.chipchain.bots.Policies;
import com.chipchain.bots.RuleFamily;
import com.chipchain.engine.Scenario;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The command lines of the rule searches: what they print, and the refusals of bad options (docs/balance.md). */
class SearchCommandsTest {

    @Test
    void tune_prints_its_rounds_the_held_out_check_and_a_bots_entry_that_plays_what_it_found() throws Exception {
        CliTest.Run run = run("tune", "--scenario", "demand-bust", "--budget", "6", "--rounds", "1", "--train", "1..4",
                "--held-out", "101..104", "--threads", "2");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("demand-bust: benchmark tuned by iterated best response on training seeds 1..4")
                .contains("round seat").contains("On held-out seeds").contains("Check: one more search per seat")
                .contains("The scenario's bots: entry:").contains("  benchmark:").contains("    nvidia.priceGain: ");
        assertThat(run.err()).contains("round 1: ");
        // the entry is the family's rules seat by seat: read back, every value is one the family can play
        Scenario scenario = TestScenarios.shipped("demand-bust");
        Map<String, String> entry = new LinkedHashMap<>();
        for (String line : run.out().substring(run.out().indexOf("  benchmark:")).split("\n")) {
            if (line.startsWith("    ")) {
                String[] pair = line.trim().split(": ");
                entry.put(pair[0], pair[1]);
            }
        }
        assertThat(entry).containsKey("foundry.theta").containsKey("nvidia.priceOffset");
        StringBuilder written = new StringBuilder("benchmark:");
        entry.forEach((key, value) -> written.append(written.charAt(written.length() - 1) == ':' ? "" : ",").append(key)
                .append('=').append(value));
        assertThat(Policies.byName(written.toString(), scenario)).isNotNull();
        assertThat(RuleFamily.of(scenario, scenario.roleIndex("nvidia"), written.toString()).value("priceOffset"))
                .isEqualTo(Double.parseDouble(entry.get("nvidia.priceOffset")));
    }

    @Test
    void balance_search_prints_the_best_rule_per_seat_confirmed_on_held_out_seeds() {
        CliTest.Run run = run("balance", "--scenario", "made-in-america-2025", "--search", "4", "--train", "1..3",
                "--held-out", "11..13", "--threads", "2");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("rule search, 4 rules per seat on training seeds 1..3, findings played on held-out seeds 11..13")
                .contains("Best rule per seat against the benchmark").contains("packager").contains("The rules (what differs");
    }

    @Test
    void bad_search_options_are_refused_with_what_is_allowed() {
        assertThat(run("balance", "--scenario", "made-in-america-2025", "--search", "1").err())
                .contains("--search must be from 2 to 100,000 rules per seat, not 1");
        assertThat(run("tune", "--scenario", "made-in-america-2025", "--rounds", "0").err()).contains("--rounds must be from 1 to 100");
        assertThat(run("tune", "--scenario", "made-in-america-2025", "--train", "5..1").err())
                .contains("--train must look like 1..1000 (first..last), not '5..1'");
        assertThat(run("tune", "--scenario", "made-in-america-2025", "--held-out", "1..200000").exit()).isEqualTo(Cli.BAD_USAGE);
    }
}
