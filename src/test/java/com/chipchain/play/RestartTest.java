package com.chipchain.play;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/** A restart (a new application on the same database file) in the middle of a turn loses nothing. */
class RestartTest {

    static DecisionInput order(long quantity) {
        return new DecisionInput(List.of(new DecisionInput.Order("beer", "retail-store", quantity, false)),
                List.of(), List.of(), null, List.of());
    }

    @Test
    void a_restart_mid_turn_resumes_every_session_where_it_was_timers_included() {
        Path database = PlayTestSupport.newDatabase();
        PlayTestSupport.MovableClock clock = PlayTestSupport.TestClock.CLOCK;
        String sessionId;
        SeatTicket a;
        SeatTicket b;
        SeatTicket timedTeam;
        List<LeaderboardEntry> before;
        try (ConfigurableApplicationContext first = PlayTestSupport.start(database)) {
            PlayDriver sessions = PlayDriver.of(first);
            SessionInfo session = sessions.create(new SessionSettings("classic-beer-game", 2,
                    Map.of("wholesaler", "sterman", "distributor", "sterman", "factory", "sterman"),
                    null, DefaultRule.REPEAT_LAST, "base-stock", false, 21L));
            sessionId = session.id();
            a = sessions.join(session.joinCode(), "A", 0, "retailer", "test");
            b = sessions.join(session.joinCode(), "B", 1, "retailer", "test");
            sessions.start(sessionId);
            for (int turn = 1; turn <= 5; turn++) {
                sessions.submit(a.token(), turn, order(6));
                sessions.submit(b.token(), turn, order(9));
            }
            sessions.submit(a.token(), 6, order(7));
            sessions.inject(sessionId, new ShockInput("demand", null, null, List.of(), 50, 0, "Demand jumps.", "수요 급증."));
            before = sessions.leaderboard(sessionId);

            SessionInfo timed = sessions.create(new SessionSettings("classic-beer-game", 1, Map.of(),
                    120, DefaultRule.REPEAT_LAST, "base-stock", false, 4L));
            timedTeam = sessions.join(timed.joinCode(), "Clock", null, null, "test");
            sessions.start(timed.id());
            clock.advance(Duration.ofSeconds(100));
        }

        try (ConfigurableApplicationContext second = PlayTestSupport.start(database)) {
            PlayDriver sessions = PlayDriver.of(second);
            SessionInfo resumed = sessions.info(sessionId);
            assertThat(resumed.status()).isEqualTo(SessionStatus.RUNNING);
            assertThat(resumed.turn()).isEqualTo(6);
            assertThat(sessions.hasSubmitted(a.token())).as("A's turn-6 decision survived").isTrue();
            assertThat(sessions.hasSubmitted(b.token())).isFalse();
            assertThat(sessions.leaderboard(sessionId)).isEqualTo(before);

            sessions.submit(b.token(), 6, order(9));
            assertThat(sessions.info(sessionId).turn()).isEqualTo(7);
            // the shock injected before the restart took effect when turn 6 resolved
            assertThat(sessions.history(a.token()).get(5).marketDemand()).isEqualTo(12);

            SeatTicket rejoined = sessions.rejoin(timedTeam.token());
            assertThat(rejoined.teamName()).isEqualTo("Clock");
            SessionInfo timed = sessions.info(rejoined.sessionId());
            assertThat(timed.turn()).isEqualTo(1);
            clock.advance(Duration.ofSeconds(19));
            sessions.closeExpiredTurns();
            assertThat(sessions.info(timed.id()).turn()).as("20 s were left").isEqualTo(1);
            clock.advance(Duration.ofSeconds(2));
            sessions.closeExpiredTurns();
            assertThat(sessions.info(timed.id()).turn()).isEqualTo(2);
        }
    }
}
