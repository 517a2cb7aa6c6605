package com.chipchain.play;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A decision the server acknowledged survives the server being killed with kill -9 (H2 with WRITE_DELAY=0). */
class CrashDurabilityTest {

    @Test
    void an_acknowledged_submission_survives_kill_9() throws Exception {
        Path database = PlayTestSupport.newDatabase();
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CrashChild.class.getName(), database.toString())
                .redirectErrorStream(true).start();
        String sessionId = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            long deadline = System.currentTimeMillis() + 120_000;
            while (System.currentTimeMillis() < deadline && (line = out.readLine()) != null) {
                if (line.startsWith("SUBMITTED ")) {
                    sessionId = line.substring("SUBMITTED ".length()).strip();
                    break;
                }
            }
            assertThat(sessionId).as("the child app submitted a decision").isNotNull();
            child.destroyForcibly();   // SIGKILL: no shutdown hooks, no clean close of the database
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            child.destroyForcibly();
        }
        String url = "jdbc:h2:file:./" + database.toString().replace('\\', '/');
        try (Connection db = DriverManager.getConnection(url, "sa", "");
             ResultSet rows = db.createStatement().executeQuery(
                     "SELECT COUNT(*) FROM submission WHERE session_id = '" + sessionId + "' AND turn = 1")) {
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(1);
        }
    }
}
