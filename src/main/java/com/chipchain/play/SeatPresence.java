package com.chipchain.play;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * When each seat's screen was last open, kept in memory: a heartbeat never waits on a lock or
 * writes a row. The times are written to the seat table in one short batch now and then, so a
 * restart or another node still knows roughly who was connected.
 */
@Component
class SeatPresence {

    private final Map<String, Instant> seen = new ConcurrentHashMap<>();
    private final Map<String, Instant> dirty = new ConcurrentHashMap<>();
    private final SessionStore store;
    private final TransactionTemplate tx;
    private final Clock clock;

    SeatPresence(SessionStore store, TransactionTemplate tx, Clock clock) {
        this.store = store;
        this.tx = tx;
        this.clock = clock;
    }

    void seen(String tokenHash) {
        Instant now = clock.instant();
        seen.put(tokenHash, now);
        dirty.put(tokenHash, now);
    }

    /** The later of what this node saw and what the table says. */
    Instant lastSeen(String tokenHash, Instant stored) {
        Instant here = tokenHash == null ? null : seen.get(tokenHash);
        if (here == null) {
            return stored;
        }
        return stored == null || here.isAfter(stored) ? here : stored;
    }

    @Scheduled(fixedDelayString = "${chipchain.presence-flush-ms:30000}")
    void flush() {
        if (dirty.isEmpty()) {
            return;
        }
        Map<String, Instant> batch = new java.util.HashMap<>(dirty);
        batch.forEach(dirty::remove);
        tx.executeWithoutResult(status -> store.touchSeats(batch));
    }
}
