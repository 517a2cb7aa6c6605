package com.chipchain.load;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.chipchain.play.DefaultRule;
import com.chipchain.play.SeatTicket;
import com.chipchain.play.SessionBroadcaster;
import com.chipchain.play.SessionInfo;
import com.chipchain.play.PlayDriver;
import com.chipchain.play.SessionSettings;
import com.microsoft.playwright.Browser;
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

    /** One player screen, in a real browser or a protocol client: what the harness asks of it. */
    interface Screen {
        String sessionId();

        /** Clicks Submit and remembers when. */
        void submit() throws Exception;

        long clickedAt();

        /** Waits until the screen shows "Submitted" or turn {@code next}; returns when (ms). */
        long acknowledged(int next) throws Exception;

        /** Waits until the screen shows turn {@code turn}; returns when (ms). */
        long turnShown(int turn) throws Exception;

        /** Waits until the screen shows the message; returns when (ms). */
        long messageShown(String message) throws Exception;

        /** Starts watching for what the next turn brings (texts seen before count again only when they come again). */
        void expect(int next, String message);
    }

    /** A screen of the protocol client: the server does the same work, nothing renders. */
    static final class ProtocolScreen implements Screen {
        final ProtocolPlayer player;
        final String sessionId;
        volatile long clicked;

        ProtocolScreen(ProtocolPlayer player, String sessionId) {
            this.player = player;
            this.sessionId = sessionId;
        }

        public String sessionId() { return sessionId; }

        public void submit() throws Exception {
            clicked = System.currentTimeMillis();
            player.click("submit");
        }

        public long clickedAt() { return clicked; }

        public void expect(int next, String message) {
            player.rewatch("\"Submitted\"");
            player.rewatch("Turn " + next + " of");
            player.rewatch(message);
        }

        public long acknowledged(int next) throws Exception {
            return until(() -> {
                long a = player.seenAt("\"Submitted\"");
                long t = player.seenAt("Turn " + next + " of");
                return a == 0 ? t : t == 0 ? a : Math.min(a, t);
            }, "Submitted or turn " + next);
        }

        public long turnShown(int turn) throws Exception {
            return until(() -> player.seenAt("Turn " + turn + " of"), "turn " + turn);
        }

        public long messageShown(String message) throws Exception {
            return until(() -> player.seenAt(message), message);
        }

        private long until(java.util.function.LongSupplier seen, String what) throws InterruptedException {
            long deadline = System.currentTimeMillis() + 120_000;
            while (System.currentTimeMillis() < deadline) {
                long at = seen.getAsLong();
                if (at > 0) {
                    return at;
                }
                Thread.sleep(5);
            }
            throw new IllegalStateException("a protocol screen of " + sessionId + " never showed " + what);
        }
    }

    /** A real Chromium page: the browser times each answer itself. */
    static final class BrowserScreen implements Screen {
        final Page page;
        final String sessionId;

        BrowserScreen(Page page, String sessionId) {
            this.page = page;
            this.sessionId = sessionId;
        }

        public String sessionId() { return sessionId; }

        public void submit() {
            page.evaluate("() => { window.__clicked = Date.now(); window.__acked = 0; document.querySelector('#submit').click(); }");
        }

        public long clickedAt() { return ((Number) page.evaluate("() => window.__clicked")).longValue(); }

        public void expect(int next, String message) { }

        public long acknowledged(int next) {
            waitFor(page, "window.__acked > 0 || window.__turnSeen[" + next + "] > 0");
            return ((Number) page.evaluate("t => Math.min(window.__acked || Infinity, window.__turnSeen[t] || Infinity)", next)).longValue();
        }

        public long turnShown(int turn) {
            waitFor(page, "window.__turnSeen[" + turn + "] > 0");
            return ((Number) page.evaluate("t => window.__turnSeen[t]", turn)).longValue();
        }

        public long messageShown(String message) {
            waitFor(page, "(window.__messages['" + message + "'] || 0) > 0");
            return ((Number) page.evaluate("m => window.__messages[m]", message)).longValue();
        }
    }

    @Test
    void a_class_plays_two_turns_and_every_screen_keeps_up() throws Exception {
        int players = Integer.getInteger("load.players", 60);
        int inBrowsers = Math.min(players, Integer.getInteger("load.browsers", 0));
        int sessionCount = Math.max(1, players / 10);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.addAppender(log);
        List<String> trouble = Collections.synchronizedList(new ArrayList<>());

        List<List<SeatTicket>> classes = new ArrayList<>();
        for (int s = 0; s < sessionCount; s++) {
            SessionInfo session = sessions.create(new SessionSettings("made-in-america-2025", 2, Map.of(), null,
                    DefaultRule.REPEAT_LAST, "base-stock", false, s + 1L));
            List<SeatTicket> teams = new ArrayList<>();
            for (int team = 0; team < 10; team++) {
                teams.add(sessions.join(session.joinCode(), "S" + s + " T" + team, null, null, "load"));
            }
            sessions.start(session.id());
            classes.add(teams);
        }

        long heapBefore = usedHeapAfterGc();
        List<ProtocolPlayer> clients = new ArrayList<>();
        Playwright playwright = inBrowsers == 0 ? null : Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            Browser browser = playwright == null ? null : launch(playwright);
            List<Screen> screens = new ArrayList<>();
            List<SeatTicket> everyone = classes.stream().flatMap(List::stream).toList();
            long[] heapAtHalf = {heapBefore};
            int[] screensAtHalf = {0};
            for (int i = 0; i < everyone.size(); i++) {
                SeatTicket team = everyone.get(i);
                if (i == everyone.size() / 2) {
                    Thread.sleep(1000);
                    heapAtHalf[0] = usedHeapAfterGc();
                    screensAtHalf[0] = i;
                }
                // the real browsers are spread over the sessions: every k-th player
                if (browser != null && inBrowsers > 0 && i % Math.max(1, everyone.size() / inBrowsers) == 0
                        && screens.stream().filter(x -> x instanceof BrowserScreen).count() < inBrowsers) {
                    Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1000, 800)).newPage();
                    page.navigate("http://localhost:" + port + "/seat/" + team.token());
                    page.locator("#turn-label").filter(new com.microsoft.playwright.Locator.FilterOptions()
                            .setHasText("Turn 1 of 16")).waitFor();
                    watch(page);
                    screens.add(new BrowserScreen(page, team.sessionId()));
                } else {
                    ProtocolPlayer player = new ProtocolPlayer("http://localhost:" + port + "/", trouble::add);
                    player.watch("Turn 1 of 16");
                    player.open("seat/" + team.token());
                    clients.add(player);
                    screens.add(new ProtocolScreen(player, team.sessionId()));
                }
            }
            // every open page polls every ten seconds, as the browser's own client does
            java.util.concurrent.ScheduledExecutorService pollers = java.util.concurrent.Executors.newScheduledThreadPool(2);
            for (ProtocolPlayer player : clients) {
                pollers.scheduleAtFixedRate(() -> {
                    try {
                        player.poll();
                    } catch (Exception e) {
                        trouble.add("poll failed: " + e);
                    }
                }, (long) (Math.random() * 10_000), 10_000, java.util.concurrent.TimeUnit.MILLISECONDS);
            }
            Thread.sleep(2000);
            long heapAfter = usedHeapAfterGc();
            // heap per UI is the slope between half the screens and all of them: what one more screen costs,
            // without what is paid once (the sessions' game caches, classes, the first request's buffers)
            double heapPerUi = (heapAfter - heapAtHalf[0]) / 1024.0 / 1024.0 / (screens.size() - screensAtHalf[0]);
            broadcaster.refreshTimes().clear();

            List<Long> acks = new ArrayList<>();
            List<Long> closes = new ArrayList<>();
            List<Long> broadcasts = new ArrayList<>();
            java.util.concurrent.ExecutorService clicking = java.util.concurrent.Executors.newFixedThreadPool(8);
            for (int turn = 1; turn <= Integer.getInteger("load.turns", 3); turn++) {
                int next = turn + 1;
                String message = "Message " + turn;
                screens.forEach(screen -> screen.expect(next, message));
                // every team submits within a moment: clicks go out together from a few threads
                List<java.util.concurrent.Future<?>> clicks = new ArrayList<>();
                for (Screen screen : screens) {
                    clicks.add(clicking.submit(() -> {
                        screen.submit();
                        return null;
                    }));
                }
                for (java.util.concurrent.Future<?> click : clicks) {
                    click.get();
                }
                for (Screen screen : screens) {
                    acks.add(screen.acknowledged(next) - screen.clickedAt());
                }
                // the turn closes with its session's last submission: from that click to each screen's next turn
                Map<String, Long> lastClick = new ConcurrentHashMap<>();
                for (Screen screen : screens) {
                    lastClick.merge(screen.sessionId(), screen.clickedAt(), Math::max);
                }
                for (Screen screen : screens) {
                    try {
                        closes.add(screen.turnShown(next) - lastClick.get(screen.sessionId()));
                    } catch (IllegalStateException e) {
                        // tell a stale screen from a turn that never closed
                        throw new IllegalStateException(e.getMessage() + "; the server is at turn "
                                + sessions.info(screen.sessionId()).turn() + " of that session", e);
                    }
                }
                long sent = System.currentTimeMillis();
                for (List<SeatTicket> teams : classes) {
                    sessions.broadcast(teams.get(0).sessionId(), message);
                }
                for (Screen screen : screens) {
                    broadcasts.add(screen.messageShown(message) - sent);
                }
            }
            clicking.shutdown();
            pollers.shutdownNow();
            com.chipchain.play.RefreshTimes.Summary server = broadcaster.refreshTimes().summary();
            long lockTimeouts = log.list.stream().filter(e -> text(e).contains("Timeout trying to lock")).count();
            long errors = log.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.ERROR)).count();
            double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            String report = String.format("""
                    Chipchain load harness: %d players (%d sessions x 2 chains x 5 seats; %d in Chromium, %d protocol clients), %d processors, load average %.1f, %s
                    heap per open player UI:                 %.2f MB
                    submit -> acknowledged on screen:        p50 %d ms, p95 %d ms, max %d ms
                    last submit of a session -> next turn:   p50 %d ms, p95 %d ms, max %d ms
                    broadcast -> on every screen:            p50 %d ms, p95 %d ms, max %d ms
                    change published -> screen redrawn (server side, %d refreshes): p50 %.0f ms, p95 %.0f ms, max %.0f ms
                    lock timeouts in the log: %d, errors in the log: %d, client trouble: %d %s
                    """, screens.size(), sessionCount, screens.size() - clients.size(), clients.size(),
                    Runtime.getRuntime().availableProcessors(), load, java.time.LocalDate.now(),
                    heapPerUi, pct(acks, 50), pct(acks, 95), pct(acks, 100), pct(closes, 50), pct(closes, 95), pct(closes, 100),
                    pct(broadcasts, 50), pct(broadcasts, 95), pct(broadcasts, 100), server.count(), server.p50(), server.p95(), server.max(),
                    lockTimeouts, errors, trouble.size(), trouble.isEmpty() ? "" : trouble.subList(0, Math.min(3, trouble.size())));
            System.out.println(report);
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "load-report.txt"), report);
            if (browser != null) {
                browser.close();
            }
        } finally {
            clients.forEach(ProtocolPlayer::close);
            if (playwright != null) {
                playwright.close();
            }
            root.detachAppender(log);
        }
    }

    private static Browser launch(Playwright playwright) {
        // every student looks at their own screen: no page may be throttled as a background tab
        com.microsoft.playwright.BrowserType.LaunchOptions launch = new com.microsoft.playwright.BrowserType.LaunchOptions()
                .setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run",
                        "--disable-background-timer-throttling", "--disable-renderer-backgrounding",
                        "--disable-backgrounding-occluded-windows", "--disable-ipc-flooding-protection"));
        if (Files.isExecutable(Path.of("/usr/bin/chromium"))) {
            launch.setExecutablePath(Path.of("/usr/bin/chromium"));
        }
        return playwright.chromium().launch(launch);
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
