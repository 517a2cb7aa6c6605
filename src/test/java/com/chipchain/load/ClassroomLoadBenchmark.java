package com.chipchain.load;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.chipchain.play.DefaultRule;
import com.chipchain.play.SeatTicket;
import com.chipchain.play.SessionBroadcaster;
import com.chipchain.play.SessionChange;
import com.chipchain.play.SessionInfo;
import com.chipchain.play.PlayDriver;
import com.chipchain.play.SessionSettings;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The load harness of docs/performance.md (a benchmark, not part of the test suite): starts the
 * app on loopback, opens one real player screen per team in Chromium (a few browser contexts,
 * many pages), has every team submit within a moment, and prints heap per UI, submit to
 * acknowledgement, turn close and broadcast to every screen (p50/p95/max), and lock timeouts and
 * errors in the log. Run with:
 * {@code mvn -B test -Dtest=ClassroomLoadBenchmark -Dload.players=60 -Dsurefire.failIfNoSpecifiedTests=false}
 */
@EnabledIfSystemProperty(named = "load.players", matches = "\\d+")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:file:./target/test-db/load-${random.uuid};WRITE_DELAY=0",
        "vaadin.devmode.devTools.enabled=false",
        "logging.level.root=warn"})
class ClassroomLoadBenchmark {

    @Autowired
    org.springframework.context.ApplicationContext app;
    PlayDriver sessions;

    @org.junit.jupiter.api.BeforeEach
    void drive() {
        sessions = PlayDriver.of(app);
    }
    @Autowired
    SessionBroadcaster broadcaster;
    @LocalServerPort
    int port;

    /** One player screen and the session it plays in. */
    record Screen(Page page, String sessionId, String token) {}

    @Test
    void a_class_plays_two_turns_and_every_screen_keeps_up() throws Exception {
        int players = Integer.getInteger("load.players", 60);
        int sessionCount = Math.max(1, players / 10);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.addAppender(log);

        Map<String, Long> resolvedAt = new ConcurrentHashMap<>();
        List<List<SeatTicket>> classes = new ArrayList<>();
        for (int s = 0; s < sessionCount; s++) {
            SessionInfo session = sessions.create(new SessionSettings("made-in-america-2025", 2, Map.of(), null,
                    DefaultRule.REPEAT_LAST, "base-stock", false, s + 1L));
            List<SeatTicket> teams = new ArrayList<>();
            for (int team = 0; team < 10; team++) {
                teams.add(sessions.join(session.joinCode(), "S" + s + " T" + team, null, null, "load"));
            }
            sessions.start(session.id());
            broadcaster.subscribe(session.id(), change -> {
                if (change.kind() == SessionChange.Kind.TURN_RESOLVED) {
                    resolvedAt.put(session.id() + "#" + change.turn(), System.currentTimeMillis());
                }
            });
            classes.add(teams);
        }

        long heapBefore = usedHeapAfterGc();
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            // every student looks at their own screen: no page may be throttled as a background tab
            com.microsoft.playwright.BrowserType.LaunchOptions launch = new com.microsoft.playwright.BrowserType.LaunchOptions()
                    .setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync", "--no-first-run",
                            "--disable-background-timer-throttling", "--disable-renderer-backgrounding",
                            "--disable-backgrounding-occluded-windows", "--disable-ipc-flooding-protection"));
            if (Files.isExecutable(Path.of("/usr/bin/chromium"))) {
                launch.setExecutablePath(Path.of("/usr/bin/chromium"));
            }
            Browser browser = playwright.chromium().launch(launch);
            List<Screen> screens = new ArrayList<>();
            boolean shared = Boolean.getBoolean("load.shared-contexts");
            for (List<SeatTicket> teams : classes) {
                BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1000, 800));
                for (SeatTicket team : teams) {
                    // one context per player (own cookies, own Vaadin session) as in a class of separate
                    // browsers; -Dload.shared-contexts=true puts a session's players in one context
                    if (!shared && team != teams.get(0)) {
                        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1000, 800));
                    }
                    Page page = context.newPage();
                    page.navigate("http://localhost:" + port + "/seat/" + team.token());
                    screens.add(new Screen(page, team.sessionId(), team.token()));
                }
            }
            for (Screen screen : screens) {
                screen.page().locator("#turn-label").filter(new com.microsoft.playwright.Locator.FilterOptions()
                        .setHasText("Turn 1 of 16")).waitFor();
                watch(screen.page());
            }
            Thread.sleep(2000);
            long heapAfter = usedHeapAfterGc();
            double heapPerUi = (heapAfter - heapBefore) / 1024.0 / 1024.0 / screens.size();

            List<Long> acks = new ArrayList<>();
            List<Long> closes = new ArrayList<>();
            List<Long> broadcasts = new ArrayList<>();
            for (int turn = 1; turn <= 2; turn++) {
                // every team submits within a moment: clicks go out back to back, the browser times each answer
                for (Screen screen : screens) {
                    screen.page().evaluate("() => { window.__clicked = Date.now(); window.__acked = 0; "
                            + "document.querySelector('#submit').click(); }");
                }
                int next = turn + 1;
                // acknowledged: "Submitted" shown, or (for the last team of a session) the next turn already
                for (Screen screen : screens) {
                    waitFor(screen.page(), "window.__acked > 0 || window.__turnSeen[" + next + "] > 0");
                    acks.add(((Number) screen.page().evaluate("t => Math.min(window.__acked || Infinity, "
                            + "window.__turnSeen[t] || Infinity) - window.__clicked", next)).longValue());
                }
                // the turn closes with its session's last submission: from that click to each screen's next turn
                Map<String, Long> lastClick = new ConcurrentHashMap<>();
                for (Screen screen : screens) {
                    long clicked = ((Number) screen.page().evaluate("() => window.__clicked")).longValue();
                    lastClick.merge(screen.sessionId(), clicked, Math::max);
                }
                for (Screen screen : screens) {
                    try {
                        waitFor(screen.page(), "window.__turnSeen[" + next + "] > 0");
                    } catch (IllegalStateException e) {
                        // tell a stale screen from a turn that never closed
                        throw new IllegalStateException(e.getMessage() + "; the server is at turn "
                                + sessions.info(screen.sessionId()).turn() + " of that session", e);
                    }
                    long seen = ((Number) screen.page().evaluate("t => window.__turnSeen[t]", next)).longValue();
                    closes.add(seen - lastClick.get(screen.sessionId()));
                }
                long sent = System.currentTimeMillis();
                String message = "Message " + turn;
                for (List<SeatTicket> teams : classes) {
                    sessions.broadcast(teams.get(0).sessionId(), message);
                }
                for (Screen screen : screens) {
                    waitFor(screen.page(), "(window.__messages['" + message + "'] || 0) > 0");
                    long seen = ((Number) screen.page().evaluate("m => window.__messages[m]", message)).longValue();
                    broadcasts.add(seen - sent);
                }
            }
            long lockTimeouts = log.list.stream().filter(e -> text(e).contains("Timeout trying to lock")).count();
            long errors = log.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.ERROR)).count();
            String report = String.format("""
                    Chipchain load harness: %d players (%d sessions x 2 chains x 5 seats), %d processors, %s
                    heap per open player UI:                 %.2f MB
                    submit -> acknowledged on screen:        p50 %d ms, p95 %d ms, max %d ms
                    last submit of a session -> next turn:   p50 %d ms, p95 %d ms, max %d ms
                    broadcast -> on every screen:            p50 %d ms, p95 %d ms, max %d ms
                    lock timeouts in the log: %d, errors in the log: %d
                    """, screens.size(), sessionCount, Runtime.getRuntime().availableProcessors(), java.time.LocalDate.now(),
                    heapPerUi, pct(acks, 50), pct(acks, 95), pct(acks, 100), pct(closes, 50), pct(closes, 95), pct(closes, 100),
                    pct(broadcasts, 50), pct(broadcasts, 95), pct(broadcasts, 100), lockTimeouts, errors);
            System.out.println(report);
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "load-report.txt"), report);
            browser.close();
        } finally {
            root.detachAppender(log);
        }
    }

    /** Records in the page when the submission is acknowledged, each turn shown and each message shown. */
    private static void watch(Page page) {
        page.evaluate("""
                () => {
                  window.__turnSeen = {}; window.__messages = {}; window.__acked = 0;
                  const check = () => {
                    const state = document.querySelector('#submit-state');
                    if (state && /Submitted/.test(state.textContent) && !window.__acked) { window.__acked = Date.now(); }
                    const label = document.querySelector('#turn-label');
                    const m = label && /Turn (\\d+) of/.exec(label.textContent);
                    if (m && !window.__turnSeen[m[1]]) { window.__turnSeen[m[1]] = Date.now(); }
                    const messages = document.querySelector('#messages');
                    if (messages) {
                      for (const text of (messages.textContent.match(/Message \\d+/g) || [])) {
                        if (!window.__messages[text]) { window.__messages[text] = Date.now(); }
                      }
                    }
                  };
                  new MutationObserver(check).observe(document.body, {subtree: true, childList: true, characterData: true});
                  check();
                }
                """);
    }

    private static void waitFor(Page page, String condition) {
        try {
            page.waitForFunction("() => " + condition, null, new Page.WaitForFunctionOptions().setTimeout(120_000));
        } catch (com.microsoft.playwright.PlaywrightException e) {
            Object state = page.evaluate("() => [document.querySelector('#turn-label')?.textContent,"
                    + " document.querySelector('#submit-state')?.textContent, window.__acked, JSON.stringify(window.__turnSeen)]");
            throw new IllegalStateException(page.url() + " never met " + condition + "; page shows " + state, e);
        }
    }

    private static String text(ILoggingEvent event) {
        String message = event.getFormattedMessage();
        return event.getThrowableProxy() == null ? message : message + " " + event.getThrowableProxy().getMessage();
    }

    private static long pct(List<Long> values, int percent) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
