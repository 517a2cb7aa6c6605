package com.chipchain.play;

import com.chipchain.Application;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/** Starts the real application (on a random port) on a real H2 file database, with a clock tests can move. */
final class PlayTestSupport {

    private PlayTestSupport() {}

    /** A clock that stands still until a test moves it. */
    static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-11-27T09:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public synchronized Instant instant() {
            return now;
        }

        synchronized void advance(Duration by) {
            now = now.plus(by);
        }
    }

    @Configuration
    static class TestClock {
        static final MovableClock CLOCK = new MovableClock();

        @Bean
        @Primary
        Clock testClock() {
            return CLOCK;
        }
    }

    static Path newDatabase() {
        return Path.of("target", "test-db", "play-" + UUID.randomUUID());
    }

    /**
     * A running application on the given database file (the same file twice = a restart). The
     * system property {@code chipchain.test.db-url} points the tests at another database instead,
     * e.g. PostgreSQL (docs/deploy.md says how this was checked).
     */
    static ConfigurableApplicationContext start(Path database, String... moreSettings) {
        String url = System.getProperty("chipchain.test.db-url", h2Url(database));
        return start(url, System.getProperty("chipchain.test.db-user", "sa"), System.getProperty("chipchain.test.db-password", ""),
                moreSettings);
    }

    /** The application on an H2 file database whatever the test run's database (for what only H2 has, e.g. its backups). */
    static ConfigurableApplicationContext startOnH2(Path database, String... moreSettings) {
        return start(h2Url(database), "sa", "", moreSettings);
    }

    private static String h2Url(Path database) {
        return "jdbc:h2:file:./" + database.toString().replace('\\', '/') + ";WRITE_DELAY=0";
    }

    static ConfigurableApplicationContext start(String url, String user, String password, String... moreSettings) {
        // command-line arguments: they outrank application.properties (builder "properties" do not)
        java.util.List<String> settings = new java.util.ArrayList<>(java.util.List.of("--spring.datasource.url=" + url,
                "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password,
                "--chipchain.turn-clock-ms=3600000",
                "--server.port=0",
                "--spring.main.banner-mode=off",
                "--logging.level.root=warn"));
        settings.addAll(java.util.List.of(moreSettings));
        return new SpringApplicationBuilder(Application.class, TestClock.class)
                .web(WebApplicationType.SERVLET)
                .run(settings.toArray(String[]::new));
    }
}
