package com.chipchain.play;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** Slows down guessing of join codes: at most a few wrong codes per client per minute. */
@Component
class JoinGuard {

    static final int WRONG_CODES_PER_MINUTE = 10;

    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    JoinGuard(Clock clock) {
        this.clock = clock;
    }

    void checkAllowed(String client) {
        Deque<Instant> recent = recent(client);
        synchronized (recent) {
            if (recent.size() >= WRONG_CODES_PER_MINUTE) {
                throw new PlayException(PlayException.Reason.TOO_MANY_ATTEMPTS,
                        "Too many wrong join codes from this device. Wait a minute, then check the code with your teacher.");
            }
        }
    }

    void recordFailure(String client) {
        Deque<Instant> recent = recent(client);
        synchronized (recent) {
            recent.addLast(clock.instant());
        }
    }

    private Deque<Instant> recent(String client) {
        Deque<Instant> recent = failures.computeIfAbsent(client, c -> new ArrayDeque<>());
        Instant minuteAgo = clock.instant().minusSeconds(60);
        synchronized (recent) {
            while (!recent.isEmpty() && recent.peekFirst().isBefore(minuteAgo)) {
                recent.removeFirst();
            }
        }
        return recent;
    }
}
