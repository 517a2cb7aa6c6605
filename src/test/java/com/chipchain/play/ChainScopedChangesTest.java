package com.chipchain.play;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A team's screen hears its own chain's changes and the session's, never another chain's: in a
 * workshop of 40 chains a submission redraws the five screens of its chain and the room's screens,
 * not all 200 (docs/performance.md, "A workshop of 200").
 */
class ChainScopedChangesTest {

    @RegisterExtension
    static final RunningApp app = new RunningApp();
    static final PlayDriver sessions = app.driver();

    private static void awaitQuiet() throws InterruptedException {
        TimeUnit.MILLISECONDS.sleep(400); // deliveries run on the broadcaster's own threads
    }

    @Test
    void a_teams_screen_hears_its_own_chain_at_once_and_other_chains_at_a_pace() throws Exception {
        SessionBroadcaster broadcaster = app.context().getBean(SessionBroadcaster.class);
        String session = "scope-" + java.util.UUID.randomUUID();
        List<SessionChange> chain0 = new CopyOnWriteArrayList<>();
        List<SessionChange> room = new CopyOnWriteArrayList<>();
        try (var a = broadcaster.subscribe(session, 0, false, chain0::add);
             var c = broadcaster.subscribe(session, room::add)) {
            // ten submissions in other chains over a second: a team's screen redraws for them once
            // (its count of the class's teams that have submitted), the room's screen hears them as they come
            for (int chain = 1; chain <= 10; chain++) {
                broadcaster.publishLocally(new SessionChange(session, SessionChange.Kind.SUBMITTED, 1, chain));
                TimeUnit.MILLISECONDS.sleep(100);
            }
            assertThat(chain0).hasSizeLessThanOrEqualTo(1);
            assertThat(room).isNotEmpty();
            // its own chain's submission comes at once, inside the pace of the others
            long sent = System.currentTimeMillis();
            broadcaster.publishLocally(new SessionChange(session, SessionChange.Kind.SUBMITTED, 1, 0));
            while (chain0.stream().noneMatch(ch -> Integer.valueOf(0).equals(ch.chain()))
                    && System.currentTimeMillis() < sent + SessionBroadcaster.OTHER_CHAINS_PACE_MS) {
                TimeUnit.MILLISECONDS.sleep(5);
            }
            assertThat(System.currentTimeMillis() - sent).isLessThan(SessionBroadcaster.OTHER_CHAINS_PACE_MS / 4);
            TimeUnit.MILLISECONDS.sleep(SessionBroadcaster.OTHER_CHAINS_PACE_MS + 300);
            assertThat(chain0).hasSizeLessThanOrEqualTo(3);

            // a burst of its own chain's submissions: the first at once, the rest in one redraw a second later
            chain0.clear();
            long burst = System.currentTimeMillis();
            for (int seat = 0; seat < 4; seat++) {
                broadcaster.publishLocally(new SessionChange(session, SessionChange.Kind.SUBMITTED, 1, 0));
                TimeUnit.MILLISECONDS.sleep(50);
            }
            TimeUnit.MILLISECONDS.sleep(SessionBroadcaster.OWN_CHAIN_PACE_MS + 300);
            assertThat(chain0).as("redraws for four submissions of its chain within 200 ms").hasSize(2);
            // and the turn those submissions close comes at once, inside the pace
            broadcaster.publishLocally(new SessionChange(session, SessionChange.Kind.SUBMITTED, 1, 0));
            long closing = System.currentTimeMillis();
            broadcaster.publishLocally(new SessionChange(session, SessionChange.Kind.TURN_RESOLVED, 2));
            while (chain0.stream().noneMatch(ch -> ch.kind() == SessionChange.Kind.TURN_RESOLVED)
                    && System.currentTimeMillis() < closing + SessionBroadcaster.OWN_CHAIN_PACE_MS) {
                TimeUnit.MILLISECONDS.sleep(5);
            }
            assertThat(System.currentTimeMillis() - closing).as("ms to the new turn, %d ms after the burst began", closing - burst)
                    .isLessThan(SessionBroadcaster.OWN_CHAIN_PACE_MS / 4);
        }
    }

    @Test
    void a_turn_waiting_for_a_teams_screen_does_not_give_way_to_another_chains_submission() throws Exception {
        SessionBroadcaster broadcaster = app.context().getBean(SessionBroadcaster.class);
        String busy = "busy-" + java.util.UUID.randomUUID();
        String session = "keep-" + java.util.UUID.randomUUID();
        // every delivery thread busy with other screens, as in a workshop's turn change
        int deliveryThreads = Math.max(2, Runtime.getRuntime().availableProcessors());
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch busyThreads = new java.util.concurrent.CountDownLatch(deliveryThreads);
        List<SessionBroadcaster.Registration> blockers = new java.util.ArrayList<>();
        for (int i = 0; i < 2 * deliveryThreads; i++) {
            blockers.add(broadcaster.subscribe(busy, change -> {
                busyThreads.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        List<SessionChange> heard = new CopyOnWriteArrayList<>();
        try (var screen = broadcaster.subscribe(session, 0, false, heard::add)) {
            broadcaster.publishLocally(new SessionChange(busy, SessionChange.Kind.BROADCAST, 1));
            assertThat(busyThreads.await(5, TimeUnit.SECONDS)).isTrue();
            // the turn resolves, and a quick team of chain 8 submits the next turn before this screen was redrawn
            broadcaster.publishLocally(new SessionChange(session, SessionChange.Kind.TURN_RESOLVED, 2));
            broadcaster.publishLocally(new SessionChange(session, SessionChange.Kind.SUBMITTED, 2, 7));
            release.countDown();
            long until = System.currentTimeMillis() + 5_000;
            while (heard.isEmpty() && System.currentTimeMillis() < until) {
                TimeUnit.MILLISECONDS.sleep(5);
            }
            assertThat(heard).as("the screen redraws whole for the new turn, not only its class count")
                    .first().extracting(SessionChange::kind).isEqualTo(SessionChange.Kind.TURN_RESOLVED);
        } finally {
            release.countDown();
            blockers.forEach(SessionBroadcaster.Registration::close);
        }
    }

    @Test
    void a_submission_and_a_message_to_a_chain_say_which_chain_they_concern() throws Exception {
        SessionInfo session = sessions.create(new SessionSettings("classic-beer-game", 3,
                Map.of("wholesaler", "base-stock", "distributor", "base-stock", "factory", "base-stock"),
                null, DefaultRule.REPEAT_LAST, "base-stock", false, 3L));
        SeatTicket first = sessions.join(session.joinCode(), "First", 0, "retailer", "scope-a");
        sessions.join(session.joinCode(), "Second", 1, "retailer", "scope-b");
        sessions.start(session.id());
        SessionBroadcaster broadcaster = app.context().getBean(SessionBroadcaster.class);
        List<SessionChange> room = new CopyOnWriteArrayList<>();
        try (var c = broadcaster.subscribe(session.id(), room::add)) {
            sessions.submit(first.token(), 1, ClassroomGameTest.retailOrder(4));
            awaitQuiet();
            assertThat(room).singleElement().satisfies(ch -> {
                assertThat(ch.kind()).isEqualTo(SessionChange.Kind.SUBMITTED);
                assertThat(ch.chain()).isZero();
            });
            assertThat(room.get(0).concerns(0)).isTrue();
            assertThat(room.get(0).concerns(1)).isFalse();
            sessions.messageChain(session.id(), 1, "Chain 2 only");
            awaitQuiet();
            assertThat(room).last().satisfies(ch -> assertThat(ch.chain()).isEqualTo(1));
            // what concerns the whole session names no chain: a message to the class, a resolved turn
            sessions.broadcast(session.id(), "Everyone");
            sessions.closeTurnNow(session.id());
            awaitQuiet();
            assertThat(room.subList(2, room.size())).extracting(SessionChange::chain).containsOnlyNulls();
            assertThat(room).extracting(SessionChange::kind).contains(SessionChange.Kind.TURN_RESOLVED);
        }
    }

    @Test
    void a_rooms_screen_redraws_for_a_burst_of_submissions_at_its_pace_and_for_a_turn_at_once() throws Exception {
        SessionBroadcaster broadcaster = app.context().getBean(SessionBroadcaster.class);
        String session = "pace-" + java.util.UUID.randomUUID();
        List<SessionChange> console = new CopyOnWriteArrayList<>();
        try (var c = broadcaster.subscribe(session, null, true, console::add)) {
            // forty submissions within a few milliseconds: the first at once, the rest in one redraw at the end of the pace
            for (int chain = 0; chain < 40; chain++) {
                broadcaster.publishLocally(new SessionChange(session, SessionChange.Kind.SUBMITTED, 1, chain));
            }
            TimeUnit.MILLISECONDS.sleep(SessionBroadcaster.PACE_MS + 300);
            assertThat(console).hasSizeBetween(1, 2);
            assertThat(console).last().extracting(SessionChange::chain).isEqualTo(39);
            // the turn that closes reaches the console at once, even within the pace of a submission
            TimeUnit.MILLISECONDS.sleep(2 * SessionBroadcaster.PACE_MS);
            broadcaster.publishLocally(new SessionChange(session, SessionChange.Kind.SUBMITTED, 2, 0));
            TimeUnit.MILLISECONDS.sleep(50);
            console.clear();
            // this one waits for the pace (about 450 ms)...
            broadcaster.publishLocally(new SessionChange(session, SessionChange.Kind.SUBMITTED, 2, 1));
            long closing = System.currentTimeMillis();
            broadcaster.publishLocally(new SessionChange(session, SessionChange.Kind.TURN_RESOLVED, 3));
            while (console.stream().noneMatch(ch -> ch.kind() == SessionChange.Kind.TURN_RESOLVED)
                    && System.currentTimeMillis() < closing + SessionBroadcaster.PACE_MS) {
                TimeUnit.MILLISECONDS.sleep(5);
            }
            // ...the turn does not
            assertThat(System.currentTimeMillis() - closing).isLessThan(SessionBroadcaster.PACE_MS / 2);
            assertThat(console).extracting(SessionChange::kind).contains(SessionChange.Kind.TURN_RESOLVED);
        }
    }
}
