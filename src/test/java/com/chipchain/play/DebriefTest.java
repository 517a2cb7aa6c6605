package com.chipchain.play;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.chipchain.bots.BenchmarkChain;
import com.chipchain.engine.TurnReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The debrief and the class's data, read from a finished two-chain flagship game on the real app and H2. */
class DebriefTest {

    @RegisterExtension
    static final RunningApp app = new RunningApp();
    static final PlayDriver sessions = app.driver();
    static DebriefService debriefs;
    static SessionInfo session;
    static SeatTicket north;
    static SeatTicket south;
    static List<TurnReport> northHistory;

    @BeforeAll
    static void playAFlagshipGameToTheEnd() {
        debriefs = app.getBean(DebriefService.class);
        session = sessions.create(new SessionSettings("made-in-america-2025", 2, Map.of(), null, DefaultRule.REPEAT_LAST,
                "base-stock", false, 5L));
        north = sessions.join(session.joinCode(), "North", 0, "packager", "test");
        south = sessions.join(session.joinCode(), "한빛, \"남쪽\"", 1, "packager", "test");
        assertThatThrownBy(() -> debriefs.teamDebrief(north.token())).isInstanceOf(PlayException.class)
                .hasMessageContaining("when your teacher ends the game");
        sessions.start(session.id());
        sessions.inject(session.id(), new ShockInput("tariff", "system", "MX", null, 20, 0,
                "Mexican servers pay 20 %", "멕시코 서버 20 %"));
        for (int turn = 1; turn <= 16; turn++) {
            sessions.submit(north.token(), turn, packager(turn, 1500 + 50 * turn));
            sessions.submit(south.token(), turn, packager(turn, turn % 2 == 0 ? 3000 : 600));
        }
        assertThat(sessions.info(session.id()).status()).isEqualTo(SessionStatus.FINISHED);
        northHistory = sessions.history(north.token());
    }

    static DecisionInput packager(int turn, long inputs) {
        return new DecisionInput(List.of(new DecisionInput.Order("die", "taiwan-cowos", inputs, false),
                new DecisionInput.Order("hbm", "taiwan-cowos", inputs, false)),
                List.of(new DecisionInput.SiteQuantity("taiwan-cowos", 2000)), List.of(), null, List.of());
    }

    @Test
    void every_chain_score_adds_up_line_by_line() {
        Debrief debrief = debriefs.debrief(session.id());
        assertThat(debrief.chains()).hasSize(2);
        assertThat(debrief.labels()).hasSize(16).startsWith("2025-Q2");
        for (Debrief.ChainStory chain : debrief.chains()) {
            Debrief.Score score = chain.score();
            BigDecimal sum = BigDecimal.ZERO;
            for (Debrief.TeamScore team : score.teams()) {
                assertThat(team.cashEarned().add(team.heldAtEnd())).isEqualByComparingTo(team.profit());
                sum = sum.add(team.profit());
            }
            assertThat(sum).isEqualByComparingTo(score.teamSum());
            assertThat(score.teamSum().add(score.usContentBonus()).add(score.serviceBonus())).isEqualByComparingTo(score.chain());
            assertThat(score.chain()).isEqualByComparingTo(sessions.leaderboard(session.id()).stream()
                    .filter(e -> e.chain() == chain.chain()).findFirst().orElseThrow().chainScore());
        }
    }

    @Test
    void the_benchmark_chain_is_the_reference_bots_on_the_same_seed_and_shocks() {
        Debrief debrief = debriefs.debrief(session.id());
        long bots = BenchmarkChain.play(app.getBean(ScenarioCatalog.class).load("made-in-america-2025"), 5L,
                turn -> turn == 1 ? List.of(injectedTariff()) : List.of()).chain();
        assertThat(debrief.benchmark().score().chain()).isEqualByComparingTo(BigDecimal.valueOf(bots, 2));
        assertThat(sessions.leaderboard(session.id())).allSatisfy(entry ->
                assertThat(entry.botScore()).isEqualByComparingTo(BigDecimal.valueOf(bots, 2)));
        assertThat(debrief.events()).anySatisfy(e -> {
            assertThat(e.source()).isEqualTo("facilitator");
            assertThat(e.news().en()).isEqualTo("Mexican servers pay 20 %");
        });
    }

    @Test
    void beside_the_benchmark_stand_the_bots_that_work_together_for_the_chain_on_the_same_seed_and_shocks() {
        Debrief debrief = debriefs.debrief(session.id());
        var scenario = app.getBean(ScenarioCatalog.class).load("made-in-america-2025");
        long together = BenchmarkChain.play(scenario, 5L, turn -> turn == 1 ? List.of(injectedTariff()) : List.of(),
                scenario.turnCount(), com.chipchain.bots.Policies.COOPERATIVE).chain();
        assertThat(debrief.cooperativeChain()).isEqualByComparingTo(BigDecimal.valueOf(together, 2));
        // tuned for the chain score, they beat the self-interested benchmark
        assertThat(debrief.cooperativeChain()).isGreaterThan(debrief.benchmark().score().chain());
    }

    private static com.chipchain.engine.GameEvent injectedTariff() {
        var scenario = app.getBean(ScenarioCatalog.class).load("made-in-america-2025");
        return com.chipchain.engine.GameEvent.injected(1, new com.chipchain.engine.EventEffect.TariffSet(
                scenario.productIndex("system"), "MX", 2000), new com.chipchain.engine.Text("x", "x"));
    }

    @Test
    void the_packagers_orders_are_shown_per_product_and_never_added_up() {
        Debrief.ChainStory chain = debriefs.debrief(session.id()).chains().get(1);
        List<Debrief.Series> packager = chain.orders().stream().filter(s -> s.roleId().equals("packager")).toList();
        assertThat(packager).hasSize(2);
        assertThat(packager.get(0).values().get(1)).isEqualTo(3000L);
        assertThat(packager.get(1).values().get(0)).isEqualTo(600L);
    }

    @Test
    void the_csv_has_one_row_per_team_and_turn_and_its_numbers_are_the_engines() {
        String csv = debriefs.csv(session.id());
        assertThat(csv).startsWith("\uFEFFsession,");
        List<String> rows = csv.lines().toList();
        assertThat(rows).hasSize(1 + 2 * 5 * 16);
        List<String> header = List.of(rows.get(0).substring(1).split(","));
        int cash = header.indexOf("cash");
        int backlog = header.indexOf("backlog");
        int orderDie = header.indexOf("order_die");
        for (TurnReport report : northHistory) {
            String row = rows.stream().filter(r -> r.contains(",1,packager,North," + report.turn() + ",")).findFirst().orElseThrow();
            String[] cells = row.split(",");
            var seat = report.seats().get(2);
            assertThat(new BigDecimal(cells[cash])).isEqualByComparingTo(BigDecimal.valueOf(seat.cash(), 2));
            assertThat(Long.parseLong(cells[backlog])).isEqualTo(seat.backlog());
            assertThat(Long.parseLong(cells[orderDie])).isEqualTo(1500 + 50L * report.turn());
        }
        // a Korean team name with a comma and quotes survives as one quoted cell
        assertThat(csv).contains(",2,packager,\"한빛, \"\"남쪽\"\"\",1,");
    }

    @Test
    void each_chains_json_game_log_replays_through_the_command_line_to_the_same_scores(@TempDir Path dir) throws Exception {
        Debrief debrief = debriefs.debrief(session.id());
        for (int chain = 0; chain < 2; chain++) {
            Path log = dir.resolve("chain-" + (chain + 1) + ".json");
            Files.writeString(log, debriefs.gameLog(session.id(), chain));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int exit = com.chipchain.cli.Cli.run(new String[] {"replay", "--log", log.toString()},
                    new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
            assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
            JsonNode scores = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8)).get("scores");
            assertThat(scores.get("chain").decimalValue()).isEqualByComparingTo(debrief.chains().get(chain).score().chain());
        }
    }

    @Test
    void a_team_sees_the_debrief_once_the_game_has_ended_and_a_forged_token_never() {
        assertThat(debriefs.teamDebrief(south.token()).chains()).hasSize(2);
        assertThat(debriefs.chainOf(south.token())).isEqualTo(1);
        assertThatThrownBy(() -> debriefs.teamDebrief("forged-token")).isInstanceOf(PlayException.class)
                .hasMessageContaining("holds no seat");
    }

    @Test
    void the_class_is_ranked_by_chain_and_by_role() {
        Debrief debrief = debriefs.debrief(session.id());
        assertThat(debrief.byChain()).hasSize(2);
        assertThat(debrief.byChain().get(0).score()).isGreaterThanOrEqualTo(debrief.byChain().get(1).score());
        Debrief.RoleRanking packagers = debrief.byRole().stream().filter(r -> r.roleId().equals("packager")).findFirst().orElseThrow();
        assertThat(packagers.teams()).extracting(Debrief.RankedTeam::teamName).containsExactlyInAnyOrder("North", "한빛, \"남쪽\"");
        assertThat(packagers.teams().get(0).versus().standing()).isGreaterThanOrEqualTo(packagers.teams().get(1).versus().standing());
    }

    @Test
    void the_live_board_shows_every_seat_of_every_chain() {
        LiveBoard live = debriefs.live(session.id());
        assertThat(live.chains()).hasSize(2).allSatisfy(chain -> assertThat(chain.seats()).hasSize(5));
        assertThat(live.lastLabel()).isEqualTo("2029-Q1");
    }
}
