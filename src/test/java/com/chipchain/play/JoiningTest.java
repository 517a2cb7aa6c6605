package com.chipchain.play;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Joining a game: readable team names, unique in a game, and a rejoin PIN that brings a team back to its seat. */
class JoiningTest {

    @RegisterExtension
    static final RunningApp app = new RunningApp();
    static final PlayDriver sessions = app.driver();

    static SessionInfo game() {
        return sessions.create(new SessionSettings("classic-beer-game", 2, Map.of(), null, DefaultRule.REPEAT_LAST,
                "base-stock", false, 3L));
    }

    @Test
    void a_team_gets_a_four_digit_pin_that_its_screen_and_the_teacher_can_read() {
        SessionInfo session = game();
        SeatTicket team = sessions.join(session.joinCode(), "Otters", 0, "retailer", "pin-test");
        assertThat(team.rejoinPin()).matches("\\d{4}");
        assertThat(sessions.ticket(team.token()).rejoinPin()).isEqualTo(team.rejoinPin());
        assertThat(sessions.seats(session.id())).filteredOn(s -> "Otters".equals(s.teamName()))
                .extracting(SeatStatus::rejoinPin).containsExactly(team.rejoinPin());
    }

    @Test
    void code_name_and_pin_bring_a_team_back_to_its_own_seat_with_a_new_link() {
        SessionInfo session = game();
        SeatTicket first = sessions.join(session.joinCode(), "Badgers", 1, "factory", "pin-test");
        sessions.join(session.joinCode(), "Others", null, null, "pin-test");

        assertThatThrownBy(() -> sessions.join(session.joinCode(), "badgers", null, null, "pin-test"))
                .isInstanceOfSatisfying(PlayException.class, e -> {
                    assertThat(e.reason()).isEqualTo(PlayException.Reason.NAME_TAKEN);
                    assertThat(e.getMessage()).contains("rejoin PIN");
                });
        String wrong = first.rejoinPin().equals("0000") ? "0001" : "0000";
        assertThatThrownBy(() -> sessions.join(session.joinCode(), "Badgers", null, null, "pin-test", wrong))
                .isInstanceOfSatisfying(PlayException.class, e -> assertThat(e.getMessage()).contains("does not match"));

        SeatTicket back = sessions.join(session.joinCode(), " Badgers ", null, null, "pin-test", first.rejoinPin());
        assertThat(back.chain()).isEqualTo(1);
        assertThat(back.roleId()).isEqualTo("factory");
        assertThat(back.token()).isNotEqualTo(first.token());
        assertThat(sessions.ticket(back.token()).teamName()).isEqualTo("Badgers");
        // the lost link no longer opens the seat: only one key per seat at a time
        assertThatThrownBy(() -> sessions.ticket(first.token())).isInstanceOf(PlayException.class);
        assertThat(sessions.seats(session.id())).filteredOn(s -> s.kind() == SeatStatus.Kind.TEAM).hasSize(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u200B\u200B\u200B", "Bad\u0000Name", "\u202Eevil", "two\nlines", "   ", "",
            "e\u0301\u0301\u0301\u0301\u0301\u0301", "A\u2066B"})
    void names_nobody_can_read_are_refused_with_a_reason(String name) {
        SessionInfo session = game();
        assertThatThrownBy(() -> sessions.join(session.joinCode(), name, null, null, "names-test"))
                .isInstanceOfSatisfying(PlayException.class, e -> {
                    assertThat(e.reason()).isEqualTo(PlayException.Reason.INVALID_INPUT);
                    assertThat(e.getMessage()).startsWith("A team name");
                });
    }

    @Test
    void names_are_stored_in_nfc_and_counted_in_characters() {
        SessionInfo session = game();
        String decomposed = "Cafe\u0301";
        SeatTicket cafe = sessions.join(session.joinCode(), decomposed, null, null, "names-test");
        assertThat(cafe.teamName()).isEqualTo("Caf\u00E9");
        String forty = "😀".repeat(40);   // 40 characters, 80 UTF-16 units
        assertThat(sessions.join(session.joinCode(), forty, null, null, "names-test").teamName()).isEqualTo(forty);
        assertThatThrownBy(() -> sessions.join(session.joinCode(), "😀".repeat(41), null, null, "names-test"))
                .isInstanceOf(PlayException.class);
    }
}
