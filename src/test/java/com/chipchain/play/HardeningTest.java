package com.chipchain.play;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Doors anyone can reach without a login: solo practice is capped, tidied and kept apart; no amount can overflow. */
class HardeningTest {

    @RegisterExtension
    static final RunningApp app = new RunningApp();
    static final PlayDriver sessions = app.driver();
    static final PlayTestSupport.MovableClock CLOCK = PlayTestSupport.TestClock.CLOCK;

    @Test
    void a_browser_may_start_only_a_few_practice_games_an_hour() {
        for (int i = 0; i < SoloPractice.GAMES_PER_DEVICE_PER_HOUR; i++) {
            sessions.startSolo("classic-beer-game", "retailer", SoloLevel.EASY, "busy-tab");
        }
        assertThatThrownBy(() -> sessions.startSolo("classic-beer-game", "retailer", SoloLevel.EASY, "busy-tab"))
                .isInstanceOfSatisfying(PlayException.class, e -> assertThat(e.reason()).isEqualTo(PlayException.Reason.TOO_MANY_ATTEMPTS));
        assertThat(sessions.startSolo("classic-beer-game", "retailer", SoloLevel.EASY, "another-tab").token()).isNotBlank();
        CLOCK.advance(Duration.ofMinutes(61));
        assertThat(sessions.startSolo("classic-beer-game", "retailer", SoloLevel.EASY, "busy-tab").token()).isNotBlank();
    }

    @Test
    void practice_games_stay_out_of_the_facilitators_list_and_idle_ones_are_deleted() {
        SeatTicket played = sessions.startSolo("classic-beer-game", "factory", SoloLevel.NORMAL, "tidy-tab");
        SeatTicket idle = sessions.startSolo("classic-beer-game", "factory", SoloLevel.NORMAL, "tidy-tab-2");
        SessionInfo classroom = sessions.create(new SessionSettings("classic-beer-game", 1, Map.of(), null,
                DefaultRule.REPEAT_LAST, "base-stock", false, 1L));
        assertThat(sessions.sessions()).extracting(SessionInfo::id)
                .contains(classroom.id()).doesNotContain(played.sessionId(), idle.sessionId());

        CLOCK.advance(Duration.ofHours(23));
        sessions.submit(played.token(), 1, DecisionInput.empty());   // played within the retention period
        CLOCK.advance(Duration.ofHours(2));
        int removed = app.getBean(SoloPractice.class).removeIdleGames();
        assertThat(removed).isGreaterThanOrEqualTo(1);
        assertThatThrownBy(() -> sessions.ticket(idle.token())).isInstanceOf(PlayException.class);
        assertThat(sessions.ticket(played.token()).sessionId()).isEqualTo(played.sessionId());
        assertThat(sessions.info(classroom.id()).id()).as("classroom sessions are never removed").isEqualTo(classroom.id());
    }

    @Test
    void an_amount_too_large_for_the_game_is_refused_not_overflowed() {
        SessionInfo session = sessions.create(new SessionSettings("made-in-america-2025", 1, Map.of(), null,
                DefaultRule.REPEAT_LAST, "base-stock", false, 2L));
        SeatTicket nvidia = sessions.join(session.joinCode(), "Big spender", 0, "nvidia", "money-test");
        sessions.start(session.id());
        DecisionInput huge = new DecisionInput(List.of(), List.of(), List.of(), new BigDecimal("92233720368547758.08"),
                List.of(new DecisionInput.Fund("foundry", new BigDecimal("1e20"))));
        assertThatThrownBy(() -> sessions.submit(nvidia.token(), 1, huge))
                .isInstanceOfSatisfying(PlayException.class, e -> {
                    assertThat(e.reason()).isEqualTo(PlayException.Reason.INVALID_DECISION);
                    assertThat(e.problems()).extracting(PlayException.Problem::ref)
                            .contains(FieldRef.price(), FieldRef.fund("foundry"));
                });
        assertThat(sessions.hasSubmitted(nvidia.token())).isFalse();
    }
}
