package com.chipchain.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing at the facilitator login, per account and per network address: the
 * first few wrong passwords cost nothing, then each one makes the next try wait twice as long (up to
 * five minutes). While a wait runs, even the right password is refused. A success clears the account
 * and the address.
 */
@Component
class LoginThrottle {

    static final int FREE_FAILURES = 3;
    static final Duration LONGEST_WAIT = Duration.ofMinutes(5);

    private record Count(int failures, Instant blockedUntil) {}

    private final Clock clock;
    private final Map<String, Count> counts = new ConcurrentHashMap<>();

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long this account and address must still wait before the next try (zero: go ahead). */
    Duration waitFor(String username, String address) {
        Instant now = clock.instant();
        Instant until = later(blockedUntil("account:" + normalize(username)), blockedUntil("address:" + address));
        return until == null || !until.isAfter(now) ? Duration.ZERO : Duration.between(now, until);
    }

    void failed(String username, String address) {
        count("account:" + normalize(username));
        count("address:" + address);
    }

    void succeeded(String username, String address) {
        counts.remove("account:" + normalize(username));
        counts.remove("address:" + address);
    }

    private void count(String key) {
        counts.compute(key, (k, old) -> {
            int failures = (old == null ? 0 : old.failures()) + 1;
            Duration wait = failures <= FREE_FAILURES ? Duration.ZERO
                    : Duration.ofSeconds(1L << Math.min(20, failures - FREE_FAILURES));
            if (wait.compareTo(LONGEST_WAIT) > 0) {
                wait = LONGEST_WAIT;
            }
            return new Count(failures, clock.instant().plus(wait));
        });
    }

    private Instant blockedUntil(String key) {
        Count count = counts.get(key);
        return count == null ? null : count.blockedUntil();
    }

    private static Instant later(Instant a, Instant b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    private static String normalize(String username) {
        return username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
