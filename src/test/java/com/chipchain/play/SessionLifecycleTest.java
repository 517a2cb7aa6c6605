package com.chipchain.play;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SessionLifecycleTest {

    @RegisterExtension
    static final RunningApp app = new RunningApp();
    static final PlayDriver sessions = app.driver();

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
