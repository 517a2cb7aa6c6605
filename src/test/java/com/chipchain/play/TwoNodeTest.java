package com.chipchain.play;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two app nodes on one PostgreSQL database (runs when the play tests run on PostgreSQL, as in CI):
 * a submission made on node A reaches a screen on node B within a second through LISTEN/NOTIFY,
 * and node B then resolves the next turn on the state node A left, not on a stale copy.
 */
class TwoNodeTest {

    static DecisionInput retailOrder(long quantity) {
        return new DecisionInput(List.of(new DecisionInput.Order("beer", "retail-store", quantity, false)),
                List.of(), List.of(), null, List.of());
    }

    @Test
    void a_change_on_one_node_reaches_screens_on_the_other_within_a_second() throws Exception {
        assumeTrue(System.getProperty("chipchain.test.db-url", "").startsWith("jdbc:postgresql:"),
                "two nodes need a shared PostgreSQL database");
        ConfigurableApplicationContext nodeA = PlayTestSupport.start(PlayTestSupport.newDatabase());
        ConfigurableApplicationContext nodeB = PlayTestSupport.start(PlayTestSupport.newDatabase());
        try {
            PlayDriver sessionsA = PlayDriver.of(nodeA);
            PlayDriver sessionsB = PlayDriver.of(nodeB);
            SessionInfo session = sessionsA.create(new SessionSettings("classic-beer-game", 2, Map.of(), null,
                    DefaultRule.REPEAT_LAST, "base-stock", false, 7L));
            SeatTicket north = sessionsA.join(session.joinCode(), "North", 0, "retailer", "node-a");
            SeatTicket south = sessionsB.join(session.joinCode(), "South", 1, "retailer", "node-b");
            sessionsA.start(session.id());

            List<SessionChange> heardOnB = new CopyOnWriteArrayList<>();
            try (var screen = nodeB.getBean(SessionBroadcaster.class).subscribe(session.id(), heardOnB::add)) {
                long submitted = System.nanoTime();
                sessionsA.submit(north.token(), 1, retailOrder(4));
                while (heardOnB.stream().noneMatch(c -> c.kind() == SessionChange.Kind.SUBMITTED)
                        && System.nanoTime() - submitted < TimeUnit.SECONDS.toNanos(5)) {
                    Thread.sleep(10);
                }
                long elapsedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - submitted);
                assertThat(heardOnB).extracting(SessionChange::kind).contains(SessionChange.Kind.SUBMITTED);
                assertThat(elapsedMs).as("ms from node A's submit to node B's screen").isLessThan(1000);
                assertThat(sessionsB.seats(session.id())).filteredOn(SeatStatus::submitted)
                        .extracting(SeatStatus::teamName).containsExactly("North");
            }

            // node B closes turn 1 and resolves turn 2 on what node A left behind
            sessionsB.submit(south.token(), 1, retailOrder(8));
            assertThat(sessionsA.info(session.id()).turn()).isEqualTo(2);
            sessionsA.submit(north.token(), 2, retailOrder(5));
            sessionsB.submit(south.token(), 2, retailOrder(6));
            assertThat(sessionsB.info(session.id()).turn()).isEqualTo(3);
            assertThat(sessionsA.leaderboard(session.id())).isEqualTo(sessionsB.leaderboard(session.id()));
        } finally {
            nodeB.close();
            nodeA.close();
        }
    }
}
