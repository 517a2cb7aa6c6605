package com.chipchain.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.chipchain.play.DefaultRule;
import com.chipchain.play.PlayDriver;
import com.chipchain.play.SessionInfo;
import com.chipchain.play.SessionSettings;
import com.chipchain.play.accounts.Teacher;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/**
 * docs/deploy.md's nginx site, word for word but for ports, name and certificate, in front of the
 * app as the guide configures it: a class joins, starts and plays a turn through the proxy over
 * TLS, and the screens update live over the websocket.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:file:./target/test-db/nginx-${random.uuid};WRITE_DELAY=0",
        "chipchain.facilitator.username=teacher",
        "chipchain.facilitator.password=lesson-plan",
        "server.forward-headers-strategy=native",
        "server.servlet.session.cookie.secure=true",
        "vaadin.devmode.devTools.enabled=false"})
class NginxBrowserTest extends BrowserTest {

    static final LocatorAssertions.ContainsTextOptions WAIT = new LocatorAssertions.ContainsTextOptions().setTimeout(20_000);
    static final Path NGINX = Path.of("/usr/sbin/nginx");
    static final Pattern SITE = Pattern.compile("<!-- nginx site: NginxBrowserTest reads the block below -->\\s*```nginx\\n(.*?)```",
            Pattern.DOTALL);

    @Autowired
    ApplicationContext app;

    Process nginx;
    Path folder;

    @AfterEach
    void stopNginx() throws Exception {
        if (nginx != null) {
            nginx.destroy();
            nginx.waitFor();
        }
    }

    /** The guide's site, with this test's ports, name and certificate: the only changes. */
    String site(int http, int https, Path certificate, Path key) throws IOException {
        Matcher block = SITE.matcher(Files.readString(Path.of("docs", "deploy.md")));
        assertThat(block.find()).as("docs/deploy.md holds the nginx site").isTrue();
        String site = block.group(1);
        List<String> replaced = List.of("127.0.0.1:8080", "127.0.0.1:8081", "listen 80;", "listen 443 ssl;",
                "server_name chipchain.example.org;", "/etc/ssl/chipchain/fullchain.pem", "/etc/ssl/chipchain/privkey.pem");
        for (String part : replaced) {
            assertThat(site).as("the guide's site still says " + part).contains(part);
        }
        return site.replace("127.0.0.1:8080", "127.0.0.1:" + port)
                .replace("127.0.0.1:8081", "127.0.0.1:" + port)   // one node: both upstreams are this app
                .replace("listen 80;", "listen 127.0.0.1:" + http + ";")
                .replace("listen 443 ssl;", "listen 127.0.0.1:" + https + " ssl;")
                .replace("server_name chipchain.example.org;", "server_name localhost;")
                .replace("/etc/ssl/chipchain/fullchain.pem", certificate.toString())
                .replace("/etc/ssl/chipchain/privkey.pem", key.toString());
    }

    int startNginx() throws Exception {
        assertThat(NGINX).as("Debian's nginx (apt-get install -y nginx; .ci/run installs it)").isExecutable();
        folder = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "nginx-");
        Path certificate = folder.resolve("cert.pem");
        Path key = folder.resolve("key.pem");
        Process openssl = new ProcessBuilder("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                "-subj", "/CN=localhost", "-keyout", key.toString(), "-out", certificate.toString())
                .redirectErrorStream(true).redirectOutput(folder.resolve("openssl.log").toFile()).start();
        assertThat(openssl.waitFor()).as(Files.exists(folder.resolve("openssl.log")) ? "openssl" : "").isZero();
        int http = freePort();
        int https = freePort();
        Files.writeString(folder.resolve("site.conf"), site(http, https, certificate, key));
        String root = "root".equals(System.getProperty("user.name")) ? "user root;\n" : "";
        Files.writeString(folder.resolve("nginx.conf"), root + """
                daemon off;
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log info;
                events { worker_connections 256; }
                http {
                    access_log %1$s/access.log;
                    client_body_temp_path %1$s/body;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
                    include %1$s/site.conf;
                }
                """.formatted(folder));
        nginx = new ProcessBuilder(NGINX.toString(), "-p", folder.toString(), "-e", folder.resolve("error.log").toString(),
                "-c", folder.resolve("nginx.conf").toString())
                .redirectErrorStream(true).redirectOutput(folder.resolve("nginx.out").toFile()).start();
        for (int wait = 0; wait < 100; wait++) {
            try (Socket probe = new Socket("127.0.0.1", https)) {
                return https;
            } catch (IOException notYet) {
                assertThat(nginx.isAlive()).as("nginx runs: " + Files.readString(folder.resolve("nginx.out"))
                        + (Files.exists(folder.resolve("error.log")) ? Files.readString(folder.resolve("error.log")) : "")).isTrue();
                Thread.sleep(100);
            }
        }
        throw new AssertionError("nginx did not open port " + https);
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void a_class_plays_a_turn_through_the_proxy_with_live_updates_over_its_websocket() throws Exception {
        int https = startNginx();
        String proxy = "https://localhost:" + https + "/";
        SessionInfo session = PlayDriver.of(app).create(new SessionSettings("classic-beer-game", 1,
                Map.of("wholesaler", "sterman", "distributor", "sterman", "factory", "sterman"), null,
                DefaultRule.REPEAT_LAST, "base-stock", false, 6L), new Teacher("teacher", true));
        Browser.NewContextOptions options = new Browser.NewContextOptions().setLocale("en-US").setViewportSize(1400, 1000)
                .setIgnoreHTTPSErrors(true);
        try (BrowserContext teacher = browser.newContext(options); BrowserContext team = browser.newContext(options)) {
            Page console = teacher.newPage();
            console.navigate(proxy + "facilitator/" + session.id());
            console.waitForURL(Pattern.compile(".*/login.*"));
            logIn(console);
            // the app sees the proxy's address: the join link is the https one students type
            assertThat(console.locator("#join-link")).containsText(proxy + "?code=" + session.joinCode(), WAIT);

            Page player = team.newPage();
            AtomicInteger pushedFrames = new AtomicInteger();
            List<String> sockets = new java.util.concurrent.CopyOnWriteArrayList<>();
            player.onWebSocket(socket -> {
                sockets.add(socket.url());
                socket.onFrameReceived(frame -> pushedFrames.incrementAndGet());
            });
            player.navigate(proxy + "?code=" + session.joinCode());
            player.locator("#team-name input").fill("Through the proxy");
            player.locator("#join").click();
            player.waitForURL(Pattern.compile(".*/seat/.*"));
            assertThat(console.locator("#seat-grid")).containsText("Through the proxy", WAIT);

            int framesBefore = pushedFrames.get();
            console.locator("#start").click();
            assertThat(player.locator("#game-status")).containsText("Running", WAIT);
            player.locator("#submit").click();
            assertThat(player.locator("#turn-label")).containsText("Turn 2", WAIT);
            assertThat(console.locator("#session-turn")).containsText("2", WAIT);
            shot(player, "player-through-nginx-desktop-en");

            assertThat(sockets).as("the live-update connection went through the proxy as a websocket")
                    .anyMatch(url -> url.startsWith("wss://localhost:" + https + "/VAADIN/push"));
            assertThat(pushedFrames.get()).as("updates arrived over the websocket").isGreaterThan(framesBefore);

            // the backup door is closed from outside
            assertThat(team.request().post(proxy + "internal/backup").status()).isEqualTo(404);
        }
    }
}
