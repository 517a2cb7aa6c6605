package com.chipchain.play;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;

/** Run in a separate JVM by {@link CrashDurabilityTest}: submits a decision, says so, and waits to be killed. */
public final class CrashChild {

    private CrashChild() {}

    public static void main(String[] args) throws Exception {
        ConfigurableApplicationContext app = PlayTestSupport.start(Path.of(args[0]));
        PlayDriver sessions = PlayDriver.of(app);
        SessionInfo session = sessions.create(new SessionSettings("classic-beer-game", 2, Map.of(),
                null, DefaultRule.REPEAT_LAST, "base-stock", false, 1L));
        SeatTicket a = sessions.join(session.joinCode(), "A", 0, "retailer", "child");
        sessions.join(session.joinCode(), "B", 1, "retailer", "child");
        sessions.start(session.id());
        sessions.submit(a.token(), 1, new DecisionInput(List.of(new DecisionInput.Order("beer", "retail-store", 4, false)),
                List.of(), List.of(), null, List.of()));
        System.out.println("SUBMITTED " + session.id());
        System.out.flush();
        Thread.sleep(600_000);
    }
}
