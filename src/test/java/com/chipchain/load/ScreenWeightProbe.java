package com.chipchain.load;

import com.chipchain.play.DefaultRule;
import com.chipchain.play.PlayDriver;
import com.chipchain.play.SeatTicket;
import com.chipchain.play.SessionInfo;
import com.chipchain.play.SessionSettings;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What one player screen costs the server in messages (docs/performance.md): opens a packager's seat
 * through the protocol client, plays one turn, prints the characters of UIDL sent to open the screen
 * and to show the next turn, and writes every message to target/screen-uidl.txt. Run with
 * {@code mvn -B test -Dtest=ScreenWeightProbe -Dload.weigh=true -Dsurefire.failIfNoSpecifiedTests=false}
 */
@EnabledIfSystemProperty(named = "load.weigh", matches = "true")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:file:./target/test-db/probe-${random.uuid};WRITE_DELAY=0", "logging.level.root=warn"})
class ScreenWeightProbe {

    @Autowired org.springframework.context.ApplicationContext app;
    @LocalServerPort int port;

    @Test
    void weigh() throws Exception {
        PlayDriver sessions = PlayDriver.of(app);
        SessionInfo session = sessions.create(new SessionSettings("made-in-america-2025", 1, Map.of(), null,
                DefaultRule.REPEAT_LAST, "base-stock", false, 1L));
        SeatTicket a = sessions.join(session.joinCode(), "A", 0, "packager", "probe");
        sessions.start(session.id());
        StringBuilder all = new StringBuilder();
        ProtocolPlayer.tap = t -> all.append(t).append("\n=====\n");
        // the tap stays set for this probe only: the benchmark runs in its own JVM invocation
        try (ProtocolPlayer p = new ProtocolPlayer("http://localhost:" + port + "/", System.out::println)) {
            p.watch("Turn 1 of 16");
            p.open("seat/" + a.token());
            long opened = p.received();
            p.rewatch("Turn 2 of");
            p.click("submit");
            long t0 = System.currentTimeMillis();
            while (p.seenAt("Turn 2 of") == 0 && System.currentTimeMillis() - t0 < 30000) Thread.sleep(20);
            java.nio.file.Files.writeString(java.nio.file.Path.of("target", "screen-uidl.txt"), all);
            System.out.println("Screen weight: " + opened + " characters of UIDL to open a packager's seat, "
                    + (p.received() - opened) + " to show it the next turn");
        }
    }
}
