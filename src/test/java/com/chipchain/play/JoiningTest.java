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

    @Test
    void two_hundred_pin_guesses_from_fresh_browsers_never_take_the_seat_and_the_teacher_sees_it_locked() {
        SessionInfo session = game();
        SeatTicket team = sessions.join(session.joinCode(), "Herons", 0, "wholesaler", "the-herons");
        int right = Integer.parseInt(team.rejoinPin());
        int took = 0;
        for (int guess = 0; guess < 200; guess++) {
            // the right PIN is the tenth guess: by then the seat no longer takes any PIN
            String pin = String.format("%04d", guess == 9 ? right : (right + 1 + guess) % 10_000);
            Visitor fresh = new Visitor("fresh-browser-" + guess, "10.1." + guess / 200 + "." + guess % 200);
            try {
                sessions.join(session.joinCode(), "Herons", fresh, pin);
                took++;
            } catch (PlayException refused) {
                assertThat(refused.key()).isIn("wrong-pin", "pin-locked");
            }
        }
        assertThat(took).as("guesses that took the seat").isZero();
        assertThat(sessions.ticket(team.token()).teamName()).as("the team's own link still works").isEqualTo("Herons");
        assertThat(sessions.seats(session.id())).filteredOn(s -> "Herons".equals(s.teamName()))
                .extracting(SeatStatus::pinLocked).containsExactly(true);
        assertThatThrownBy(() -> sessions.join(session.joinCode(), "Herons", null, null, "the-herons", team.rejoinPin()))
                .as("even the right PIN waits for the teacher")
                .isInstanceOfSatisfying(PlayException.class, e -> assertThat(e.getMessage()).contains("Ask your teacher"));

        sessions.unlockPin(session.id(), 0, "wholesaler");
        assertThat(sessions.join(session.joinCode(), "Herons", null, null, "the-herons", team.rejoinPin()).roleId())
                .isEqualTo("wholesaler");
    }

    @Test
    void a_new_pin_from_the_teacher_works_at_once_and_the_old_one_no_longer_does() {
        SessionInfo session = game();
        SeatTicket team = sessions.join(session.joinCode(), "Egrets", 1, "retailer", "the-egrets");
        sessions.newPin(session.id(), 1, "retailer");
        String fresh = sessions.seats(session.id()).stream().filter(s -> "Egrets".equals(s.teamName()))
                .findFirst().orElseThrow().rejoinPin();
        if (!fresh.equals(team.rejoinPin())) {
            assertThatThrownBy(() -> sessions.join(session.joinCode(), "Egrets", null, null, "the-egrets", team.rejoinPin()))
                    .isInstanceOf(PlayException.class);
        }
        assertThat(sessions.join(session.joinCode(), "Egrets", null, null, "the-egrets", fresh).chain()).isEqualTo(1);
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
