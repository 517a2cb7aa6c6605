package com.chipchain.play;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Slows down guessing of join codes and rejoin PINs: a few wrong tries per device (browser session)
 * per minute, and a ceiling per network address high enough for a whole class behind one school
 * router. The same wrong code counts once per device (the form looks it up as it is typed and
 * again on Join), so a student who mistypes is never locked out by the form itself.
 */
@Component
class JoinGuard {

    static final int WRONG_PER_DEVICE_PER_MINUTE = 10;
    static final int WRONG_PER_ADDRESS_PER_MINUTE = 200;

    private record Failure(Instant at, String what) {}

    private final Clock clock;
    private final Map<String, Deque<Failure>> byDevice = new ConcurrentHashMap<>();
    private final Map<String, Deque<Failure>> byAddress = new ConcurrentHashMap<>();

    JoinGuard(Clock clock) {
        this.clock = clock;
    }

    void checkAllowed(Visitor visitor) {
        if (recent(byDevice, visitor.device()) >= WRONG_PER_DEVICE_PER_MINUTE) {
            throw new PlayException(PlayException.Reason.TOO_MANY_ATTEMPTS,
                    "Too many wrong join codes from this browser. Wait a minute, then check the code with your teacher.")
                    .keyed("too-many-browser");
        }
        if (recent(byAddress, visitor.address()) >= WRONG_PER_ADDRESS_PER_MINUTE) {
            throw new PlayException(PlayException.Reason.TOO_MANY_ATTEMPTS,
                    "Too many wrong join codes from this network. Wait a minute, then try again.").keyed("too-many-network");
        }
    }

    /** A wrong code or PIN ({@code what}); the same one again from the same device within the minute is not counted twice. */
    void recordFailure(Visitor visitor, String what) {
        Instant now = clock.instant();
        Deque<Failure> device = window(byDevice, visitor.device());
        synchronized (device) {
            for (Failure failure : device) {
                if (failure.what().equals(what)) {
                    return;
                }
            }
            device.addLast(new Failure(now, what));
        }
        Deque<Failure> address = window(byAddress, visitor.address());
        synchronized (address) {
            address.addLast(new Failure(now, what));
        }
    }

    private int recent(Map<String, Deque<Failure>> counts, String key) {
        Deque<Failure> window = window(counts, key);
        synchronized (window) {
            return window.size();
        }
    }

    private Deque<Failure> window(Map<String, Deque<Failure>> counts, String key) {
        Deque<Failure> window = counts.computeIfAbsent(key, k -> new ArrayDeque<>());
        Instant minuteAgo = clock.instant().minusSeconds(60);
        synchronized (window) {
            for (Iterator<Failure> it = window.iterator(); it.hasNext(); ) {
                if (it.next().at().isBefore(minuteAgo)) {
                    it.remove();
                } else {
                    break;
                }
            }
        }
        return window;
    }
}
