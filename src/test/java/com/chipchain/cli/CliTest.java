package com.chipchain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user types it: exit codes, output and messages. */
class CliTest {

    private static final String CLASSIC = "scenarios/classic-beer-game.yaml";
    private static final String FLAGSHIP = "scenarios/made-in-america-2025.yaml";

    record Run(int exit, String out, String err) {
        JsonNode json() throws Exception {
            return new ObjectMapper().readTree(out);
        }
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Nested
    class Validate {

        @Test
        void the_six_shipped_scenarios_are_valid() {
            Run run = run("validate", CLASSIC, FLAGSHIP, "scenarios/tariff-escalation.yaml",
                    "scenarios/taiwan-strait-disruption.yaml", "scenarios/demand-bust.yaml", "scenarios/export-controls-2025.yaml");
            assertThat(run.exit()).isZero();
            assertThat(run.out().lines()).hasSize(6).allSatisfy(line -> assertThat(line).contains(": valid ("));
        }

        @Test
        void a_broken_file_names_its_path_and_field_and_fails(@TempDir Path dir) throws Exception {
            Path broken = dir.resolve("broken.yaml");
            Files.writeString(broken, Files.readString(Path.of(FLAGSHIP)).replace("capacity: 2000              # the packaging", "capacity: lots              # the packaging"));
            Run run = run("validate", CLASSIC, broken.toString());
            assertThat(run.exit()).isEqualTo(1);
            assertThat(run.out()).contains("classic-beer-game.yaml: valid");
            assertThat(run.err()).contains(broken + ": roles[2].sites[0].capacity: must be a whole number");
        }

        @Test
        void no_file_is_a_usage_error() {
            Run run = run("validate");
            assertThat(run.exit()).isEqualTo(2);
            assertThat(run.err()).contains("validate needs at least one scenario file").contains("Usage:");
        }
    }

    @Nested
    class Simulate {

        @Test
        void prints_every_turn_with_the_documented_fields() throws Exception {
            Run run = run("simulate", "--scenario", FLAGSHIP, "--seed", "3", "--policy", "naive");
            assertThat(run.exit()).isZero();
            JsonNode json = run.json();
            assertThat(json.get("scenario").asText()).isEqualTo("made-in-america-2025");
            assertThat(json.get("seed").asLong()).isEqualTo(3);
            assertThat(json.get("turns")).hasSize(16);
            JsonNode seat = json.get("turns").get(0).get("seats").get(0);
            for (String field : new String[] {"role", "demandReceived", "ordersPlaced", "shipped", "inventory", "backlog",
                    "cost", "cash", "tariffsPaid", "usContentShare", "sites"}) {
                assertThat(seat.has(field)).as(field).isTrue();
            }
            assertThat(seat.get("sites").get(0).has("inventory")).isTrue();
            assertThat(json.get("scores").get("chain").isNumber()).isTrue();
            assertThat(json.get("scores").get("teams").get("nvidia").isNumber()).isTrue();
            assertThat(json.get("scores").get("benchmark").get("policy").asText()).isEqualTo("benchmark");
            assertThat(json.get("scores").get("benchmark").get("chainVsBotsPercent").isNumber()).isTrue();
        }

        @Test
        void the_same_seed_prints_the_same_game_and_another_seed_another() {
            String first = run("simulate", "--scenario", FLAGSHIP, "--seed", "5").out();
            String again = run("simulate", "--scenario", FLAGSHIP, "--seed", "5").out();
            String other = run("simulate", "--scenario", FLAGSHIP, "--seed", "6").out();
            assertThat(again).isEqualTo(first);
            assertThat(other).isNotEqualTo(first);
        }

        @Test
        void policies_can_be_set_per_role() throws Exception {
            JsonNode json = run("simulate", "--scenario", CLASSIC, "--policy", "hold", "--policy", "retailer=naive").json();
            assertThat(json.get("policies").get("retailer").asText()).isEqualTo("naive");
            assertThat(json.get("policies").get("factory").asText()).isEqualTo("hold");
        }

        @Test
        void csv_has_a_header_and_a_row_per_turn_and_seat(@TempDir Path dir) throws Exception {
            Path out = dir.resolve("game.csv");
            Run run = run("simulate", "--scenario", CLASSIC, "--seed", "1", "--format", "csv", "--out", out.toString());
            assertThat(run.exit()).isZero();
            assertThat(run.out()).isEmpty();
            assertThat(Files.readAllLines(out)).hasSize(1 + 36 * 4).first().asString().startsWith("turn,label,role,");
        }

        @Test
        void bad_arguments_get_a_clear_message() {
            assertThat(run("simulate", "--seed", "1").err()).contains("--scenario is required");
            assertThat(run("simulate", "--scenario", CLASSIC, "--seed", "x").err()).contains("--seed must be a whole number, not 'x'");
            assertThat(run("simulate", "--scenario", CLASSIC, "--policy", "genius").err()).contains("unknown policy 'genius'; known policies: benchmark, base-stock, cooperative, hold, naive, offshore-first, reshorer, sterman");
            assertThat(run("simulate", "--scenario", CLASSIC, "--policy", "brewer=naive").err()).contains("unknown role 'brewer'");
            assertThat(run("simulate", "--scenario", CLASSIC, "--format", "xml").err()).contains("--format must be json or csv");
            assertThat(run("simulate", "--scenario", CLASSIC, "--colour").err()).contains("unknown option --colour");
            assertThat(run("simulate", "--scenario", "nope.yaml").exit()).isEqualTo(1);
            assertThat(run("simulate", "--seed", "1").exit()).isEqualTo(2);
        }
    }

    @Nested
    class Summary {

        @Test
        void many_seeds_are_summarised_per_mix_and_threads_do_not_change_the_result() throws Exception {
            Run two = run("simulate", "--scenario", FLAGSHIP, "--seeds", "1..60", "--summary",
                    "--compare", "base-stock;offshore-first", "--format", "json", "--threads", "2");
            Run one = run("simulate", "--scenario", FLAGSHIP, "--seeds", "1..60", "--summary",
                    "--compare", "base-stock;offshore-first", "--format", "json", "--threads", "1");
            assertThat(two.exit()).isZero();
            JsonNode json = two.json();
            assertThat(json.get("gamesPerMix").asInt()).isEqualTo(60);
            assertThat(json.get("mixes")).hasSize(2);
            JsonNode mix = json.get("mixes").get(0);
            assertThat(mix.get("mix").asText()).isEqualTo("base-stock");
            assertThat(mix.get("chain").get("p10").asDouble()).isLessThanOrEqualTo(mix.get("chain").get("p90").asDouble());
            assertThat(mix.get("bullwhip").has("packager")).isTrue();
            assertThat(mix.get("shocks").get(0).get("id").asText()).isEqualTo("usmca-exemption-removed");
            double wins = json.get("mixes").get(0).get("winShare").asDouble() + json.get("mixes").get(1).get("winShare").asDouble();
            assertThat(wins).isCloseTo(1.0, org.assertj.core.data.Offset.offset(0.001));
            assertThat(one.json().get("mixes")).isEqualTo(json.get("mixes"));
        }

        @Test
        void long_runs_show_progress_on_standard_error() {
            Run run = run("simulate", "--scenario", CLASSIC, "--seeds", "1..300", "--summary", "--policy", "naive");
            assertThat(run.exit()).isZero();
            assertThat(run.out()).contains("classic-beer-game, seeds 1..300").contains("naive");
            assertThat(run.err()).contains("300/300 games");
        }

        @Test
        void a_bad_seed_range_is_refused() {
            assertThat(run("simulate", "--scenario", CLASSIC, "--seeds", "9..1", "--summary").err())
                    .contains("--seeds must look like 1..1000");
            assertThat(run("simulate", "--scenario", CLASSIC, "--seeds", "1..9").err()).contains("add --summary");
        }
    }

    @Nested
    class Replay {

        @Test
        void a_logged_game_replays_to_the_same_output(@TempDir Path dir) {
            Path log = dir.resolve("game.json");
            Run simulated = run("simulate", "--scenario", FLAGSHIP, "--seed", "11", "--log", log.toString());
            Run replayed = run("replay", "--log", log.toString());
            assertThat(replayed.exit()).isZero();
            assertThat(replayed.out()).isEqualTo(simulated.out());
        }

        @Test
        void a_log_for_another_scenario_version_is_refused(@TempDir Path dir) throws Exception {
            Path log = dir.resolve("game.json");
            run("simulate", "--scenario", CLASSIC, "--log", log.toString());
            Files.writeString(log, Files.readString(log).replace("\"version\" : 1", "\"version\" : 7"));
            Run run = run("replay", "--log", log.toString());
            assertThat(run.exit()).isEqualTo(1);
            assertThat(run.err()).contains("the log was played on classic-beer-game version 7");
        }

        @Test
        void a_log_with_a_bad_decision_names_it(@TempDir Path dir) throws Exception {
            Path log = dir.resolve("game.json");
            run("simulate", "--scenario", CLASSIC, "--log", log.toString());
            String text = Files.readString(log);
            int first = text.indexOf("\"quantity\" : 4");
            Files.writeString(log, text.substring(0, first) + "\"quantity\" : -4" + text.substring(first + "\"quantity\" : 4".length()));
            Run run = run("replay", "--log", log.toString());
            assertThat(run.exit()).isEqualTo(1);
            assertThat(run.err()).contains("turns[0].decisions.retailer.orders[0].quantity");
        }

        @Test
        void a_file_that_is_not_a_log_is_refused(@TempDir Path dir) throws Exception {
            Path notALog = dir.resolve("x.json");
            Files.writeString(notALog, "{\"hello\": 1}");
            assertThat(run("replay", "--log", notALog.toString()).err()).contains("is not a Chipchain game log");
            Files.writeString(notALog, "not json");
            assertThat(run("replay", "--log", notALog.toString()).err()).contains("cannot be read as JSON");
        }
    }

    @Nested
    class Balance {

        @Test
        void the_exploit_search_prints_a_row_per_seat_and_lever_and_the_reshoring_table() {
            Run run = run("balance", "--scenario", FLAGSHIP, "--seeds", "1..5", "--threads", "2");
            assertThat(run.exit()).isZero();
            assertThat(run.out()).contains("made-in-america-2025, seeds 1..5").contains("nvidia     price-dynamic")
                    .contains("foundry    sell-outside-max").contains("usmca-exemption-removed fired");
        }

        @Test
        void a_bad_seed_range_is_a_usage_error() {
            Run run = run("balance", "--scenario", FLAGSHIP, "--seeds", "5..1");
            assertThat(run.exit()).isEqualTo(2);
            assertThat(run.err()).contains("--seeds must look like 1..1000").contains("Usage:");
        }

        @Test
        void a_deviation_plays_as_a_policy_in_one_seat() throws Exception {
            Run run = run("simulate", "--scenario", FLAGSHIP, "--seed", "3", "--policy", "base-stock",
                    "--policy", "packager=deviation:no-capex");
            assertThat(run.exit()).isZero();
            for (JsonNode turn : run.json().get("turns")) {
                assertThat(turn.get("seats").get(2).get("costs").get("capex").asDouble()).isZero();
            }
        }
    }

    @Nested
    class Bad_command_lines {

        @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
        @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
                simulate --scenario scenarios/made-in-america-2025.yaml --seeds 1..99999999999999999999 --summary | 2 | --seeds must look like 1..1000
                simulate --scenario scenarios/made-in-america-2025.yaml --seeds 1..5 --summary --compare ;;     | 2 | names no policy mix
                benchmark --turns 1099511627776                                                                   | 2 | --turns must be from 36
                benchmark --games -1                                                                              | 2 | --games must be from 1
                simulate --scenario scenarios/classic-beer-game.yaml --policy sterman:theta=NaN                   | 2 | theta must be a number from 0 to 1
                simulate --scenario scenarios/classic-beer-game.yaml --policy sterman:speed=3                     | 2 | has no parameter 'speed'
                simulate --scenario scenarios/classic-beer-game.yaml --policy base-stock:alphaS=7                 | 2 | alphaS must be a number from 0 to 1
                simulate --scenario scenarios/classic-beer-game.yaml --policy naive:theta=0.5                     | 2 | it takes none
                validate /dev/zero                                                                                | 1 | is not a readable file
                """)
        void is_refused_with_its_reason_and_exit_code(String line, int exit, String reason) {
            Run run = run(line.trim().split(" +"));
            assertThat(run.exit()).isEqualTo(exit);
            assertThat(run.err()).contains(reason);
            assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
            if (exit == 2) {
                assertThat(run.err()).contains("Usage:");
            }
        }

        @Test
        void help_prints_the_usage_instead_of_starting_the_web_app() {
            assertThat(Cli.handles(new String[] {"--help"})).isTrue();
            Run run = run("--help");
            assertThat(run.exit()).isZero();
            assertThat(run.out()).contains("Usage:");
        }

        @Test
        void a_logs_scenario_id_never_becomes_a_path(@TempDir Path dir) throws Exception {
            Path log = dir.resolve("evil.json");
            Files.writeString(log, "{\"format\":\"chipchain-game-log\",\"formatVersion\":1,"
                    + "\"scenario\":{\"id\":\"../../etc/passwd\",\"version\":1},\"seed\":1,\"seats\":{},\"turns\":[]}");
            Run run = run("replay", "--log", log.toString());
            assertThat(run.exit()).isEqualTo(1);
            assertThat(run.err()).contains("is not a scenario id").contains("--scenario");
        }
    }
}
