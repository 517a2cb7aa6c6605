package com.chipchain.play;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.chipchain.engine.GameEvent;
import com.chipchain.engine.SeatView;
import com.chipchain.engine.TurnReport;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Sessions, seats and turns on the real application and the real H2 database. */
class ClassroomGameTest {

    @RegisterExtension
    static final RunningApp app = new RunningApp();
    static final PlayDriver sessions = app.driver();

    static JdbcClient jdbc() {
        return app.getBean(JdbcClient.class);
    }

    static final PlayTestSupport.MovableClock CLOCK = PlayTestSupport.TestClock.CLOCK;

    static SessionInfo classic(int chains, Integer timer, DefaultRule rule) {
        return sessions.create(new SessionSettings("classic-beer-game", chains,
                Map.of("wholesaler", "sterman", "distributor", "base-stock", "factory", "base-stock"),
                timer, rule, "base-stock", false, 11L));
    }

    static DecisionInput retailOrder(long quantity) {
        return new DecisionInput(List.of(new DecisionInput.Order("beer", "retail-store", quantity, false)),
                List.of(), List.of(), null, List.of());
    }

    static int count(String sql, Object... params) {
        return jdbc().sql(sql).params(params).query(Integer.class).single();
    }

    @Test
    void a_two_chain_game_with_teams_and_bots_plays_to_the_end_and_ranks_the_chains() {
        SessionInfo session = classic(2, null, DefaultRule.REPEAT_LAST);
        SeatTicket north = sessions.join(session.joinCode(), "North", null, null, "test");
        SeatTicket south = sessions.join(session.joinCode().toLowerCase(), "South", null, null, "test");
        assertThat(north.chain()).isZero();
        assertThat(north.roleId()).isEqualTo("retailer");
        assertThat(south.chain()).isEqualTo(1);
        sessions.start(session.id());

        for (int turn = 1; turn <= 36; turn++) {
            SessionInfo before = sessions.info(session.id());
            assertThat(before.turn()).isEqualTo(turn);
            sessions.submit(north.token(), turn, retailOrder(8));
            assertThat(sessions.info(session.id()).turn()).as("waits for every team").isEqualTo(turn);
            sessions.submit(south.token(), turn, retailOrder(turn < 10 ? 4 : 12));
        }
        SessionInfo over = sessions.info(session.id());
        assertThat(over.status()).isEqualTo(SessionStatus.FINISHED);
        assertThat(count("SELECT COUNT(*) FROM turn_record WHERE session_id = ?", session.id())).isEqualTo(72);

        List<LeaderboardEntry> board = sessions.leaderboard(session.id());
        assertThat(board).hasSize(2);
        assertThat(board.get(0).chainScore()).isGreaterThanOrEqualTo(board.get(1).chainScore());
        assertThat(board).allSatisfy(entry -> {
            assertThat(entry.botScore()).isNotNull();
            assertThat(entry.versus().benchmark()).isNotNull();
            assertThat(entry.teamNames()).containsEntry("wholesaler", "bot: sterman");
        });
        assertThat(board).extracting(e -> e.teamNames().get("retailer")).containsExactlyInAnyOrder("North", "South");
        // the two chains played different orders, so their books differ
        assertThat(board.get(0).teamProfits()).isNotEqualTo(board.get(1).teamProfits());
    }

    @Nested
    class Seats_and_tokens {

        @Test
        void a_forged_token_is_refused_and_changes_nothing() {
            SessionInfo session = classic(1, null, DefaultRule.REPEAT_LAST);
            sessions.join(session.joinCode(), "Team", null, null, "test");
            sessions.start(session.id());
            assertThatThrownBy(() -> sessions.submit("forged-token", 1, retailOrder(4)))
                    .isInstanceOf(PlayException.class)
                    .hasMessageContaining("This seat link is not valid")
                    .satisfies(e -> assertThat(((PlayException) e).reason()).isEqualTo(PlayException.Reason.NOT_ALLOWED));
            assertThatThrownBy(() -> sessions.seatView("")).isInstanceOf(PlayException.class);
            assertThat(count("SELECT COUNT(*) FROM submission WHERE session_id = ?", session.id())).isZero();
        }

        @Test
        void a_token_acts_only_for_its_own_seat_and_sees_only_its_own_chain() {
            SessionInfo session = classic(2, null, DefaultRule.REPEAT_LAST);
            SeatTicket a = sessions.join(session.joinCode(), "A", 0, "retailer", "test");
            SeatTicket b = sessions.join(session.joinCode(), "B", 1, "retailer", "test");
            sessions.start(session.id());
            sessions.submit(a.token(), 1, retailOrder(4));
            // B's token submits for B's seat only: A's seat is already in and B's is not
            sessions.submit(b.token(), 1, retailOrder(6));
            assertThat(count("SELECT COUNT(*) FROM submission WHERE session_id = ? AND chain_index = 1", session.id())).isEqualTo(1);
            SeatView view = sessions.seatView(a.token());
            assertThat(view.scenario().role(view.role()).id()).isEqualTo("retailer");
            assertThatThrownBy(() -> view.inventory(view.scenario().siteIndex("wholesale-warehouse"), 0))
                    .hasMessageContaining("belongs to another seat");
        }

        @Test
        void a_team_can_rejoin_its_seat_with_its_token_from_another_browser() {
            SessionInfo session = classic(1, null, DefaultRule.REPEAT_LAST);
            SeatTicket ticket = sessions.join(session.joinCode(), "Comets", null, null, "test");
            SeatTicket again = sessions.rejoin(ticket.token());
            assertThat(again.chain()).isEqualTo(ticket.chain());
            assertThat(again.roleId()).isEqualTo("retailer");
            assertThat(again.teamName()).isEqualTo("Comets");
        }

        @Test
        void a_taken_seat_cannot_be_taken_again_and_a_full_game_says_so() {
            SessionInfo session = classic(1, null, DefaultRule.REPEAT_LAST);
            sessions.join(session.joinCode(), "First", 0, "retailer", "test");
            assertThatThrownBy(() -> sessions.join(session.joinCode(), "Second", 0, "retailer", "test"))
                    .hasMessage("That seat is not free. Pick another one.");
            assertThatThrownBy(() -> sessions.join(session.joinCode(), "Third", null, null, "test"))
                    .hasMessageContaining("Every seat of this game is taken");
        }

        @Test
        void wrong_join_codes_are_rate_limited_per_device() {
            SessionInfo session = classic(1, null, DefaultRule.REPEAT_LAST);
            for (int i = 0; i < JoinGuard.WRONG_PER_DEVICE_PER_MINUTE; i++) {
                String wrong = "WRONG" + (char) ('A' + i);
                assertThatThrownBy(() -> sessions.join(wrong, "Guess", null, null, "guesser"))
                        .hasMessageContaining("There is no game with the code " + wrong);
            }
            assertThatThrownBy(() -> sessions.join(session.joinCode(), "Guess", null, null, "guesser"))
                    .satisfies(e -> assertThat(((PlayException) e).reason()).isEqualTo(PlayException.Reason.TOO_MANY_ATTEMPTS));
            assertThat(sessions.join(session.joinCode(), "Honest", null, null, "another-device").roleId()).isEqualTo("retailer");
            CLOCK.advance(Duration.ofSeconds(61));
            assertThatThrownBy(() -> sessions.join(session.joinCode(), "Guess", null, null, "guesser"))
                    .hasMessageContaining("Every seat of this game is taken");
        }

        @Test
        void a_class_behind_one_address_is_never_locked_out_and_a_typo_counts_once() {
            SessionInfo session = classic(1, null, DefaultRule.REPEAT_LAST);
            // the form looks the code up while it is typed and again on Join: the same wrong code counts once
            for (int i = 0; i < 3 * JoinGuard.WRONG_PER_DEVICE_PER_MINUTE; i++) {
                assertThatThrownBy(() -> sessions.openSeats("TYPOED", "typist")).hasMessageContaining("no game");
                assertThatThrownBy(() -> sessions.join("TYPOED", "Typist", null, null, "typist")).hasMessageContaining("no game");
            }
            assertThat(sessions.openSeats(session.joinCode(), "typist")).isNotEmpty();
            // five wrong clicks on one browser of the school network do not lock out the next browser there
            for (int i = 0; i < 5; i++) {
                String wrong = "NATNA" + (char) ('A' + i);
                assertThatThrownBy(() -> sessions.join(wrong, "Guess", null, null, "nat-browser-1")).hasMessageContaining("no game");
            }
            assertThat(sessions.join(session.joinCode(), "Next browser", null, null, "nat-browser-2").roleId()).isEqualTo("retailer");
        }

        @Test
        void the_join_form_lists_the_open_seats_and_a_team_can_pick_one() {
            SessionInfo session = classic(2, null, DefaultRule.REPEAT_LAST);
            assertThat(sessions.openSeats(session.joinCode(), "picker"))
                    .extracting(SeatDesk.OpenSeat::chain, SeatDesk.OpenSeat::roleId)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(0, "retailer"), org.assertj.core.groups.Tuple.tuple(1, "retailer"));
            SeatTicket picked = sessions.join(session.joinCode(), "Picky", 1, "retailer", "picker");
            assertThat(picked.chain()).isEqualTo(1);
            assertThat(sessions.openSeats(session.joinCode(), "picker")).extracting(SeatDesk.OpenSeat::chain).containsExactly(0);
            assertThatThrownBy(() -> sessions.openSeats("NOPE99", "picker")).hasMessageContaining("There is no game with the code NOPE99");
        }

        @Test
        void a_team_name_is_required() {
            SessionInfo session = classic(1, null, DefaultRule.REPEAT_LAST);
            assertThatThrownBy(() -> sessions.join(session.joinCode(), "  ", null, null, "test"))
                    .hasMessage("A team name must have 1 to 40 characters.");
        }
    }

    @Nested
    class Submissions {

        @Test
        void a_double_submit_changes_nothing_and_says_the_decision_is_locked() {
            SessionInfo session = sessions.create(new SessionSettings("made-in-america-2025", 1, Map.of(),
                    null, DefaultRule.REPEAT_LAST, "base-stock", false, 3L));
            SeatTicket nvidia = sessions.join(session.joinCode(), "Green", 0, "nvidia", "test");
            sessions.join(session.joinCode(), "Chips", 0, "foundry", "test");
            sessions.start(session.id());
            DecisionInput first = new DecisionInput(List.of(new DecisionInput.Order("system", "nvidia-us", 1600, false)),
                    List.of(), List.of(), new BigDecimal("38.00"), List.of());
            sessions.submit(nvidia.token(), 1, first);
            assertThatThrownBy(() -> sessions.submit(nvidia.token(), 1, retailOrder(1)))
                    .satisfies(e -> assertThat(((PlayException) e).reason()).isEqualTo(PlayException.Reason.ALREADY_SUBMITTED))
                    .hasMessageContaining("already in and locked");
            assertThat(jdbc().sql("SELECT decision_json FROM submission WHERE session_id = ?").param(session.id())
                    .query(String.class).single()).contains("1600").contains("38.00");
            assertThat(sessions.hasSubmitted(nvidia.token())).isTrue();
        }

        @Test
        void a_stale_decision_is_refused() {
            SessionInfo session = classic(1, null, DefaultRule.REPEAT_LAST);
            SeatTicket team = sessions.join(session.joinCode(), "Late", null, null, "test");
            sessions.start(session.id());
            assertThatThrownBy(() -> sessions.submit(team.token(), 2, retailOrder(4)))
                    .satisfies(e -> assertThat(((PlayException) e).reason()).isEqualTo(PlayException.Reason.STALE_TURN))
                    .hasMessageContaining("for turn 2 but turn 1 is being played");
        }

        @Test
        void a_wrong_number_names_the_field_and_the_allowed_range_and_nothing_is_stored() {
            SessionInfo session = classic(1, null, DefaultRule.REPEAT_LAST);
            SeatTicket team = sessions.join(session.joinCode(), "Typo", null, null, "test");
            sessions.start(session.id());
            assertThatThrownBy(() -> sessions.submit(team.token(), 1, retailOrder(-3)))
                    .satisfies(e -> {
                        PlayException refused = (PlayException) e;
                        assertThat(refused.reason()).isEqualTo(PlayException.Reason.INVALID_DECISION);
                        assertThat(refused.problems()).singleElement().satisfies(p -> {
                            assertThat(p.field()).isEqualTo("orders[0].quantity");
                            assertThat(p.message()).isEqualTo("must be a whole number from 0 to 10000");
                        });
                    });
            assertThat(count("SELECT COUNT(*) FROM submission WHERE session_id = ?", session.id())).isZero();
        }

        @Test
        void decisions_wait_while_the_game_is_paused_or_not_started() {
            SessionInfo session = classic(1, null, DefaultRule.REPEAT_LAST);
            SeatTicket team = sessions.join(session.joinCode(), "Eager", null, null, "test");
            assertThatThrownBy(() -> sessions.submit(team.token(), 1, retailOrder(4))).hasMessage("The game has not started yet.");
            sessions.start(session.id());
            sessions.pause(session.id());
            assertThatThrownBy(() -> sessions.submit(team.token(), 1, retailOrder(4))).hasMessageContaining("paused");
            sessions.resume(session.id());
            sessions.submit(team.token(), 1, retailOrder(4));
            assertThat(sessions.info(session.id()).turn()).isEqualTo(2);
        }
    }

    @Nested
    class Timer_and_defaults {

        @Test
        void when_the_timer_runs_out_a_silent_team_repeats_its_last_decision() {
            SessionInfo session = sessions.create(new SessionSettings("made-in-america-2025", 1, Map.of(),
                    60, DefaultRule.REPEAT_LAST, "base-stock", false, 5L));
            SeatTicket nvidia = sessions.join(session.joinCode(), "Green", 0, "nvidia", "test");
            sessions.start(session.id());
            DecisionInput turn1 = new DecisionInput(List.of(new DecisionInput.Order("system", "nvidia-us", 1777, false)),
                    List.of(), List.of(), new BigDecimal("39.00"), List.of());
            sessions.submit(nvidia.token(), 1, turn1);
            assertThat(sessions.info(session.id()).turn()).isEqualTo(2);

            CLOCK.advance(Duration.ofSeconds(59));
            sessions.closeExpiredTurns();
            assertThat(sessions.info(session.id()).turn()).as("not yet").isEqualTo(2);
            CLOCK.advance(Duration.ofSeconds(2));
            sessions.closeExpiredTurns();
            assertThat(sessions.info(session.id()).turn()).isEqualTo(3);
            String turn2 = jdbc().sql("SELECT decisions_json FROM turn_record WHERE session_id = ? AND turn = 2")
                    .param(session.id()).query(String.class).single();
            assertThat(turn2).contains("\"quantity\":1777").contains("39.00");
            assertThat(jdbc().sql("SELECT defaulted FROM turn_record WHERE session_id = ? AND turn = 2")
                    .param(session.id()).query(String.class).single()).isEqualTo("nvidia");
        }

        @Test
        void when_the_timer_runs_out_a_bot_can_take_over_a_silent_team() {
            SessionInfo session = sessions.create(new SessionSettings("made-in-america-2025", 1, Map.of(),
                    30, DefaultRule.BOT, "naive", false, 5L));
            SeatTicket nvidia = sessions.join(session.joinCode(), "Green", 0, "nvidia", "test");
            sessions.start(session.id());
            sessions.submit(nvidia.token(), 1, new DecisionInput(List.of(new DecisionInput.Order("system", "nvidia-us", 1777, false)),
                    List.of(), List.of(), null, List.of()));
            long demandSeen = sessions.seatView(nvidia.token()).lastDemandReceived();
            CLOCK.advance(Duration.ofSeconds(31));
            sessions.closeExpiredTurns();
            String turn2 = jdbc().sql("SELECT decisions_json FROM turn_record WHERE session_id = ? AND turn = 2")
                    .param(session.id()).query(String.class).single();
            // the naive bot orders what it was just asked for: last turn's end demand
            assertThat(turn2).contains("\"quantity\":" + demandSeen).doesNotContain("1777");
        }

        @Test
        void pausing_keeps_the_time_left() {
            SessionInfo session = classic(1, 100, DefaultRule.REPEAT_LAST);
            sessions.join(session.joinCode(), "Slow", null, null, "test");
            sessions.start(session.id());
            CLOCK.advance(Duration.ofSeconds(40));
            SessionInfo paused = sessions.pause(session.id());
            assertThat(paused.pausedRemainingMillis()).isEqualTo(60_000L);
            CLOCK.advance(Duration.ofHours(1));
            sessions.closeExpiredTurns();
            SessionInfo resumed = sessions.resume(session.id());
            assertThat(resumed.turn()).isEqualTo(1);
            assertThat(resumed.turnDeadline()).isEqualTo(CLOCK.instant().plusSeconds(60));
        }

        @Test
        void the_facilitator_can_close_a_turn_early() {
            SessionInfo session = classic(1, null, DefaultRule.REPEAT_LAST);
            sessions.join(session.joinCode(), "Absent", null, null, "test");
            sessions.start(session.id());
            assertThat(sessions.closeTurnNow(session.id()).turn()).isEqualTo(2);
        }
    }

    @Nested
    class Facilitator {

        @Test
        void an_injected_tariff_shock_is_news_next_turn_and_shows_in_the_buyers_costs() {
            SessionInfo session = sessions.create(new SessionSettings("made-in-america-2025", 1, Map.of(),
                    null, DefaultRule.REPEAT_LAST, "base-stock", false, 9L));
            SeatTicket nvidia = sessions.join(session.joinCode(), "Green", 0, "nvidia", "test");
            sessions.start(session.id());
            sessions.inject(session.id(), new ShockInput("tariff", "system", "MX", List.of(), 40, 0,
                    "A 40% tariff hits Mexican servers.", "멕시코산 서버에 40% 관세."));
            sessions.submit(nvidia.token(), 1, new DecisionInput(List.of(new DecisionInput.Order("system", "nvidia-us", 1500, false)),
                    List.of(), List.of(), null, List.of()));
            List<TurnReport> history = sessions.history(nvidia.token());
            TurnReport turn1 = history.get(0);
            assertThat(turn1.events()).extracting(GameEvent::source).contains(GameEvent.Source.FACILITATOR);
            assertThat(turn1.events()).extracting(e -> e.news().ko()).contains("멕시코산 서버에 40% 관세.");
            // 1,500 Mexican systems already on their way land at NVIDIA's US site: 40% of 1,500 x 20.00
            assertThat(turn1.seats().get(4).costs().tariffs()).isEqualTo(1500L * 2000 * 40 / 100);
        }

        @Test
        void a_bad_shock_is_refused_with_what_to_fix() {
            SessionInfo session = classic(1, null, DefaultRule.REPEAT_LAST);
            assertThatThrownBy(() -> sessions.inject(session.id(), new ShockInput("meteor", null, null, List.of(), 0, 0, "x", "x")))
                    .hasMessage("A shock is a tariff, a demand change or a disruption.");
            assertThatThrownBy(() -> sessions.inject(session.id(), new ShockInput("demand", null, null, List.of(), 20, 1, "", "")))
                    .hasMessage("Write the news players will read about the shock.");
        }

        @Test
        void messages_and_visibility_reach_every_screen_of_the_session() {
            SessionInfo session = classic(1, null, DefaultRule.REPEAT_LAST);
            List<SessionChange> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
            try (var registration = app.getBean(SessionBroadcaster.class).subscribe(session.id(), heard::add)) {
                sessions.broadcast(session.id(), "Five minutes left!");
                sessions.setSharedDemand(session.id(), true);
                // delivered off the committing thread; a screen with a delivery pending hears only the newest change
                long until = System.nanoTime() + 5_000_000_000L;
                while (heard.stream().noneMatch(c -> c.kind() == SessionChange.Kind.VISIBILITY) && System.nanoTime() < until) {
                    Thread.onSpinWait();
                }
            }
            sessions.broadcast(session.id(), "Not heard: unsubscribed");
            assertThat(heard).extracting(SessionChange::kind)
                    .isSubsetOf(SessionChange.Kind.BROADCAST, SessionChange.Kind.VISIBILITY)
                    .endsWith(SessionChange.Kind.VISIBILITY);
            assertThat(sessions.broadcasts(session.id())).containsExactly("Five minutes left!", "Not heard: unsubscribed");
            assertThat(sessions.info(session.id()).sharedDemand()).isTrue();
        }
    }
}
