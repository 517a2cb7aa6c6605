package com.chipchain.play;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

class SessionLifecycleTest {

    static ConfigurableApplicationContext app;
    static PlayDriver sessions;

    @BeforeAll
    static void start() {
        app = PlayTestSupport.start(PlayTestSupport.newDatabase());
        sessions = PlayDriver.of(app);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void a_session_gets_a_short_join_code_and_a_seat_for_every_role_of_every_chain() {
        SessionInfo info = sessions.create(new SessionSettings("classic-beer-game", 2, Map.of("factory", "base-stock"),
                null, DefaultRule.REPEAT_LAST, "base-stock", false, 7L));
        assertThat(info.joinCode()).hasSize(6).matches("[A-HJ-NP-Z2-9]{6}");
        assertThat(info.status()).isEqualTo(SessionStatus.LOBBY);
        assertThat(sessions.seats(info.id())).hasSize(8)
                .filteredOn(s -> s.kind() == SeatStatus.Kind.BOT).extracting(SeatStatus::roleId).containsOnly("factory");
    }
}
