package com.chipchain.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.chipchain.play.DefaultRule;
import com.chipchain.play.PlayDriver;
import com.chipchain.play.SeatTicket;
import com.chipchain.play.SessionInfo;
import com.chipchain.play.SessionSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What one player screen costs in messages, on the real app through the protocol client: opening a
 * packager's seat, then each new turn. A turn must cost a screen well under what opening it costs:
 * the page keeps its form, its map, books and charts, and every panel whose content did not change
 * (docs/performance.md). Every
 * message is written to target/screen-uidl.txt for study.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:file:./target/test-db/weight-${random.uuid};WRITE_DELAY=0", "logging.level.root=warn"})
class ScreenWeightTest {
    @Autowired org.springframework.context.ApplicationContext app;
    @LocalServerPort int port;

    @Test
    void a_new_turn_costs_a_screen_far_less_than_opening_it() throws Exception {
        PlayDriver sessions = PlayDriver.of(app);
        SessionInfo session = sessions.create(new SessionSettings("made-in-america-2025", 1, Map.of(), null,
                DefaultRule.REPEAT_LAST, "base-stock", false, 1L));
        SeatTicket packager = sessions.join(session.joinCode(), "Packers", 0, "packager", "weight");
        sessions.start(session.id());
        StringBuilder all = new StringBuilder();
        ProtocolPlayer.tap = t -> all.append(t).append("\n=====\n");
        try (ProtocolPlayer player = new ProtocolPlayer("http://localhost:" + port + "/", problem -> all.append("TROUBLE ").append(problem))) {
            player.watch("Turn 1 of 16");
            player.open("seat/" + packager.token());
            long opened = player.received();
            assertThat(player.seenAt("Turn 1 of 16")).isPositive();
            List<Long> turns = new ArrayList<>();
            List<String> turnMessages = new ArrayList<>();
            for (int next = 2; next <= 6; next++) {
                long before = player.received();
                int from = all.length();
                player.rewatch("Turn " + next + " of");
                // the only team: its submission closes the turn, and the answer or a push brings the next one
                player.click("submit");
                long deadline = System.currentTimeMillis() + 30_000;
                while (player.seenAt("Turn " + next + " of") == 0 && System.currentTimeMillis() < deadline) {
                    Thread.sleep(20);
                }
                assertThat(player.seenAt("Turn " + next + " of")).as("turn %d shown", next).isPositive();
                Thread.sleep(500); // let the turn's pushes arrive
                turns.add(player.received() - before);
                turnMessages.add(all.substring(from));
            }
            java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
            java.nio.file.Files.writeString(java.nio.file.Path.of("target", "screen-uidl.txt"), all);
            System.out.println("Screen weight: " + opened + " characters of UIDL to open a packager's seat, " + turns + " for each next turn");
            assertThat(all).doesNotContain("TROUBLE");
            // the page is made whole when it opens (charts, news and last turn's money included): the first
            // turn after the start sends what changed, like any later turn, not new components and
            // Chart.js for every screen of the class at the same moment (docs/performance.md). What is left
            // is content: the news of turn 2 is longer than turn 3's, the opening turn's notes go
            assertThat(turnMessages.get(0)).as("the first turn loads no script").doesNotContain("\"EAGER\"")
                    .doesNotContain("chart.umd");
            assertThat(turnMessages.get(0)).as("the first turn makes no element").doesNotContain("\"key\":\"tag\"");
            // (about 1,050 characters: the news of turn 2 is longer than turn 3's, the opening turn's notes go)
            assertThat(turns.get(0)).as("the first turn's messages against a later turn's (%d)", turns.get(1))
                    .isLessThanOrEqualTo(turns.get(1) + 1_500);
            assertThat(turns.get(1)).as("a later turn's messages against opening the screen (%d)", opened).isLessThan(opened * 2 / 5);
            // a later turn sends each chart its new point, not the whole history again: turn 6 costs
            // the charts what turn 3 does (one point per line), so a game's last turn is no heavier
            for (int next = 3; next <= 6; next++) {
                String message = turnMessages.get(next - 2);
                assertThat(message).as("turn %d sends no chart anew", next).doesNotContain("\"chartData\"");
                assertThat(message).as("turn %d sends each chart its new point", next).contains("\"key\":\"p" + (next - 2) + "\"");
            }
            assertThat(turns.get(4)).as("turn 6's messages against turn 3's (%d)", turns.get(1)).isLessThan(turns.get(1) + 1_000);
        } finally {
            ProtocolPlayer.tap = null;
        }
    }
}
