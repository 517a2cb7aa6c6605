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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The load harness of docs/performance.md (a benchmark, not part of the test suite): starts the
 * app on loopback, opens one player screen per team through {@link ProtocolPlayer} (Vaadin's own
 * protocol, no rendering) in two JVMs of players beside the app's, plays warm-up turns, then has
 * every team submit at once each turn and prints heap per UI, submit to acknowledgement, turn close
 * and broadcast to every screen (p50/p95/max), the app's own change-to-redraw times, and lock
 * timeouts and errors in the log. Run with:
 * {@code mvn -B test -Dtest=ClassroomLoadBenchmark -Dload.players=60 -Dsurefire.failIfNoSpecifiedTests=false}
 * With {@code -Dload.browsers=K} K more teams play on real Chromium pages ({@link BrowserPlayers}),
 * {@code -Dload.throttled=N} of them (all by default) at {@code -Dload.throttle-rate=4}x CPU
 * throttling; every round, the first turn after the start included, is reported for them.
 * {@code -Dload.chains=40 -Dload.consoles=4 -Dload.projectors=2} plays a workshop: one session of 40
 * chains (200 players) with four consoles and two projectors. Every run also prints the cost of a
 * screen: the app's CPU per open screen and turn, and the UIDL characters each kind of screen received.
 * {@code -Dload.nodes=2 -Dload.db-url=jdbc:postgresql://... -Dload.db-user=... -Dload.db-password=...}
 * runs a second node of the app on the same PostgreSQL database and opens the second half of the
 * player screens on it; "turn closed -> next turn" is then reported for the screens on the node that
 * closed the turn and for those on the other node apart (docs/performance.md, "Two nodes").
 */
@EnabledIfSystemProperty(named = "load.players", matches = "\\d+")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=${load.db-url:jdbc:h2:file:./target/test-db/load-${random.uuid};WRITE_DELAY=0}",
        "spring.datasource.username=${load.db-user:sa}",
        "spring.datasource.password=${load.db-password:}",
        "vaadin.devmode.devTools.enabled=false",
        "chipchain.facilitator.password=" + ClassroomLoadBenchmark.PASSWORD,
        "logging.level.root=warn"})
class ClassroomLoadBenchmark {

    static final String PASSWORD = "load-harness-facilitator";

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

    @Test
    void a_class_plays_and_every_screen_keeps_up() throws Exception {
        int players = Integer.getInteger("load.players", 60);
        int browserCount = Integer.getInteger("load.browsers", 0);
        int throttled = Integer.getInteger("load.throttled", browserCount);
        int rate = Integer.getInteger("load.throttle-rate", 4);
        // sessions of 2 chains x 5 seats (or -Dload.chains=C chains each: a workshop of 40 is one session);
        // the real pages take the first seats, the seats left over are played by bots
        int chains = Integer.getInteger("load.chains", 2);
        int seatsPerSession = chains * 5;
        int sessionCount = Math.max(1, (int) Math.ceil((players + browserCount) / (double) seatsPerSession));
        // -Dload.consoles=N and -Dload.projectors=M screens of the room per session (a workshop has several adults)
        int consoles = Integer.getInteger("load.consoles", 1);
        int projectors = Integer.getInteger("load.projectors", 1);
        int warmup = Integer.getInteger("load.warmup", 2);
        int turns = Integer.getInteger("load.turns", 3);
        int nodes = Integer.getInteger("load.nodes", 1);
        if (nodes > 2 || nodes == 2 && !System.getProperty("load.db-url", "").startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("-Dload.nodes=2 needs -Dload.db-url=jdbc:postgresql://... (both nodes on one database)");
        }
        // the second node: the same app on the same database, in this JVM (its CPU counts with the first node's)
        org.springframework.context.ConfigurableApplicationContext nodeB = nodes == 2 ? com.chipchain.play.TestNodes.start(
                System.getProperty("load.db-url"), System.getProperty("load.db-user", "sa"), System.getProperty("load.db-password", ""),
                "--chipchain.facilitator.password=" + PASSWORD, "--vaadin.devmode.devTools.enabled=false") : null;
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.addAppender(log);

        List<String> sessionIds = new ArrayList<>();
        // when each session's turn closed in the app (the resolving commit handed to the screens), by the machine's clock
        Map<String, Long> closedAt = new java.util.concurrent.ConcurrentHashMap<>();
        // with two nodes: on which node each turn closed (the node that published it first)
        Map<String, String> closedOn = new java.util.concurrent.ConcurrentHashMap<>();
        List<String> seats = new ArrayList<>();
        // the room's screens: each session's facilitator console and projector, as in a class
        List<String> room = new ArrayList<>();
        for (int s = 0; s < sessionCount; s++) {
            SessionInfo session = sessions.create(new SessionSettings("made-in-america-2025", chains, Map.of(), null,
                    DefaultRule.REPEAT_LAST, "base-stock", false, s + 1L));
            for (int team = 0; team < seatsPerSession && seats.size() < players + browserCount; team++) {
                SeatTicket ticket = sessions.join(session.joinCode(), "S" + s + " T" + team, null, null, "load");
                seats.add(session.id() + ":" + ticket.token());
            }
            sessions.start(session.id());
            sessionIds.add(session.id());
            for (int c = 0; c < consoles; c++) {
                room.add("console:" + session.id());
            }
            for (int p = 0; p < projectors; p++) {
                room.add("projector:" + session.id());
            }
            // the first change that carries a new turn is its close (the last submission's, or the timer's);
            // its time is when the app published it, converted to the machine's clock
            broadcaster.subscribe(session.id(), change -> closed(closedAt, closedOn, change, "A"));
            if (nodeB != null) {
                // a turn closed on node B is published there first, and on node A only when its notification arrives
                nodeB.getBean(SessionBroadcaster.class).subscribe(session.id(), change -> closed(closedAt, closedOn, change, "B"));
            }
        }

        List<String> browserSeats = new ArrayList<>(seats.subList(0, browserCount));
        seats = new ArrayList<>(seats.subList(browserCount, seats.size()));
        // the players run in a JVM of their own: this JVM's heap is the app's alone
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-Dchipchain.load.password=" + PASSWORD, "-cp", System.getProperty("java.class.path"), LoadClients.class.getName(), "http://localhost:" + port + "/"));
        int half = seats.size() / 2;
        // the room's screens open with the first half, so the heap slope from half to all counts player screens only
        Process firstHalf = new ProcessBuilder(concat(concat(command, room), seats.subList(0, half))).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        Clients first = new Clients(firstHalf);
        first.await("READY");
        long heapAtHalf = usedHeapAfterGc();
        List<String> secondCommand = new ArrayList<>(command);
        if (nodeB != null) {
            // the second half of the players open their screens on node B
            secondCommand.set(secondCommand.size() - 1, "http://localhost:" + com.chipchain.play.TestNodes.port(nodeB) + "/");
        }
        Process secondHalf = new ProcessBuilder(concat(secondCommand, seats.subList(half, seats.size()))).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        Clients second = new Clients(secondHalf);
        second.await("READY");
        Thread.sleep(2000);
        long heapAfter = usedHeapAfterGc();
        // heap per UI as the slope from half the screens to all of them: what one more screen costs,
        // without what is paid once (the sessions' game caches, the first request's buffers)
        double heapPerUi = (heapAfter - heapAtHalf) / 1024.0 / 1024.0 / (seats.size() - half);
        Thread.sleep(Long.getLong("load.pause-ms", 0));
        List<Clients> groups = List.of(first, second);
        // the real pages open after the heap is measured: the slope counts protocol screens only
        BrowserPlayers browsers = new BrowserPlayers();
        for (int b = 0; b < browserSeats.size(); b++) {
            String[] seat = browserSeats.get(b).split(":");
            browsers.open("http://localhost:" + port + "/", seat[0], seat[1], b < throttled, rate);
        }
        // per round and kind of page (throttled or not): turn closed -> the new turn visible, and where those seconds went
        Map<PageRound.Kind, PageRound> pageRounds = new java.util.TreeMap<>();

        List<Long> acks = new ArrayList<>();
        List<Long> closes = new ArrayList<>();
        List<Long> broadcasts = new ArrayList<>();
        List<Long> afterClose = new ArrayList<>();
        List<Long> roomAfterClose = new ArrayList<>();
        List<Long> sameNode = new ArrayList<>();
        List<Long> otherNode = new ArrayList<>();
        // the app's CPU and the characters each kind of screen received, at the end of the warm-up and of the last turn
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpuAtStart = 0;
        long cpuAtEnd = 0;
        Map<String, long[]> receivedAtStart = new java.util.HashMap<>();
        Map<String, long[]> receivedAtEnd = new java.util.HashMap<>();
        for (int turn = 1; turn <= warmup + turns; turn++) {
            // the first turns of a fresh JVM pay for compiling the code: they are played, not measured
            boolean measured = turn > warmup;
            if (turn == warmup + 1) {
                broadcaster.refreshTimes().clear();
            }
            // on the console, to line up the app's own records (a flight recording, thread dumps) with the rounds
            System.err.println("load harness: round " + turn + " starts at " + java.time.LocalTime.now());
            for (Clients group : groups) {
                group.send("TURN " + turn);
            }
            browsers.noteWork();
            browsers.submitAll();
            for (BrowserPlayers.Player player : browsers.players) {
                long shown = browsers.shown(player, turn + 1);
                Long closed = closedAt.get(player.sessionId() + "#" + (turn + 1));
                if (closed != null) {
                    PageRound page = pageRounds.computeIfAbsent(new PageRound.Kind(turn, player.throttled()), k -> new PageRound());
                    page.visible.add(shown - closed);
                    Long arrived = browsers.arrived(player, turn + 1);
                    if (arrived == null) {
                        page.notPushed++;
                    } else {
                        page.wire.add(arrived - closed);
                        page.draw.add(shown - arrived);
                    }
                }
            }
            Map<String, long[]> received = turn == warmup ? receivedAtStart : turn == warmup + turns ? receivedAtEnd : null;
            for (Clients group : groups) {
                for (String line : group.await("TURNED " + turn)) {
                    if (line.startsWith("RECEIVED ")) {
                        String[] parts = line.split(" ");
                        if (received != null) {
                            long[] sum = received.computeIfAbsent(parts[1], k -> new long[3]);
                            sum[0] += Long.parseLong(parts[2]);
                            sum[1]++;
                            sum[2] += Long.parseLong(parts[3]);
                        }
                    } else if (measured && line.startsWith("ACK ")) {
                        acks.add(Long.parseLong(line.substring(4)));
                    } else if (measured && line.startsWith("CLOSE ")) {
                        closes.add(Long.parseLong(line.substring(6)));
                    } else if (measured && line.startsWith("SHOWN_AT ")) {
                        String[] parts = line.split(" ");
                        Long closed = closedAt.get(parts[1] + "#" + (turn + 1));
                        if (closed != null) {
                            long late = Long.parseLong(parts[2]) - closed;
                            (parts[3].equals("player") ? afterClose : roomAfterClose).add(late);
                            if (nodeB != null && parts[3].equals("player")) {
                                String screenNode = group == first ? "A" : "B";
                                (screenNode.equals(closedOn.get(parts[1] + "#" + (turn + 1))) ? sameNode : otherNode).add(late);
                            }
                        }
                    }
                }
            }
            if (turn == warmup) {
                cpuAtStart = os.getProcessCpuTime();
            } else if (turn == warmup + turns) {
                cpuAtEnd = os.getProcessCpuTime();
            }
            String message = "Message " + turn;
            for (Clients group : groups) {
                group.send("EXPECT " + message);
                group.await("EXPECTING");
            }
            long sent = System.currentTimeMillis();
            for (String id : sessionIds) {
                sessions.broadcast(id, message);
            }
            for (Clients group : groups) {
                group.send("MESSAGE " + message + " " + sent);
            }
            for (Clients group : groups) {
                for (String line : group.await("SHOWN")) {
                    if (measured && line.startsWith("SEEN ")) {
                        broadcasts.add(Long.parseLong(line.substring(5)));
                    }
                }
            }
        }
        Thread.sleep(2000); // the pages finish drawing the last turn
        browsers.noteWork();
        // a click is acknowledged when the page shows Submitted, or already the next turn (the last click closes it)
        List<Long> pageAcks = new ArrayList<>();
        for (BrowserPlayers.Player player : browsers.players) {
            List<Long> submitted = browsers.submittedShown(player);
            for (int round = 0; round < player.clicks().size(); round++) {
                long click = player.clicks().get(round);
                long next = browsers.shown(player, round + 2);
                long ack = submitted.stream().filter(t -> t >= click).findFirst().map(t -> Math.min(t, next)).orElse(next);
                pageAcks.add(ack - click);
            }
        }
        browsers.close();
        StringBuilder pagesReport = new StringBuilder();
        for (Map.Entry<PageRound.Kind, PageRound> entry : pageRounds.entrySet()) {
            int round = entry.getKey().round();
            List<Long> times = entry.getValue().visible;
            pagesReport.append(String.format("real pages%s, round %d%s: turn closed -> new turn visible p50 %d ms, p95 %d ms, max %d ms (%d pages)%n",
                    entry.getKey().throttled() ? " at " + rate + "x CPU throttling" : " (no throttling)", round,
                    round == 1 ? " (the first turn after the start)" : round <= warmup ? " (warm-up)" : "",
                    pct(times, 50), pct(times, 95), pct(times, 100), times.size()));
        }
        // where the round's seconds went: the server and the wire, then the page
        for (Map.Entry<PageRound.Kind, PageRound> entry : pageRounds.entrySet()) {
            PageRound measured = entry.getValue();
            List<Long> wire = measured.wire;
            List<Long> draw = measured.draw;
            pagesReport.append(String.format("  round %d%s: turn closed -> its push in the browser p50 %d ms, p95 %d ms, max %d ms; "
                            + "push in the browser -> turn visible p50 %d ms, p95 %d ms, max %d ms (%d pushed, %d in the answer to their own click)%n",
                    entry.getKey().round(), entry.getKey().throttled() ? " (throttled)" : "", pct(wire, 50), pct(wire, 95), pct(wire, 100),
                    pct(draw, 50), pct(draw, 95), pct(draw, 100), wire.size(), measured.notPushed));
        }
        // what each round cost the pages: received from the server, and their own script, layout and task time
        for (int round = 1; round <= warmup + turns && !browsers.players.isEmpty(); round++) {
            for (boolean slow : List.of(false, true)) {
                List<BrowserPlayers.Work> spent = new ArrayList<>();
                for (BrowserPlayers.Player player : browsers.players) {
                    if (player.throttled() == slow && player.work().size() > round) {
                        spent.add(player.work().get(round).minus(player.work().get(round - 1)));
                    }
                }
                if (!spent.isEmpty()) {
                    pagesReport.append(String.format("  round %d%s, per page (mean of %d): pushed %,d chars, answers %,d bytes; "
                                    + "script %.2f s, layout and style %.2f s, all main-thread tasks %.2f s (max %.2f s)%n",
                            round, slow ? " (throttled)" : "", spent.size(),
                            Math.round(spent.stream().mapToLong(BrowserPlayers.Work::pushedChars).average().orElse(0)),
                            Math.round(spent.stream().mapToLong(BrowserPlayers.Work::answerBytes).average().orElse(0)),
                            spent.stream().mapToDouble(BrowserPlayers.Work::script).average().orElse(0),
                            spent.stream().mapToDouble(BrowserPlayers.Work::layout).average().orElse(0),
                            spent.stream().mapToDouble(BrowserPlayers.Work::tasks).average().orElse(0),
                            spent.stream().mapToDouble(BrowserPlayers.Work::tasks).max().orElse(0)));
                }
            }
        }
        if (!pageAcks.isEmpty()) {
            pagesReport.append(String.format("real pages: click -> Submitted (or the next turn) p50 %d ms, p95 %d ms, max %d ms%n",
                    pct(pageAcks, 50), pct(pageAcks, 95), pct(pageAcks, 100)));
        }
        long resyncs = log.list.stream().filter(e -> text(e).contains("Resynchronizing UI")).count();
        List<String> trouble = new ArrayList<>();
        for (Clients group : groups) {
            group.send("QUIT");
            group.await("TROUBLE").stream().filter(l -> l.startsWith("TROUBLE ") && !l.startsWith("TROUBLE 0")).forEach(trouble::add);
        }
        com.chipchain.play.RefreshTimes.Summary server = broadcaster.refreshTimes().summary();
        long lockTimeouts = log.list.stream().filter(e -> text(e).contains("Timeout trying to lock")).count();
        long errors = log.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.ERROR)).count();
        List<Long> everyScreen = new ArrayList<>(afterClose);
        everyScreen.addAll(roomAfterClose);
        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        // the cost of a screen (docs/performance.md): the app's CPU over the measured turns (this JVM is the app's;
        // the protocol clients run in their own), per open screen and turn, and what each kind of screen received
        int screenCount = seats.size() + room.size();
        double cpuPerScreenTurn = (cpuAtEnd - cpuAtStart) / 1e6 / screenCount / turns;
        StringBuilder received = new StringBuilder();
        for (String kind : List.of("player", "console", "projector")) {
            long[] start = receivedAtStart.get(kind);
            long[] end = receivedAtEnd.get(kind);
            if (start != null && end != null && end[1] > 0) {
                received.append(String.format("%s %,d (+ %,d bytes of map drawings fetched)", kind,
                        Math.round((end[0] - start[0]) / (double) end[1] / turns), Math.round((end[2] - start[2]) / (double) end[1] / turns))).append("; ");
            }
        }
        String cost = String.format("app CPU over the measured turns: %.1f s = %.2f ms per open screen per turn (%d screens x %d turns%s)%n"
                        + "UIDL received per screen per turn (chars, a message to every screen included): %s",
                (cpuAtEnd - cpuAtStart) / 1e9, cpuPerScreenTurn, screenCount, turns,
                browserSeats.isEmpty() ? "" : "; this JVM also drives the real pages' Playwright", received);
        String report = String.format("""
                Chipchain load harness: %d players (%d sessions x %d chains x 5 seats) and %d room screens (%d consoles and %d projectors per session), protocol clients in their own JVMs, and %d real Chromium pages (%d at %dx CPU throttling%s), %d processors, load average %.1f, %s
                turns measured: %d after %d warm-up turns
                heap per open player UI:                 %s
                submit -> acknowledged on screen:        p50 %d ms, p95 %d ms, max %d ms
                last submit of a session -> next turn:   p50 %d ms, p95 %d ms, max %d ms
                turn closed -> next turn on every screen: p50 %d ms, p95 %d ms, max %d ms (%d screens)
                  of which players:                      p50 %d ms, p95 %d ms, max %d ms (%d screens)
                  of which consoles and projectors:      p50 %d ms, p95 %d ms, max %d ms (%d screens)
                broadcast -> on every screen:            p50 %d ms, p95 %d ms, max %d ms
                change published -> screen redrawn (server side, %d refreshes): p50 %.0f ms, p95 %.0f ms, max %.0f ms
                lock timeouts in the log: %d, errors in the log: %d, resynchronizations in the log: %d, client trouble: %s
                %s
                %s""", seats.size(), sessionCount, chains, room.size(), consoles, projectors, browserSeats.size(), Math.min(throttled, browserSeats.size()), rate,
                browserSeats.isEmpty() ? "" : browsers.lowestPriority ? "; the browser at the lowest CPU priority" : "; the browser at normal CPU priority, competing with the app", Runtime.getRuntime().availableProcessors(), load, java.time.LocalDate.now(),
                turns, warmup, seats.size() - half > 0 ? String.format("%.2f MB", heapPerUi) : "not measured (no protocol players)", pct(acks, 50), pct(acks, 95), pct(acks, 100),
                pct(closes, 50), pct(closes, 95), pct(closes, 100), pct(everyScreen, 50), pct(everyScreen, 95), pct(everyScreen, 100),
                everyScreen.size(), pct(afterClose, 50), pct(afterClose, 95), pct(afterClose, 100), afterClose.size(),
                pct(roomAfterClose, 50), pct(roomAfterClose, 95), pct(roomAfterClose, 100), roomAfterClose.size(), pct(broadcasts, 50), pct(broadcasts, 95), pct(broadcasts, 100),
                server.count(), server.p50(), server.p95(), server.max(), lockTimeouts, errors, resyncs,
                trouble.isEmpty() ? "none" : trouble, cost, pagesReport);
        if (nodeB != null) {
            long closedOnB = closedOn.values().stream().filter("B"::equals).count();
            report += String.format("two nodes on PostgreSQL, %d player screens on node A (with the room's screens) and %d on node B; turns closed on node A %d, on node B %d%n"
                            + "  turn closed -> next turn, players on the node that closed it:  p50 %d ms, p95 %d ms, max %d ms (%d screens)%n"
                            + "  turn closed -> next turn, players on the other node:           p50 %d ms, p95 %d ms, max %d ms (%d screens)%n",
                    half, seats.size() - half, closedOn.size() - closedOnB, closedOnB,
                    pct(sameNode, 50), pct(sameNode, 95), pct(sameNode, 100), sameNode.size(),
                    pct(otherNode, 50), pct(otherNode, 95), pct(otherNode, 100), otherNode.size());
            nodeB.close();
        }
        if (nodes == 2) {
            report += "(the app's CPU above is both nodes': they run in this JVM)\n";
        }
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "load-report.txt"), report);
        root.detachAppender(log);
    }

    /** The first change that carries a new turn is its close: when it was published, by the machine's clock, and on which node. */
    private static void closed(Map<String, Long> closedAt, Map<String, String> closedOn, com.chipchain.play.SessionChange change, String node) {
        long at = System.currentTimeMillis() - (System.nanoTime() - change.publishedAt()) / 1_000_000;
        String key = change.sessionId() + "#" + change.turn();
        synchronized (closedAt) {
            Long earlier = closedAt.get(key);
            if (earlier == null || at < earlier) {
                closedAt.put(key, at);
                closedOn.put(key, node);
            }
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** A JVM of players: lines to it, and its answers read up to a line that starts with what is awaited. */
    static final class Clients {
        private final Process process;
        private final java.io.BufferedReader out;
        private final java.io.PrintWriter in;

        Clients(Process process) {
            this.process = process;
            this.out = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream(), java.nio.charset.StandardCharsets.UTF_8));
            this.in = new java.io.PrintWriter(new java.io.OutputStreamWriter(process.getOutputStream(), java.nio.charset.StandardCharsets.UTF_8), true);
        }

        void send(String line) {
            in.println(line);
        }

        List<String> await(String prefix) throws java.io.IOException {
            List<String> lines = new ArrayList<>();
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                lines.add(line);
                if (line.startsWith(prefix)) {
                    return lines;
                }
            }
            throw new IllegalStateException("the players' JVM stopped (exit " + process.exitValue() + ") before " + prefix
                    + "; its last lines: " + lines.subList(Math.max(0, lines.size() - 5), lines.size()));
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
