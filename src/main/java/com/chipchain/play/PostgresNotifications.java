package com.chipchain.play;

import jakarta.annotation.PreDestroy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Several app nodes on one PostgreSQL database: every committed change is announced with NOTIFY,
 * and each node LISTENs on a connection of its own. A change from another node makes this node
 * forget its cached games of that session (they are rebuilt from the database) and refresh its
 * screens, so a screen on node B sees a submission made on node A at once, not at its next poll.
 * On H2 (one node) this does nothing.
 */
@Component
class PostgresNotifications {

    static final String CHANNEL = "chipchain_changes";
    private static final Logger LOG = LoggerFactory.getLogger(PostgresNotifications.class);

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final SessionBroadcaster broadcaster;
    private final GameBook book;
    private final SessionBoard board;
    private final String node = UUID.randomUUID().toString();
    private volatile boolean running;
    private Thread listener;

    PostgresNotifications(DataSource dataSource, JdbcClient jdbc, SessionBroadcaster broadcaster, GameBook book,
                          SessionBoard board) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.broadcaster = broadcaster;
        this.book = book;
        this.board = board;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        try (Connection probe = dataSource.getConnection()) {
            if (!probe.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
                return;
            }
        } catch (SQLException e) {
            LOG.warn("cannot tell which database this is; cross-node notifications are off: {}", e.getMessage());
            return;
        }
        running = true;
        book.shareDatabase();
        board.shareDatabase();
        broadcaster.relayTo(this::announce);
        listener = new Thread(this::listen, "chipchain-listen");
        listener.setDaemon(true);
        listener.start();
    }

    /** NOTIFY after commit: node|session|kind|turn|chain (chain empty: the whole session). */
    private void announce(SessionChange change) {
        try {
            jdbc.sql("SELECT pg_notify(?, ?)").params(CHANNEL,
                    node + "|" + change.sessionId() + "|" + change.kind().name() + "|" + change.turn() + "|"
                            + (change.chain() == null ? "" : change.chain())).query().singleRow();
        } catch (RuntimeException e) {
            LOG.warn("could not tell other nodes about a change of session {}: {}", change.sessionId(), e.getMessage());
        }
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(500);
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            heard(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.warn("listening for other nodes' changes failed, retrying: {}", e.getMessage());
                    sleepQuietly();
                }
            }
        }
    }

    private void heard(String payload) {
        String[] parts = payload.split("\\|", -1);
        if (parts.length < 4 || parts[0].equals(node)) {
            return;
        }
        try {
            // a node of an earlier version sends no chain: the change then concerns the whole session
            Integer chain = parts.length > 4 && !parts[4].isEmpty() ? Integer.valueOf(parts[4]) : null;
            SessionChange change = new SessionChange(parts[1], SessionChange.Kind.valueOf(parts[2]), Integer.parseInt(parts[3]), chain);
            book.evict(change.sessionId());
            broadcaster.publishLocally(change);
        } catch (IllegalArgumentException e) {
            LOG.warn("ignored a malformed notification: {}", payload);
        }
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @PreDestroy
    void stop() {
        running = false;
        if (listener != null) {
            listener.interrupt();
        }
    }
}
