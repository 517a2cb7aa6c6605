package com.chipchain.shipped;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar `mvn verify` built, as a school gets it: copied alone into an empty folder, it is a
 * production build, it has its six scenarios, and a mistyped command never opens a port.
 * Runs after packaging (Failsafe), on target/chipchain.jar itself.
 */
class ShippedJarIT {

    static final Path JAR = Path.of("target", "chipchain.jar");

    @TempDir
    Path folder;

    Path copy() throws IOException {
        assertThat(JAR).as("the packaged jar").isRegularFile();
        return Files.copy(JAR, folder.resolve("chipchain.jar"), StandardCopyOption.REPLACE_EXISTING);
    }

    record Run(int exit, String output) {}

    Run run(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(javaBin(), "-jar", "chipchain.jar"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as(String.join(" ", args) + " ends by itself").isTrue();
        return new Run(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static boolean listening(int port) {
        try (Socket socket = new Socket("localhost", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void version_and_mistakes_end_at_once_without_opening_a_port() throws Exception {
        copy();
        Run version = run("--version");
        assertThat(version.exit()).isZero();
        assertThat(version.output()).startsWith("chipchain 0.1.0");
        int port = freePort();
        for (String wrong : List.of("bogus", "--bogus")) {
            Run run = run(wrong, "--server.port=" + port);
            assertThat(run.exit()).as(wrong).isEqualTo(2);
            assertThat(run.output()).contains("Unknown command or option: " + wrong, "Usage:");
            assertThat(run.output()).doesNotContain("Tomcat started");
            assertThat(listening(port)).isFalse();
        }
    }

    @Test
    void copied_to_an_empty_folder_its_command_line_plays_the_shipped_scenarios_by_id() throws Exception {
        copy();
        Run simulate = run("simulate", "--scenario", "made-in-america-2025", "--seeds", "1..3", "--summary");
        assertThat(simulate.exit()).as(simulate.output()).isZero();
        assertThat(simulate.output()).contains("made-in-america-2025");
        Run benchmark = run("benchmark", "--games", "20", "--turns", "720");
        assertThat(benchmark.exit()).as(benchmark.output()).isZero();
        assertThat(benchmark.output()).contains("classic-beer-game, naive bots", "made-in-america-2025, hold bots");
        Run unknown = run("simulate", "--scenario", "no-such-scenario", "--seed", "1");
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.output()).contains("no scenario no-such-scenario is shipped");
    }

    @Test
    void copied_to_an_empty_folder_it_serves_all_six_scenarios_in_production_mode() throws Exception {
        copy();
        int port = freePort();
        Path log = folder.resolve("app.log");
        Process app = new ProcessBuilder(javaBin(), "-jar", "chipchain.jar", "--server.port=" + port,
                "--chipchain.facilitator.password=shipped-jar-test").directory(folder.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            int status = 0;
            for (int wait = 0; wait < 120 && status != 200; wait++) {
                Thread.sleep(1000);
                assertThat(app.isAlive()).as("the app is running: " + Files.readString(log)).isTrue();
                try {
                    status = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/")).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode();
                } catch (IOException starting) {
                    status = 0;
                }
            }
            assertThat(status).isEqualTo(200);
            // Tomcat answers a moment before the app is ready and logs its scenarios
            String output = Files.readString(log);
            for (int wait = 0; wait < 120 && !output.contains("Playable scenarios"); wait++) {
                Thread.sleep(500);
                output = Files.readString(log);
            }
            assertThat(output).contains("Playable scenarios (6): [classic-beer-game v1, demand-bust v", "made-in-america-2025 v",
                    "tariff-escalation v");
            assertThat(output).doesNotContain("DEVELOPMENT mode", "Scenario not playable", "No scenarios folder");
            assertThat(folder.resolve("scenarios")).doesNotExist();
        } finally {
            app.destroy();
            app.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
