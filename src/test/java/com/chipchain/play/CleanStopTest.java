package com.chipchain.play;

import static org.assertj.core.api.Assertions.assertThat;

import com.chipchain.Application;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * SIGTERM always stops the app within 30 s: the real application in its own JVM, on its own H2 file,
 * stopped just after it started and a page was loaded (the moment the database once raced the
 * schedulers at shutdown). The suite runs it once; {@code -Dstop.runs=10} repeats it (docs/deploy.md).
 */
class CleanStopTest {

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void sigterm_stops_the_app_within_30_seconds_every_time() throws Exception {
        int runs = Integer.getInteger("stop.runs", 1);
        List<Long> stopMillis = new ArrayList<>();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        for (int run = 0; run < runs; run++) {
            int port = freePort();
            Path log = Files.createTempFile("chipchain-stop", ".log");
            Process app = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), Application.class.getName(),
                    "--server.port=" + port,
                    "--spring.datasource.url=jdbc:h2:file:./target/test-db/stop-" + UUID.randomUUID() + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE",
                    "--chipchain.turn-clock-ms=100", "--chipchain.presence-flush-ms=100", "--logging.level.root=warn")
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            try {
                long deadline = System.currentTimeMillis() + 120_000;
                int status = 0;
                while (status != 200 && System.currentTimeMillis() < deadline && app.isAlive()) {
                    try {
                        status = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/")).build(),
                                HttpResponse.BodyHandlers.discarding()).statusCode();
                    } catch (IOException notYet) {
                        Thread.sleep(200);
                    }
                }
                assertThat(status).as("the app answered; log: " + log).isEqualTo(200);
                long sent = System.nanoTime();
                app.destroy();   // SIGTERM
                boolean exited = app.waitFor(30, TimeUnit.SECONDS);
                stopMillis.add((System.nanoTime() - sent) / 1_000_000);
                assertThat(exited).as("run " + (run + 1) + ": exited within 30 s after SIGTERM; log: " + log).isTrue();
                assertThat(Files.readString(log)).as("run " + (run + 1)).doesNotContain("Database is already closed");
            } finally {
                app.destroyForcibly();
            }
        }
        System.out.println("SIGTERM to exit, ms, per run: " + stopMillis);
    }
}
