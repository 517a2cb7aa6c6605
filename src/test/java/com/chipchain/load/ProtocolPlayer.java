package com.chipchain.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * One player screen without a browser, for the load harness: it speaks the same protocol as Vaadin's
 * own client to the real server (docs/performance.md, "The harness"). It opens the seat page (init
 * request, navigation, push websocket), clicks Submit by the button's element id, polls every ten
 * seconds like the page does, and notes when texts it waits for ("Submitted", "Turn 2 of") arrive,
 * in the answer to a click or in a push. It renders nothing, so sixty of them fit beside the app on
 * a small machine; the server does exactly the work a browser's screen costs it.
 */
final class ProtocolPlayer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final java.util.regex.Pattern SYNC_ID = java.util.regex.Pattern.compile("\"syncId\":(\\d+)");
    /** An element's id as Vaadin writes it: {"node":43,"type":"put","key":"id","feat":3,"value":"submit"}. */
    private static final java.util.regex.Pattern ELEMENT_ID = java.util.regex.Pattern.compile(
            "\\{\"node\":(\\d+),\"type\":\"put\",\"key\":\"id\",\"feat\":3,\"value\":\"([^\"]+)\"");
    /** The login page's CSRF token: {@code <meta name="_csrf" content="...">}. */
    private static final java.util.regex.Pattern CSRF_META = java.util.regex.Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    /** What the browser sends with a click (the click listener's event data). */
    private static final Map<String, Object> CLICK = Map.of("event.shiftKey", false, "event.metaKey", false, "event.detail", 1,
            "event.ctrlKey", false, "event.clientX", 10, "event.clientY", 10, "event.altKey", false, "event.button", 0,
            "event.screenY", 10, "event.screenX", 10);

    /** One HTTP client for every player (its own would cost each player a selector thread and buffers in this JVM, and blur the heap per UI). */
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();

    private final String base;
    private final HttpClient http = HTTP;
    /** This player's own session cookie: each player is a browser of its own. */
    private volatile String cookie = "";
    private volatile long received;
    /** Sees every message any player receives (to study what a screen costs); null: nobody looks. */
    static volatile Consumer<String> tap;
    private final Map<String, Integer> nodesById = new ConcurrentHashMap<>();
    /** Each text waited for, with the time it was first seen (System.currentTimeMillis). */
    private final Map<String, Long> seen = new ConcurrentHashMap<>();
    private final Map<String, Boolean> watched = new ConcurrentHashMap<>();
    private final Consumer<String> trouble;
    private String csrf;
    private int uiId;
    private int syncId;
    private int clientId;
    private WebSocket push;
    private StringBuilder pending = new StringBuilder();
    private final Object pendingLock = new Object();

    ProtocolPlayer(String base, Consumer<String> trouble) {
        this.base = base;
        this.trouble = trouble;
    }

    /** Notes the first time a message from the server contains {@code text}. */
    void watch(String text) {
        watched.put(text, true);
    }

    private static final java.util.regex.Pattern MAP_DRAWING = java.util.regex.Pattern.compile("chain-map/[0-9a-f]{40}\\.svg");
    private final java.util.Set<String> fetchedMaps = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final java.util.concurrent.atomic.AtomicLong fetched = new java.util.concurrent.atomic.AtomicLong();

    /** Bytes of chain-map drawings this screen fetched beside its UIDL. */
    long fetched() {
        return fetched.get();
    }

    /** Characters of UIDL this screen has received (answers and pushes). */
    long received() {
        return received;
    }

    /** Waits for {@code text} afresh: a text seen before counts again only when it comes again. */
    void rewatch(String text) {
        seen.remove(text);
        watched.put(text, true);
    }

    /** When {@code text} was first seen, or 0. */
    long seenAt(String text) {
        return seen.getOrDefault(text, 0L);
    }

    /** Opens a page as the browser does: init (creates the UI), push connection, navigation to the route. */
    void open(String route) throws Exception {
        // a fresh app in development mode answers "wait" until its frontend is ready
        for (int wait = 0; wait < 600; wait++) {
            HttpResponse<String> page = exchange(HttpRequest.newBuilder(URI.create(base + route)).GET().build());
            if (page.headers().firstValue("x-devmodepending").isEmpty()) {
                break;
            }
            Thread.sleep(500);
        }
        String init = send(HttpRequest.newBuilder(URI.create(base + "?v-r=init&location=" + URLEncoder.encode(route, StandardCharsets.UTF_8)
                .replace("%2F", "/") + "&query=")).GET().build());
        JsonNode config = JSON.readTree(init).path("appConfig");
        uiId = config.path("v-uiId").asInt();
        JsonNode uidl = config.path("uidl");
        csrf = uidl.path("Vaadin-Security-Key").asText();
        message(uidl.toString());
        URI socket = URI.create(base.replace("http", "ws") + "VAADIN/push?v-r=push&v-uiId=" + uiId + "&v-pushId="
                + uidl.path("Vaadin-Push-ID").asText() + "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=4.0.1"
                + "&X-Atmosphere-Transport=websocket&X-Atmosphere-TrackMessageSize=true"
                + "&Content-Type=application/json;%20charset=UTF-8&X-atmo-protocol=true&X-Vaadin-LastSeenServerSyncId=0");
        push = http.newWebSocketBuilder().header("Cookie", cookie).connectTimeout(Duration.ofSeconds(30))
                .buildAsync(socket, new Listener()).get();
        ObjectNode data = JSON.createObjectNode().put("route", "/" + route).put("query", "").put("appShellTitle", "").put("trigger", "");
        data.putObject("historyState").put("idx", 0);
        rpc(JSON.createObjectNode().put("type", "event").put("node", 1).put("event", "ui-navigate").set("data", data));
    }

    /**
     * Logs in as a teacher as the login page's form does: a POST to /login with the page's CSRF
     * token; the login gives this client a new session cookie, which carries it to the next page.
     */
    void logIn(String username, String password) throws Exception {
        HttpResponse<String> page = exchange(HttpRequest.newBuilder(URI.create(base + "login")).GET().build());
        java.util.regex.Matcher token = CSRF_META.matcher(page.body());
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        String form = "_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)
                + "&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> answer = exchange(HttpRequest.newBuilder(URI.create(base + "login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build());
        String where = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || where.contains("/login")) {
            throw new IllegalStateException("the login was refused: " + answer.statusCode() + " " + where);
        }
    }

    /** Clicks the element with this id (a button). */
    void click(String elementId) throws Exception {
        Integer node = nodesById.get(elementId);
        if (node == null) {
            throw new IllegalStateException("no element #" + elementId + " on this screen");
        }
        rpc(JSON.createObjectNode().put("type", "event").put("node", node).put("event", "click").set("data", JSON.valueToTree(CLICK)));
    }

    /** What the page sends every poll interval (the seat's heartbeat rides on it). */
    void poll() throws Exception {
        rpc(JSON.createObjectNode().put("type", "event").put("node", 1).put("event", "ui-poll"));
    }

    private synchronized void rpc(ObjectNode call) throws Exception {
        ObjectNode body = JSON.createObjectNode().put("csrfToken", csrf);
        ((ArrayNode) body.putArray("rpc")).add(call);
        body.put("syncId", syncId).put("clientId", clientId++);
        String answer = send(HttpRequest.newBuilder(URI.create(base + "?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
        message(answer);
    }

    private String send(HttpRequest request) throws Exception {
        HttpResponse<String> response = exchange(request);
        if (response.statusCode() != 200) {
            throw new IllegalStateException(request.uri() + " answered " + response.statusCode());
        }
        return response.body();
    }

    /** A request in English with this player's cookie; a new session cookie is kept. */
    private HttpResponse<String> exchange(HttpRequest request) throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(request, (name, value) -> true).header("Accept-Language", "en-US")
                .timeout(Duration.ofSeconds(120));
        if (!cookie.isEmpty()) {
            builder.header("Cookie", cookie);
        }
        HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().ifPresent(c -> cookie = c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')));
        return response;
    }

    /** One UIDL message: "for(;;);[{...}]" as an answer or a push. */
    private void message(String text) {
        long now = System.currentTimeMillis();
        received += text.length();
        if (tap != null) {
            tap.accept(text);
        }
        for (String wanted : watched.keySet()) {
            if (!seen.containsKey(wanted) && text.contains(wanted)) {
                seen.put(wanted, now);
            }
        }
        // read with two patterns, not a JSON tree: sixty clients share the app's two cores and must stay light
        java.util.regex.Matcher sync = SYNC_ID.matcher(text);
        while (sync.find()) {
            synchronized (this) {
                syncId = Math.max(syncId, Integer.parseInt(sync.group(1)));
            }
        }
        java.util.regex.Matcher id = ELEMENT_ID.matcher(text);
        while (id.find()) {
            nodesById.put(id.group(2), Integer.parseInt(id.group(1)));
        }
        // a page fetches its chain map's drawing (once per address: the browser keeps it), as the app's script does
        java.util.regex.Matcher map = MAP_DRAWING.matcher(text);
        while (map.find()) {
            if (fetchedMaps.add(map.group())) {
                http.sendAsync(HttpRequest.newBuilder(URI.create(base + map.group())).header("Cookie", cookie).GET().build(),
                        HttpResponse.BodyHandlers.ofByteArray()).thenAccept(r -> {
                    if (r.statusCode() != 200) {
                        trouble.accept("chain map " + map.group() + " answered " + r.statusCode());
                    }
                    fetched.addAndGet(r.body().length);
                });
            }
        }
        if (text.contains("\"appError\"") || text.contains("\"sessionExpired\":true")) {
            trouble.accept("server says: " + text.substring(0, Math.min(300, text.length())));
        }
    }

    /** Atmosphere sends "length|message", and a message may arrive in several frames. */
    private final class Listener implements WebSocket.Listener {
        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            synchronized (pendingLock) {
                pending.append(data);
                while (true) {
                    int bar = pending.indexOf("|");
                    if (bar < 0) {
                        break;
                    }
                    int length = Integer.parseInt(pending.substring(0, bar).strip());
                    if (pending.length() < bar + 1 + length) {
                        break;
                    }
                    String message = pending.substring(bar + 1, bar + 1 + length);
                    pending.delete(0, bar + 1 + length);
                    if (message.startsWith("for(;;);") || message.startsWith("[")) {
                        message(message);
                    }
                }
                if (pending.length() == 0 && pending.capacity() > 4096) {
                    // a large message leaves a large buffer behind: in this JVM it would count as the server's heap per UI
                    pending = new StringBuilder();
                }
            }
            socket.request(1);
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void onError(WebSocket socket, Throwable error) {
            trouble.accept("push connection failed: " + error);
        }
    }

    @Override
    public void close() {
        if (push != null) {
            push.abort();
        }
    }
}
