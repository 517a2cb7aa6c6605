package com.chipchain.load;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The players of the load harness in a JVM of their own, so that the app's heap holds nothing of
 * theirs. Arguments: the app's address, then "session:token" per player, and "projector:session" or
 * "console:session" per screen of the room (the facilitator's console logs in with the password in
 * the system property chipchain.load.password). It opens every screen and says READY; on each "TURN t" line from the harness every team submits at once, and it answers
 * "ACK ms" per screen, "CLOSE ms" per screen (from its session's last click to its next turn) and
 * "SHOWN_AT session millis kind" per screen (when it showed the next turn, by the machine's clock; kind
 * is player, projector or console), "RECEIVED kind chars" per screen (UIDL characters it has received
 * since it opened), and "TURNED t"; on "MESSAGE text sentAtMillis" it answers "SEEN ms" per screen and "SHOWN". "QUIT" ends it.
 */
public final class LoadClients {

    private record Screen(String sessionId, String kind, ProtocolPlayer player, long[] clicked) {
        boolean team() {
            return kind.equals("player");
        }
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        List<String> trouble = Collections.synchronizedList(new ArrayList<>());
        List<Screen> screens = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String[] seat = args[i].split(":", 2);
            ProtocolPlayer player = new ProtocolPlayer(base, trouble::add);
            if (seat[0].equals("projector")) {
                player.logIn("teacher", System.getProperty("chipchain.load.password"));
                player.open("projector/" + seat[1]);
                screens.add(new Screen(seat[1], seat[0], player, new long[1]));
            } else if (seat[0].equals("console")) {
                player.logIn("teacher", System.getProperty("chipchain.load.password"));
                player.open("facilitator/" + seat[1]);
                screens.add(new Screen(seat[1], seat[0], player, new long[1]));
            } else {
                player.open("seat/" + seat[1]);
                screens.add(new Screen(seat[0], "player", player, new long[1]));
            }
        }
        // every open page polls every ten seconds, as Vaadin's own client does (the seat's heartbeat rides on it)
        ScheduledExecutorService pollers = Executors.newScheduledThreadPool(2);
        for (Screen screen : screens) {
            pollers.scheduleAtFixedRate(() -> {
                try {
                    screen.player().poll();
                } catch (Exception e) {
                    trouble.add("poll failed: " + e);
                }
            }, (long) (Math.random() * 10_000), 10_000, TimeUnit.MILLISECONDS);
        }
        ExecutorService clicking = Executors.newFixedThreadPool(8);
        System.out.println("READY");
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null && !line.equals("QUIT"); line = in.readLine()) {
            if (line.startsWith("TURN ")) {
                int next = Integer.parseInt(line.substring(5)) + 1;
                playTurn(screens, next, clicking);
                // what every screen has received so far: the harness takes the difference over the measured turns
                for (Screen screen : screens) {
                    System.out.println("RECEIVED " + screen.kind() + " " + screen.player().received() + " " + screen.player().fetched());
                }
                System.out.println("TURNED " + (next - 1));
            } else if (line.startsWith("EXPECT ")) {
                String expected = line.substring(7);
                screens.forEach(s -> s.player().rewatch(expected));
                System.out.println("EXPECTING");
            } else if (line.startsWith("MESSAGE ")) {
                long sent = Long.parseLong(line.substring(line.lastIndexOf(' ') + 1));
                String message = line.substring(8, line.lastIndexOf(' '));
                for (Screen screen : screens) {
                    if (screen.team()) {
                        System.out.println("SEEN " + (until(() -> screen.player().seenAt(message), message) - sent));
                    }
                }
                System.out.println("SHOWN");
            }
            System.out.flush();
        }
        System.out.println("TROUBLE " + trouble.size() + " " + (trouble.isEmpty() ? "" : trouble.subList(0, Math.min(3, trouble.size()))));
        System.out.flush();
        pollers.shutdownNow();
        clicking.shutdownNow();
        screens.forEach(s -> s.player().close());
        System.exit(0);
    }

    /** Every team clicks Submit at once (a few threads), then each screen's acknowledgement and next turn are timed. */
    private static void playTurn(List<Screen> screens, int next, ExecutorService clicking) throws Exception {
        for (Screen screen : screens) {
            screen.player().rewatch("\"Submitted\"");
            screen.player().rewatch("Turn " + next + " of");
        }
        List<Future<?>> clicks = new ArrayList<>();
        List<Screen> teams = screens.stream().filter(Screen::team).toList();
        for (Screen screen : teams) {
            clicks.add(clicking.submit(() -> {
                screen.clicked()[0] = System.currentTimeMillis();
                screen.player().click("submit");
                return null;
            }));
        }
        for (Future<?> click : clicks) {
            click.get();
        }
        Map<String, Long> lastClick = new ConcurrentHashMap<>();
        for (Screen screen : teams) {
            ProtocolPlayer p = screen.player();
            long acked = until(() -> {
                long a = p.seenAt("\"Submitted\"");
                long t = p.seenAt("Turn " + next + " of");
                return a == 0 ? t : t == 0 ? a : Math.min(a, t);
            }, "Submitted or turn " + next);
            System.out.println("ACK " + (acked - screen.clicked()[0]));
            lastClick.merge(screen.sessionId(), screen.clicked()[0], Math::max);
        }
        for (Screen screen : screens) {
            long shown = until(() -> screen.player().seenAt("Turn " + next + " of"), "turn " + next + " in " + screen.sessionId());
            if (screen.team()) {
                System.out.println("CLOSE " + (shown - lastClick.get(screen.sessionId())));
            }
            System.out.println("SHOWN_AT " + screen.sessionId() + " " + shown + " " + screen.kind());
        }
    }

    private static long until(LongSupplier seen, String what) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline) {
            long at = seen.getAsLong();
            if (at > 0) {
                return at;
            }
            Thread.sleep(5);
        }
        throw new IllegalStateException("a screen never showed " + what);
    }
}
