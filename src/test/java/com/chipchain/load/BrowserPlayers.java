package com.chipchain.load;

import com.chipchain.e2e.Browsers;
import com.google.gson.JsonObject;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.util.ArrayList;
import java.util.List;

/**
 * Real Chromium pages among the load harness's players ({@code -Dload.browsers=K}): each seat in its
 * own browser context, as each student has their own device, the first {@code throttled} of them at
 * {@code rate}x CPU throttling (Chromium's {@code Emulation.setCPUThrottlingRate}: a mid-range phone
 * at 4). Each page records, by the machine's clock, the first frame that shows each turn and each
 * "Submitted" (a MutationObserver, then the next animation frame), so the harness can measure from
 * the app's own "turn closed" to the new turn being visible on the page.
 */
final class BrowserPlayers implements AutoCloseable {

    /** Installed in every page before the app's scripts: the times each turn and each submission first show. */
    private static final String WATCH = """
            performance.setResourceTimingBufferSize(100000);
            window.__turnShown = {};
            window.__submittedShown = [];
            new MutationObserver(() => {
              const label = document.getElementById('turn-label');
              const match = label && /Turn (\\d+) of/.exec(label.textContent);
              if (match && !(match[1] in window.__turnShown)) {
                window.__turnShown[match[1]] = 0;
                requestAnimationFrame(() => { window.__turnShown[match[1]] = Date.now(); });
              }
              const state = document.getElementById('submit-state');
              const submitted = state && state.textContent.indexOf('Submitted') >= 0;
              if (submitted !== window.__wasSubmitted) {
                window.__wasSubmitted = submitted;
                if (submitted) requestAnimationFrame(() => window.__submittedShown.push(Date.now()));
              }
            }).observe(document, {subtree: true, childList: true, characterData: true});
            """;

    /** One page: its seat, whether it is throttled, when it was told to click Submit, and what it received and did. */
    record Player(String sessionId, Page page, boolean throttled, List<Long> clicks, com.microsoft.playwright.CDPSession cdp,
                  java.util.concurrent.atomic.AtomicLong pushed, List<Work> work, java.util.Map<Integer, Long> turnArrived) {}

    /** The turn label's words in a message from the server. */
    private static final java.util.regex.Pattern TURN_LABEL = java.util.regex.Pattern.compile("Turn (\\d+) of");

    /**
     * What a page had received and done by a moment: characters pushed over the websocket, bytes of
     * the answers to its own requests (resource timing), and Chromium's own counters (seconds of
     * script, of layout and style, of all its main-thread tasks).
     */
    record Work(long pushedChars, long answerBytes, double script, double layout, double tasks) {
        Work minus(Work earlier) {
            return new Work(pushedChars - earlier.pushedChars, answerBytes - earlier.answerBytes, script - earlier.script,
                    layout - earlier.layout, tasks - earlier.tasks);
        }
    }

    private final Playwright playwright;
    private final Browser browser;
    /** Whether the browser's processes run at the machine's lowest priority (see {@link Browsers#chromiumAtLowestPriority}). */
    final boolean lowestPriority;
    private final List<BrowserContext> contexts = new ArrayList<>();
    final List<Player> players = new ArrayList<>();

    BrowserPlayers() {
        playwright = Browsers.playwright();
        Browsers.Lowered lowered = Browsers.chromiumAtLowestPriority(playwright);
        browser = lowered.browser();
        lowestPriority = lowered.lowest();
    }

    /** Opens a seat's page; throttled pages run their scripts {@code rate} times slower. */
    Player open(String baseUrl, String sessionId, String token, boolean throttled, int rate) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-US").setViewportSize(390, 844));
        contexts.add(context);
        context.addInitScript(WATCH);
        Page page = context.newPage();
        com.microsoft.playwright.CDPSession cdp = context.newCDPSession(page);
        cdp.send("Performance.enable");
        // when the browser's network stack received the push that carries each turn (the wire, before the page's
        // own script sees it): Chromium's monotonic time, put on the machine's clock by the websocket handshake's wall time
        java.util.Map<Integer, Long> turnArrived = new java.util.concurrent.ConcurrentHashMap<>();
        double[] wallMinusMonotonic = {Double.NaN};
        cdp.on("Network.webSocketWillSendHandshakeRequest", event ->
                wallMinusMonotonic[0] = event.get("wallTime").getAsDouble() - event.get("timestamp").getAsDouble());
        cdp.on("Network.webSocketFrameReceived", event -> {
            java.util.regex.Matcher turn = TURN_LABEL.matcher(event.getAsJsonObject("response").get("payloadData").getAsString());
            if (turn.find() && !Double.isNaN(wallMinusMonotonic[0])) {
                turnArrived.putIfAbsent(Integer.parseInt(turn.group(1)),
                        Math.round((event.get("timestamp").getAsDouble() + wallMinusMonotonic[0]) * 1000));
            }
        });
        cdp.send("Network.enable");
        if (throttled) {
            JsonObject args = new JsonObject();
            args.addProperty("rate", rate);
            cdp.send("Emulation.setCPUThrottlingRate", args);
        }
        java.util.concurrent.atomic.AtomicLong pushed = new java.util.concurrent.atomic.AtomicLong();
        page.onWebSocket(socket -> socket.onFrameReceived(frame -> pushed.addAndGet(frame.text() == null ? 0 : frame.text().length())));
        page.setDefaultTimeout(120_000);
        page.navigate(baseUrl + "seat/" + token);
        page.waitForFunction("() => '1' in window.__turnShown && window.__turnShown['1'] > 0");
        Player player = new Player(sessionId, page, throttled, new ArrayList<>(), cdp, pushed, new ArrayList<>(), turnArrived);
        players.add(player);
        return player;
    }

    /** Notes what every page has received and done so far (called at the start of each round and at the end). */
    void noteWork() {
        for (Player player : players) {
            player.work().add(work(player));
        }
    }

    private static Work work(Player player) {
        Number answers = (Number) player.page().evaluate("() => performance.getEntriesByType('resource')"
                + ".filter(e => e.initiatorType === 'xmlhttprequest' || e.initiatorType === 'fetch')"
                + ".reduce((n, e) => n + e.encodedBodySize, 0)");
        JsonObject metrics = player.cdp().send("Performance.getMetrics");
        java.util.Map<String, Double> byName = new java.util.HashMap<>();
        metrics.getAsJsonArray("metrics").forEach(m -> byName.put(m.getAsJsonObject().get("name").getAsString(),
                m.getAsJsonObject().get("value").getAsDouble()));
        return new Work(player.pushed().get(), answers.longValue(), byName.getOrDefault("ScriptDuration", 0.0),
                byName.getOrDefault("LayoutDuration", 0.0) + byName.getOrDefault("RecalcStyleDuration", 0.0),
                byName.getOrDefault("TaskDuration", 0.0));
    }

    /** Clicks Submit on every page, as quickly as one hand can, noting each click's time. */
    void submitAll() {
        for (Player player : players) {
            player.clicks().add(System.currentTimeMillis());
            player.page().locator("#submit").click();
        }
    }

    /** When the page first showed the turn (machine clock), waiting for it up to the page's timeout. */
    long shown(Player player, int turn) {
        player.page().waitForFunction("t => window.__turnShown[t] > 0", String.valueOf(turn));
        return ((Number) player.page().evaluate("t => window.__turnShown[t]", String.valueOf(turn))).longValue();
    }

    /**
     * When the push carrying the turn reached the page's browser (machine clock); null when no push
     * frame held the turn's label: it came in the answer to the page's own request, or in a message
     * split across frames ({@link PageRound#notPushed} counts both).
     */
    Long arrived(Player player, int turn) {
        return player.turnArrived().get(turn);
    }

    /** When the page showed "Submitted" for each click so far (machine clock). */
    List<Long> submittedShown(Player player) {
        List<Long> times = new ArrayList<>();
        for (Object time : (List<?>) player.page().evaluate("() => window.__submittedShown")) {
            times.add(((Number) time).longValue());
        }
        return times;
    }

    @Override
    public void close() {
        contexts.forEach(BrowserContext::close);
        browser.close();
        playwright.close();
    }
}
