package com.chipchain.play;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one way the play layer changes a session: under the session's lock in this JVM and its row
 * lock in the database, in one transaction, with open screens told after the commit. Also the
 * shared lookups every use case starts from (the session, the seat a token holds).
 */
@Component
class SessionTransactions {

    private final SessionStore store;
    private final GameBook book;
    private final ScenarioCatalog catalog;
    private final SessionBroadcaster broadcaster;
    private final TransactionTemplate tx;
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    SessionTransactions(SessionStore store, GameBook book, ScenarioCatalog catalog, SessionBroadcaster broadcaster,
                        TransactionTemplate tx) {
        this.store = store;
        this.book = book;
        this.catalog = catalog;
        this.broadcaster = broadcaster;
        this.tx = tx;
    }

    /** Runs a change to one session under its lock, in one transaction; open screens hear of it after commit. */
    SessionInfo change(String sessionId, SessionChange.Kind kind, Consumer<SessionInfo> body) {
        return change(sessionId, kind, null, body);
    }

    /** {@link #change(String, SessionChange.Kind, Consumer)} about one chain only (null: the whole session). */
    SessionInfo change(String sessionId, SessionChange.Kind kind, Integer chain, Consumer<SessionInfo> body) {
        Object lock = locks.computeIfAbsent(sessionId, id -> new Object());
        synchronized (lock) {
            return tx.execute(status -> {
                SessionInfo session = withTurnCount(store.lockedSessionRow(sessionId));
                // another node may have resolved a turn since this node cached the games: rebuild them
                boolean playing = session.status() == SessionStatus.RUNNING || session.status() == SessionStatus.PAUSED;
                if (playing && book.games(sessionId).turn() != session.turn()) {
                    book.evict(sessionId);
                }
                body.accept(session);
                SessionInfo after = session(sessionId);
                // a turn resolved by this change (the last submission) concerns every chain
                boolean resolved = after.turn() != session.turn() || after.status() != session.status();
                broadcaster.publishAfterCommit(new SessionChange(sessionId, kind, after.turn(), resolved ? null : chain));
                return after;
            });
        }
    }

    /** Runs work that creates rows (a new session) in one transaction. */
    <T> T create(java.util.function.Supplier<T> work) {
        return tx.execute(status -> work.get());
    }

    SessionInfo session(String sessionId) {
        return withTurnCount(store.sessionRow(sessionId));
    }

    /** A session's row with its scenario revision's number of turns; no row: there is no such game. */
    private SessionInfo withTurnCount(java.util.Optional<SessionInfo> row) {
        SessionInfo session = row.orElseThrow(() -> new PlayException(PlayException.Reason.NOT_FOUND, "There is no such game.").keyed("no-such-game"));
        return session.withTurnCount(catalog.revision(session.scenarioRevision()).turnCount());
    }

    SessionStore.SeatRow seatOf(String token) {
        if (token == null || token.isBlank()) {
            throw notYourSeat();
        }
        return store.seatByTokenHash(hash(token)).orElseThrow(SessionTransactions::notYourSeat);
    }

    static PlayException notYourSeat() {
        return new PlayException(PlayException.Reason.NOT_ALLOWED,
                "This seat link is not valid. Join again with the code, or ask your team for its link.").keyed("bad-link");
    }

    static PlayException invalid(String message) {
        return new PlayException(PlayException.Reason.INVALID_INPUT, message);
    }

    static void requireStatus(SessionInfo session, SessionStatus wanted, String message, String key) {
        if (session.status() != wanted) {
            throw new PlayException(PlayException.Reason.WRONG_STATE, message).keyed(key);
        }
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String key(int chain, String roleId) {
        return chain + "/" + roleId;
    }
}
