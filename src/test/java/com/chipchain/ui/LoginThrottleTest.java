package com.chipchain.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Password guessing at the facilitator login gets slower with every wrong password, per account and per address. */
class LoginThrottleTest {

    static final class Ticking extends Clock {
        Instant now = Instant.parse("2026-11-28T08:00:00Z");

        @Override public ZoneId getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    }

    final Ticking clock = new Ticking();
    final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void the_first_wrong_passwords_are_free_then_each_doubles_the_wait() {
        for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
            throttle.failed("teacher", "10.0.0.9");
            assertThat(throttle.waitFor("teacher", "10.0.0.9")).isZero();
        }
        throttle.failed("teacher", "10.0.0.9");
        assertThat(throttle.waitFor("teacher", "10.0.0.9")).isEqualTo(Duration.ofSeconds(2));
        clock.now = clock.now.plusSeconds(2);
        throttle.failed("teacher", "10.0.0.9");
        assertThat(throttle.waitFor("teacher", "10.0.0.9")).isEqualTo(Duration.ofSeconds(4));
        for (int i = 0; i < 30; i++) {
            throttle.failed("teacher", "10.0.0.9");
        }
        assertThat(throttle.waitFor("teacher", "10.0.0.9")).isEqualTo(LoginThrottle.LONGEST_WAIT);
    }

    @Test
    void the_wait_holds_for_the_account_from_any_address_and_for_the_address_with_any_account() {
        for (int i = 0; i <= LoginThrottle.FREE_FAILURES; i++) {
            throttle.failed("Teacher", "10.0.0.9");
        }
        assertThat(throttle.waitFor("teacher", "192.168.1.1")).as("same account, other address").isPositive();
        assertThat(throttle.waitFor("someone-else", "10.0.0.9")).as("same address, other account").isPositive();
        assertThat(throttle.waitFor("someone-else", "192.168.1.1")).isZero();
    }

    @Test
    void a_success_clears_the_account_and_the_address() {
        for (int i = 0; i <= LoginThrottle.FREE_FAILURES; i++) {
            throttle.failed("teacher", "10.0.0.9");
        }
        clock.now = clock.now.plusSeconds(60);
        throttle.succeeded("teacher", "10.0.0.9");
        throttle.failed("teacher", "10.0.0.9");
        assertThat(throttle.waitFor("teacher", "10.0.0.9")).isZero();
    }
}
