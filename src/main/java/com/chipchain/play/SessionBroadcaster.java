package com.chipchain.play;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells every open screen of a session when something changed, once the change is committed and
 * off the committing thread: a small bounded pool delivers, and a screen that has a delivery
 * pending gets only the newest change (it rereads the state anyway), so a burst of changes costs
 * each screen one refresh and never holds a lock or connection of the transaction that made it.
 */
@Component
public class SessionBroadcaster {

    /** Stops the listener from hearing more. */
    public interface Registration extends AutoCloseable {
        @Override
        void close();
    }

    /** One listener with at most one delivery queued: newer changes replace the pending one. */
    private final class Subscriber {
        final Consumer<SessionChange> listener;
        /** The chain whose changes it hears besides the session's, or null for every change. */
        final Integer chain;
        /** Whether submissions reach it at most once per {@link #PACE_MS} (a room's screen), the rest at once. */
        final boolean paced;
        final AtomicReference<SessionChange> latest = new AtomicReference<>();
        final AtomicBoolean queued = new AtomicBoolean();
        final AtomicBoolean timed = new AtomicBoolean();
        volatile long deliveredAt;
        volatile boolean closed;

        Subscriber(Consumer<SessionChange> listener, Integer chain, boolean paced) {
            this.listener = listener;
            this.chain = chain;
            this.paced = paced;
        }

        /** How long a change may wait for this screen's pace: 0 for at once. */
        private long pace(SessionChange change) {
            if (!change.concerns(chain)) {
                return OTHER_CHAINS_PACE_MS;
            }
            if (change.kind() != SessionChange.Kind.SUBMITTED) {
                return 0;
            }
            return paced ? PACE_MS : chain != null && chain.equals(change.chain()) ? OWN_CHAIN_PACE_MS : 0;
        }

        void offer(SessionChange change) {
            latest.accumulateAndGet(change, (pending, newer) -> SessionChange.kept(chain, pending, newer));
            long pace = pace(change);
            long wait = deliveredAt + pace - System.currentTimeMillis();
            if (pace > 0 && wait > 0) {
                // a burst of submissions: one redraw at the end of the pace (a newer change replaces this one)
                if (timed.compareAndSet(false, true)) {
                    timer.schedule(() -> {
                        timed.set(false);
                        queue();
                    }, wait, TimeUnit.MILLISECONDS);
                }
                return;
            }
            queue();
        }

        private void queue() {
            if (queued.compareAndSet(false, true)) {
                // the pace counts from the redraw being scheduled: changes right behind it wait for the next one
                deliveredAt = System.currentTimeMillis();
                pool.execute(this::deliver);
            }
        }

        private void deliver() {
            queued.set(false);
            SessionChange change = latest.getAndSet(null);
            if (change == null || closed) {
                return;
            }
            try {
                listener.accept(change);
            } catch (RuntimeException e) {
                // a screen that fails to update must not stop the others
            }
        }
    }

    /**
     * How often a room's screen (console, projector, debrief) redraws for submissions: in a workshop
     * 200 submissions arrive within seconds, and a console redrawn for each costs more than all the
     * player screens of a chain; turns, messages and the facilitator's own acts still arrive at once.
     */
    static final long PACE_MS = 500;
    /**
     * How often a team's screen hears of other chains (its count of the class's teams that have
     * submitted): a submission redraws its own chain's five screens at once, the other 195 of a
     * workshop at most this often.
     */
    static final long OTHER_CHAINS_PACE_MS = 2000;
    /**
     * How often a team's screen redraws for its own chain's submissions in a burst: the first at once
     * (a quiet class sees a teammate's "submitted" in the moment), then at most once a second, so the
     * five submissions of a chain that come within the same seconds cost its screens two or three
     * redraws, not five each. The team's own click is answered at once by its own request.
     */
    static final long OWN_CHAIN_PACE_MS = 1000;

    private final Map<String, List<Subscriber>> listeners = new ConcurrentHashMap<>();
    private final java.util.concurrent.ScheduledExecutorService timer = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "chipchain-pace");
        thread.setDaemon(true);
        return thread;
    });
    private final ThreadPoolExecutor pool;
    private volatile Consumer<SessionChange> relay = change -> { };
    private final List<Consumer<SessionChange>> beforeDelivery = new CopyOnWriteArrayList<>();
    private final RefreshTimes refreshTimes = new RefreshTimes(20_000);

    public SessionBroadcaster() {
        // redrawing a screen is work for a core, so one thread per core (at least two); a full queue
        // runs the delivery on the publishing thread: slower, but nothing is dropped
        int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
        pool = new ThreadPoolExecutor(threads, 2 * threads, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(10_000), runnable -> {
            Thread thread = new Thread(runnable, "chipchain-push");
            thread.setDaemon(true);
            return thread;
        }, new ThreadPoolExecutor.CallerRunsPolicy());
        pool.allowCoreThreadTimeOut(true);
    }

    public Registration subscribe(String sessionId, Consumer<SessionChange> listener) {
        return subscribe(sessionId, null, false, listener);
    }

    /**
     * Hears the session's changes and those of {@code chain} only (null: every change, as a console does);
     * {@code paced}: submissions at most once per {@link #PACE_MS}.
     */
    public Registration subscribe(String sessionId, Integer chain, boolean paced, Consumer<SessionChange> listener) {
        List<Subscriber> list = listeners.computeIfAbsent(sessionId, id -> new CopyOnWriteArrayList<>());
        Subscriber subscriber = new Subscriber(listener, chain, paced);
        list.add(subscriber);
        return () -> {
            subscriber.closed = true;
            list.remove(subscriber);
        };
    }

    /** Also hands every committed change of this node to {@code relay} (another node's notifications). */
    void relayTo(Consumer<SessionChange> relay) {
        this.relay = relay;
    }

    void publishAfterCommit(SessionChange change) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status == STATUS_COMMITTED) {
                        publishLocally(change);
                        relay.accept(change);
                    }
                }
            });
        } else {
            publishLocally(change);
            relay.accept(change);
        }
    }

    /** Runs {@code hook} on the publishing thread before any screen hears of a change (to forget cached reads). */
    void beforeDelivery(Consumer<SessionChange> hook) {
        beforeDelivery.add(hook);
    }

    /** Delivers a change to this node's screens (from this node, or heard from another). */
    void publishLocally(SessionChange published) {
        SessionChange change = published.publishedNow();
        beforeDelivery.forEach(hook -> hook.accept(change));
        for (Subscriber subscriber : listeners.getOrDefault(change.sessionId(), List.of())) {
            subscriber.offer(change);
        }
    }

    /**
     * A screen has finished redrawing for {@code change}: the time since the change was published
     * on this node counts in {@link #refreshTimes()} (the push to the browser follows right after).
     */
    public void screenRefreshed(SessionChange change) {
        if (change.publishedAt() != 0) {
            refreshTimes.record(System.nanoTime() - change.publishedAt());
        }
    }

    /** Change published -> screen redrawn, over the last refreshes on this node. */
    public RefreshTimes refreshTimes() {
        return refreshTimes;
    }

    /** Screens subscribed on this node, for the load harness's figures. */
    public int subscriberCount() {
        return listeners.values().stream().mapToInt(List::size).sum();
    }
}
