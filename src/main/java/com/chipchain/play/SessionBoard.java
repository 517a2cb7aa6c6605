package com.chipchain.play;

import com.chipchain.engine.GameEvent;
import com.chipchain.engine.Scenario;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * What every screen of a session reads, read from the database once per change and shared: the
 * session, its seats, who has submitted this turn, the messages and the facilitator's events
 * (parsed once). Sixty screens refreshing after a submission cost one set of queries, not sixty,
 * and building a screen never writes. A change forgets the snapshot before any screen hears of it.
 */
@Component
public class SessionBoard {

    /** One session as of one change; {@code version} grows with every change this node has heard of. */
    record Snapshot(long version, Instant readAt, SessionInfo info, List<SessionStore.SeatRow> seats,
                    Set<String> submitted, List<Broadcast> messages, Map<Integer, List<GameEvent>> injected,
                    Map<Integer, List<SessionStore.SeatRow>> seatsByChain, int teams, int teamsIn) {

        /**
         * Counted once per snapshot: each of a workshop's 200 screens reads its chain's seats and the
         * class's count after every change, which would otherwise walk every seat of the class each time.
         */
        static Snapshot of(long version, Instant readAt, SessionInfo info, List<SessionStore.SeatRow> seats, Set<String> submitted,
                           List<Broadcast> messages, Map<Integer, List<GameEvent>> injected) {
            Map<Integer, List<SessionStore.SeatRow>> byChain = new java.util.HashMap<>();
            int teams = 0;
            int teamsIn = 0;
            for (SessionStore.SeatRow seat : seats) {
                byChain.computeIfAbsent(seat.chain(), c -> new java.util.ArrayList<>()).add(seat);
                if (seat.team()) {
                    teams++;
                    teamsIn += submitted.contains(SessionTransactions.key(seat.chain(), seat.roleId())) ? 1 : 0;
                }
            }
            byChain.replaceAll((chain, list) -> List.copyOf(list));
            return new Snapshot(version, readAt, info, seats, submitted, messages, injected, Map.copyOf(byChain), teams, teamsIn);
        }

        /** The seats of one chain, in the order of the session's seats. */
        List<SessionStore.SeatRow> seatsOf(int chain) {
            return seatsByChain.getOrDefault(chain, List.of());
        }

        /** The messages to the whole class, in order. */
        List<String> broadcasts() {
            return messages.stream().filter(Broadcast::toClass).map(Broadcast::text).toList();
        }

        /** The messages one chain's teams read: the class's and their chain's own, in order. */
        List<Broadcast> messagesFor(int chain) {
            return messages.stream().filter(m -> m.reaches(chain)).toList();
        }

        boolean hasSubmitted(int chain, String roleId) {
            return submitted.contains(SessionTransactions.key(chain, roleId));
        }

        List<GameEvent> injectedOn(int turn) {
            return injected.getOrDefault(turn, List.of());
        }

        int injectedCount() {
            return injected.values().stream().mapToInt(List::size).sum();
        }
    }

    /** With several nodes on one database a missed notification must not leave a screen stale for long. */
    private static final Duration SHARED_MAX_AGE = Duration.ofSeconds(5);

    private final Map<String, Snapshot> snapshots = new ConcurrentHashMap<>();
    /**
     * Snapshots a team's submission made stale, and nothing else: only who has submitted is read again.
     * In a workshop 200 submissions a turn would otherwise each read every seat of the class again.
     */
    private final Map<String, Snapshot> submittedOnly = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> versions = new ConcurrentHashMap<>();
    private final SessionStore store;
    private final SessionTransactions sessions;
    private final ScenarioCatalog catalog;
    private final GameBook book;
    private final Clock clock;
    private volatile boolean sharedDatabase;

    SessionBoard(SessionStore store, SessionTransactions sessions, ScenarioCatalog catalog, GameBook book,
                 SessionBroadcaster broadcaster, Clock clock) {
        this.book = book;
        this.store = store;
        this.sessions = sessions;
        this.catalog = catalog;
        this.clock = clock;
        broadcaster.beforeDelivery(this::forget);
    }

    /** The session as screens show it. */
    public SessionInfo info(String sessionId) {
        return snapshot(sessionId).info();
    }

    /** The facilitator's messages, oldest first. */
    public List<String> broadcasts(String sessionId) {
        return snapshot(sessionId).broadcasts();
    }

    Snapshot snapshot(String sessionId) {
        Snapshot cached = snapshots.get(sessionId);
        if (cached != null && !(sharedDatabase && cached.readAt().plus(SHARED_MAX_AGE).isBefore(clock.instant()))) {
            return cached;
        }
        AtomicLong version = versions.computeIfAbsent(sessionId, id -> new AtomicLong());
        long before = version.get();
        Snapshot earlier = submittedOnly.get(sessionId);
        Snapshot fresh = earlier != null && !(sharedDatabase && earlier.readAt().plus(SHARED_MAX_AGE).isBefore(clock.instant()))
                ? withSubmissions(earlier, before) : read(sessionId, before);
        // keep it only if no change was heard while it was read; checked and stored under the same lock
        // as forget(), or a change could slip between the check and the store and leave a stale snapshot
        synchronized (version) {
            if (version.get() == before) {
                snapshots.put(sessionId, fresh);
            }
        }
        return fresh;
    }

    void forget(String sessionId) {
        AtomicLong version = versions.computeIfAbsent(sessionId, id -> new AtomicLong());
        synchronized (version) {
            version.incrementAndGet();
            snapshots.remove(sessionId);
            submittedOnly.remove(sessionId);
        }
    }

    /**
     * Forgets what a change made stale: after a team's submission that did not close the turn (it names
     * its chain) only who has submitted; after anything else the whole snapshot.
     */
    void forget(SessionChange change) {
        if (change.kind() != SessionChange.Kind.SUBMITTED || change.chain() == null) {
            forget(change.sessionId());
            return;
        }
        AtomicLong version = versions.computeIfAbsent(change.sessionId(), id -> new AtomicLong());
        synchronized (version) {
            version.incrementAndGet();
            Snapshot kept = snapshots.remove(change.sessionId());
            if (kept != null) {
                submittedOnly.put(change.sessionId(), kept);
            }
        }
    }

    void shareDatabase() {
        sharedDatabase = true;
    }

    /** An earlier snapshot with who has submitted the turn read again (one query on the submissions of the turn). */
    private Snapshot withSubmissions(Snapshot earlier, long version) {
        SessionInfo info = earlier.info();
        return Snapshot.of(version, clock.instant(), info, earlier.seats(), Set.copyOf(store.submittedKeys(info.id(), info.turn())),
                earlier.messages(), earlier.injected());
    }

    private Snapshot read(String sessionId, long version) {
        SessionInfo info = sessions.session(sessionId);
        Set<String> submitted = store.submittedKeys(sessionId, info.turn());
        Scenario scenario = catalog.of(info);
        Map<Integer, List<GameEvent>> injected = book.injectedByTurn(scenario, sessionId);
        injected.replaceAll((turn, events) -> List.copyOf(events));
        return Snapshot.of(version, clock.instant(), info, List.copyOf(store.seats(sessionId)), Set.copyOf(submitted),
                List.copyOf(store.broadcasts(sessionId)), Map.copyOf(injected));
    }
}
