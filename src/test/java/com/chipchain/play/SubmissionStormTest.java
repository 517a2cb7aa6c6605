package com.chipchain.play;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The storm: 40 teams submit at the same moment while each has a screen subscribed that rebuilds
 * itself on every change, as a browser would. Every submission is acknowledged, every screen
 * reaches the next turn, and nothing waits on a lock (docs/performance.md).
 */
class SubmissionStormTest {

    static ConfigurableApplicationContext app;
    static final ListAppender<ILoggingEvent> LOG = new ListAppender<>();

    /** Counts rows written by the threads that refresh screens: there must be none. */
    public static final class ScreenWrites implements org.h2.api.Trigger {
        static final java.util.concurrent.atomic.AtomicInteger COUNT = new java.util.concurrent.atomic.AtomicInteger();

        @Override
        public void fire(java.sql.Connection connection, Object[] oldRow, Object[] newRow) {
            if (Thread.currentThread().getName().startsWith("chipchain-push")) {
                COUNT.incrementAndGet();
            }
        }
    }

    @BeforeAll
    static void start() {
        app = PlayTestSupport.start(PlayTestSupport.newDatabase());
        org.springframework.jdbc.core.simple.JdbcClient jdbc = app.getBean(org.springframework.jdbc.core.simple.JdbcClient.class);
        // H2 calls a Java trigger on the writing thread; on another database the count stays 0 (not checked)
        List<String> tables = System.getProperty("chipchain.test.db-url") == null
                ? List.of("game_session", "seat", "submission", "injected_event", "turn_record", "broadcast") : List.of();
        for (String table : tables) {
            jdbc.sql("CREATE TRIGGER screen_writes_" + table + " AFTER INSERT, UPDATE, DELETE ON " + table
                    + " FOR EACH ROW CALL \"" + ScreenWrites.class.getName() + "\"").update();
        }
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        LOG.start();
        root.addAppender(LOG);
    }

    @AfterAll
    static void stop() {
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(LOG);
        app.close();
    }

    @Test
    void forty_teams_submit_at_once_and_every_screen_gets_the_next_turn_without_a_lock_wait() throws Exception {
        PlayDriver sessions = PlayDriver.of(app);
        ScreenService screens = app.getBean(ScreenService.class);
        SessionBroadcaster broadcaster = app.getBean(SessionBroadcaster.class);
        SessionInfo session = sessions.create(new SessionSettings("classic-beer-game", 10, Map.of(), null,
                DefaultRule.REPEAT_LAST, "base-stock", false, 1L));
        List<SeatTicket> teams = new ArrayList<>();
        for (int team = 0; team < 40; team++) {
            teams.add(sessions.join(session.joinCode(), "Team " + team, null, null, "storm"));
        }
        sessions.start(session.id());

        // every team's screen: rebuilt from the service on each change, like PlayerView.refresh
        Map<String, Integer> shownTurn = new ConcurrentHashMap<>();
        List<Throwable> screenFailures = new CopyOnWriteArrayList<>();
        List<SessionBroadcaster.Registration> registrations = new ArrayList<>();
        for (SeatTicket team : teams) {
            registrations.add(broadcaster.subscribe(session.id(), change -> {
                try {
                    shownTurn.put(team.token(), screens.seat(team.token()).turn());
                    sessions.heartbeat(team.token());
                } catch (RuntimeException e) {
                    screenFailures.add(e);
                }
            }));
        }

        ExecutorService pool = Executors.newFixedThreadPool(40);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<SessionInfo>> acks = new ArrayList<>();
        for (SeatTicket team : teams) {
            String product = "beer";
            String site = switch (team.roleId()) {
                case "retailer" -> "retail-store";
                case "wholesaler" -> "wholesale-warehouse";
                case "distributor" -> "distribution-center";
                default -> "brewery";
            };
            DecisionInput input = team.roleId().equals("factory")
                    ? new DecisionInput(List.of(), List.of(new DecisionInput.SiteQuantity(site, 4)), List.of(), null, List.of())
                    : new DecisionInput(List.of(new DecisionInput.Order(product, site, 4, false)), List.of(), List.of(), null, List.of());
            acks.add(pool.submit(() -> {
                go.await();
                return sessions.submit(team.token(), 1, input);
            }));
        }
        go.countDown();
        for (Future<SessionInfo> ack : acks) {
            assertThat(ack.get(30, TimeUnit.SECONDS)).isNotNull();
        }
        pool.shutdown();

        assertThat(sessions.info(session.id()).turn()).isEqualTo(2);
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (teams.stream().anyMatch(t -> shownTurn.getOrDefault(t.token(), 1) < 2) && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        registrations.forEach(SessionBroadcaster.Registration::close);
        assertThat(teams).allSatisfy(t -> assertThat(shownTurn.get(t.token())).as(t.teamName()).isEqualTo(2));
        assertThat(screenFailures).isEmpty();
        // nothing on a screen's refresh path writes to the database
        assertThat(ScreenWrites.COUNT.get()).isZero();
        assertThat(LOG.list).noneMatch(e -> e.getFormattedMessage().contains("Timeout trying to lock")
                || (e.getThrowableProxy() != null && e.getThrowableProxy().getMessage() != null
                && e.getThrowableProxy().getMessage().contains("Timeout trying to lock")));
    }
}
