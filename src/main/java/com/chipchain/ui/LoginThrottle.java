package com.chipchain.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without letting anyone lock a teacher out (docs/deploy.md, "Wrong
 * passwords"). Wrong passwords for an account from browsers that never logged in to it count
 * against that account at that address: the first few cost nothing, then each one makes the next
 * try from there wait twice as long, up to five minutes. A browser where the account has logged
 * in before (it holds a signed cookie) keeps a count of its own, so guesses from anywhere else,
 * even from the same school network, never hold it back.
 */
@Component
class LoginThrottle {

    static final int FREE_FAILURES = 5;
    static final Duration LONGEST_WAIT = Duration.ofMinutes(5);

    private record Count(int failures, Instant blockedUntil) {}

    private final Clock clock;
    private final Map<String, Count> counts = new ConcurrentHashMap<>();

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /**
     * How long a try for this account must still wait (zero: go ahead).
     *
     * @param address where the try comes from (what the server sees: behind a proxy, see docs/deploy.md)
     * @param knownBrowser the id of a browser that has logged in to this account before, or null
     */
    Duration waitFor(String username, String address, String knownBrowser) {
        Count count = counts.get(key(username, address, knownBrowser));
        Instant now = clock.instant();
        return count == null || !count.blockedUntil().isAfter(now) ? Duration.ZERO : Duration.between(now, count.blockedUntil());
    }

    void failed(String username, String address, String knownBrowser) {
        counts.compute(key(username, address, knownBrowser), (k, old) -> {
            int failures = (old == null ? 0 : old.failures()) + 1;
            Duration wait = failures <= FREE_FAILURES ? Duration.ZERO
                    : Duration.ofSeconds(1L << Math.min(20, failures - FREE_FAILURES));
            if (wait.compareTo(LONGEST_WAIT) > 0) {
                wait = LONGEST_WAIT;
            }
            return new Count(failures, clock.instant().plus(wait));
        });
        if (counts.size() > 100_000) {
            // a flood of made-up names: forget counts whose wait is over
            Instant now = clock.instant();
            counts.values().removeIf(c -> !c.blockedUntil().isAfter(now));
        }
    }

    /** The right password: this browser's count, and the count of strangers' browsers at its address, start again. */
    void succeeded(String username, String address, String knownBrowser) {
        counts.remove(key(username, address, knownBrowser));
        counts.remove(key(username, address, null));
    }

    private static String key(String username, String address, String knownBrowser) {
        String account = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return knownBrowser == null ? "address:" + account + ":" + address : "browser:" + account + ":" + knownBrowser;
    }
}
