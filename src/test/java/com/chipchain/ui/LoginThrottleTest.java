package com.chipchain.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * Password guessing gets slower with every wrong password for an account from one address, and
 * never holds back a browser where the account has logged in before, nor another address.
 */
class LoginThrottleTest {

    static final class Ticking extends Clock {
        Instant now = Instant.parse("2026-11-28T08:00:00Z");

        @Override public ZoneId getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    }

    static final String SCHOOL = "203.0.113.7";
    static final String HOME = "198.51.100.20";

    final Ticking clock = new Ticking();
    final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void the_first_wrong_passwords_are_free_then_each_doubles_the_wait() {
        for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
            throttle.failed("teacher", SCHOOL, null);
            assertThat(throttle.waitFor("teacher", SCHOOL, null)).isZero();
        }
        throttle.failed("teacher", SCHOOL, null);
        assertThat(throttle.waitFor("teacher", SCHOOL, null)).isEqualTo(Duration.ofSeconds(2));
        clock.now = clock.now.plusSeconds(2);
        throttle.failed("teacher", SCHOOL, null);
        assertThat(throttle.waitFor("teacher", SCHOOL, null)).isEqualTo(Duration.ofSeconds(4));
        for (int i = 0; i < 30; i++) {
            throttle.failed("teacher", SCHOOL, null);
        }
        assertThat(throttle.waitFor("teacher", SCHOOL, null)).isEqualTo(LoginThrottle.LONGEST_WAIT);
    }

    @Test
    void strangers_guesses_hold_back_new_browsers_at_their_address_but_never_a_browser_the_account_logged_in_from() {
        for (int i = 0; i < 50; i++) {
            throttle.failed("Teacher", SCHOOL, null);
        }
        assertThat(throttle.waitFor("teacher", SCHOOL, null)).as("a browser the account never used").isPositive();
        assertThat(throttle.waitFor("teacher", SCHOOL, "browser-of-the-teacher")).as("the teacher's own browser").isZero();
        assertThat(throttle.waitFor("colleague", SCHOOL, null)).as("another account").isZero();
        assertThat(throttle.waitFor("teacher", HOME, null)).as("a new browser elsewhere").isZero();
    }

    @Test
    void a_known_browser_has_a_count_of_its_own() {
        for (int i = 0; i <= LoginThrottle.FREE_FAILURES; i++) {
            throttle.failed("teacher", SCHOOL, "a-known-browser");
        }
        assertThat(throttle.waitFor("teacher", SCHOOL, "a-known-browser")).isPositive();
        assertThat(throttle.waitFor("teacher", SCHOOL, "another-known-browser")).isZero();
        assertThat(throttle.waitFor("teacher", SCHOOL, null)).isZero();
    }

    @Test
    void a_success_starts_the_count_again() {
        for (int i = 0; i <= LoginThrottle.FREE_FAILURES; i++) {
            throttle.failed("teacher", SCHOOL, null);
        }
        clock.now = clock.now.plusSeconds(60);
        throttle.succeeded("teacher", SCHOOL, null);
        throttle.failed("teacher", SCHOOL, null);
        assertThat(throttle.waitFor("teacher", SCHOOL, null)).isZero();
    }
}
