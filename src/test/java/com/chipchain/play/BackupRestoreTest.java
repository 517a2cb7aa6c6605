package com.chipchain.play;

import static org.assertj.core.api.Assertions.assertThat;

import com.chipchain.cli.ServerData;
import com.chipchain.cli.ServerDataApp;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code backup FILE} copies the running server's database, and {@code restore FILE} into a fresh
 * folder brings back every session: a finished one and a running one replay to the same books,
 * scores and exports (docs/deploy.md, "Backups"). Always on H2, also in the PostgreSQL pass (whose
 * backups are PostgreSQL's own tools): the last test checks that the command says so.
 */
class BackupRestoreTest {

    record Outcome(int exitCode, String out, String err) {}

    static Outcome command(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ServerData.run(args, ServerDataApp::start, new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static DecisionInput order(long quantity) {
        return new DecisionInput(List.of(new DecisionInput.Order("beer", "retail-store", quantity, false)),
                List.of(), List.of(), null, List.of());
    }

    static String urlOf(Path database) {
        return "jdbc:h2:file:" + database.toAbsolutePath() + ";WRITE_DELAY=0";
    }

    @Test
    void a_backup_of_the_running_server_restores_into_a_fresh_folder_with_the_same_books_and_scores() throws Exception {
        Path folder = Path.of("target", "test-db", "backup-" + System.nanoTime());
        Path database = folder.resolve("server").resolve("chipchain");
        Path keyFile = folder.resolve("server").resolve("backup.key");
        Path backup = folder.resolve("backups").resolve("monday.zip");
        String finishedId;
        String runningId;
        String finishedCsv;
        String runningCsv;
        List<LeaderboardEntry> finishedBoard;
        List<LeaderboardEntry> runningBoard;
        SeatTicket stillPlaying;
        try (ConfigurableApplicationContext server = PlayTestSupport.startOnH2(database,
                "--chipchain.backup.key-file=" + keyFile)) {
            PlayDriver sessions = PlayDriver.of(server);
            SessionInfo finished = sessions.create(new SessionSettings("classic-beer-game", 1,
                    Map.of("wholesaler", "sterman", "distributor", "sterman", "factory", "sterman"),
                    null, DefaultRule.REPEAT_LAST, "base-stock", false, 5L));
            SeatTicket done = sessions.join(finished.joinCode(), "Done", 0, "retailer", "backup-test");
            sessions.start(finished.id());
            for (int turn = 1; turn <= 6; turn++) {
                sessions.submit(done.token(), turn, order(4 + turn));
            }
            sessions.end(finished.id());
            SessionInfo running = sessions.create(new SessionSettings("classic-beer-game", 1,
                    Map.of("wholesaler", "sterman", "distributor", "sterman", "factory", "sterman"),
                    null, DefaultRule.REPEAT_LAST, "base-stock", false, 8L));
            stillPlaying = sessions.join(running.joinCode(), "Playing", 0, "retailer", "backup-test");
            sessions.start(running.id());
            for (int turn = 1; turn <= 4; turn++) {
                sessions.submit(stillPlaying.token(), turn, order(3 * turn));
            }
            finishedId = finished.id();
            runningId = running.id();
            DebriefService debriefs = server.getBean(DebriefService.class);
            finishedCsv = debriefs.csv(finishedId);
            runningCsv = debriefs.csv(runningId);
            finishedBoard = sessions.leaderboard(finishedId);
            runningBoard = sessions.leaderboard(runningId);

            int port = server.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
            Outcome made = command("backup", backup.toString(), "--spring.datasource.url=" + urlOf(database),
                    "--server.port=" + port, "--chipchain.backup.key-file=" + keyFile);
            assertThat(made.exitCode()).as(made.err()).isZero();
            assertThat(made.out()).contains("running server");
            assertThat(Files.size(backup)).isPositive();

            Outcome again = command("backup", backup.toString(), "--spring.datasource.url=" + urlOf(database),
                    "--server.port=" + port, "--chipchain.backup.key-file=" + keyFile);
            assertThat(again.exitCode()).as("a backup never overwrites one").isEqualTo(1);
            assertThat(again.err()).contains("exists already");

            Files.writeString(folder.resolve("forged.key"), "not-the-key\n");
            Outcome forged = command("backup", folder.resolve("backups").resolve("forged.zip").toString(),
                    "--spring.datasource.url=" + urlOf(database), "--server.port=" + port,
                    "--chipchain.backup.key-file=" + folder.resolve("forged.key"));
            assertThat(forged.exitCode()).isEqualTo(1);
            assertThat(forged.err()).contains("refused", "key");
            assertThat(folder.resolve("backups").resolve("forged.zip")).doesNotExist();
        }

        Path restored = folder.resolve("restored").resolve("chipchain");
        Outcome back = command("restore", backup.toString(), "--spring.datasource.url=" + urlOf(restored));
        assertThat(back.exitCode()).as(back.err()).isZero();
        Outcome twice = command("restore", backup.toString(), "--spring.datasource.url=" + urlOf(restored));
        assertThat(twice.exitCode()).as("a restore never overwrites a database").isEqualTo(1);

        try (ConfigurableApplicationContext server = PlayTestSupport.startOnH2(restored)) {
            PlayDriver sessions = PlayDriver.of(server);
            DebriefService debriefs = server.getBean(DebriefService.class);
            assertThat(sessions.info(finishedId).status()).isEqualTo(SessionStatus.FINISHED);
            assertThat(debriefs.csv(finishedId)).isEqualTo(finishedCsv);
            assertThat(sessions.leaderboard(finishedId)).isEqualTo(finishedBoard);
            assertThat(sessions.info(runningId).status()).isEqualTo(SessionStatus.RUNNING);
            assertThat(sessions.info(runningId).turn()).isEqualTo(5);
            assertThat(debriefs.csv(runningId)).isEqualTo(runningCsv);
            assertThat(sessions.leaderboard(runningId)).isEqualTo(runningBoard);
            // the running class goes on where it stopped, with the same seat link
            sessions.submit(stillPlaying.token(), 5, order(9));
            assertThat(sessions.info(runningId).turn()).isEqualTo(6);
        }
    }

    @Test
    void on_postgresql_the_commands_name_pg_dump_and_pg_restore_instead_and_touch_nothing() {
        Path backup = Path.of("target", "test-db", "pg-" + System.nanoTime() + ".zip");
        String postgres = "--spring.datasource.url=jdbc:postgresql://localhost:5432/chipchain";
        Outcome made = command("backup", backup.toString(), postgres);
        assertThat(made.exitCode()).isEqualTo(2);
        assertThat(made.err()).contains("pg_dump --format=custom");
        assertThat(backup).doesNotExist();
        Outcome back = command("restore", "target/no-such-backup.zip", postgres);
        assertThat(back.exitCode()).isEqualTo(1);
        Path file = Path.of("target", "test-db", "pg-restore-" + System.nanoTime() + ".zip");
        try {
            java.nio.file.Files.createDirectories(file.getParent());
            java.nio.file.Files.writeString(file, "not a zip");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Outcome restore = command("restore", file.toString(), postgres);
        assertThat(restore.exitCode()).isEqualTo(2);
        assertThat(restore.err()).contains("pg_restore");
    }
}
