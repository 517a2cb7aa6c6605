package com.chipchain.load;

import com.chipchain.e2e.Browsers;
import com.google.gson.JsonObject;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * What idle throttled Chromium pages cost the machine they run on (a benchmark, not part of the
 * test suite; docs/performance.md, "What the throttled pages cost the machine"): times a fixed
 * piece of CPU work on every core, first on a quiet machine, then beside five idle pages at 4x CPU
 * throttling with the browser at normal priority, then with the browser at the lowest priority, as
 * the load harness runs it. Run with:
 * {@code mvn -B test -Dtest=ThrottleCostBenchmark -Dload.throttle-cost=true -Dsurefire.failIfNoSpecifiedTests=false}
 */
@EnabledIfSystemProperty(named = "load.throttle-cost", matches = "true")
class ThrottleCostBenchmark {

    private static final int PAGES = 5;
    private static final int RATE = 4;
    /** An idle game page does a little every second (its clock, its heartbeat). */
    private static final String IDLE_PAGE = "<p id=clock>0</p><script>setInterval(() => "
            + "document.getElementById('clock').textContent = new Date().toLocaleTimeString(), 1000)</script>";

    @Test
    void idle_throttled_pages_and_the_work_beside_them() throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        ExecutorService workers = Executors.newFixedThreadPool(cores);
        try (Playwright playwright = Browsers.playwright()) {
            work(workers, cores); // compiled before anything is timed
            List<String> lines = new ArrayList<>();
            lines.add(String.format("fixed work on %d threads (%d processors), %d idle pages at %dx CPU throttling beside it:", cores, cores, PAGES, RATE));
            lines.add(String.format("  quiet machine:                      %5.2f s", work(workers, cores)));
            lines.add(String.format("  pages, browser at normal priority:  %5.2f s", beside(playwright, Browsers::chromium, workers, cores)));
            boolean[] lowered = new boolean[1];
            double lowest = beside(playwright, pw -> {
                Browsers.Lowered browser = Browsers.chromiumAtLowestPriority(pw);
                lowered[0] = browser.lowest();
                return browser.browser();
            }, workers, cores);
            lines.add(String.format("  pages, browser at lowest priority:  %5.2f s%s", lowest, lowered[0] ? "" : " (could not be lowered here)"));
            lines.add(String.format("  quiet machine again:                %5.2f s", work(workers, cores)));
            lines.forEach(System.out::println);
            Files.write(Path.of("target", "throttle-cost.txt"), lines);
        } finally {
            workers.shutdownNow();
        }
    }

    private static double beside(Playwright playwright, Function<Playwright, Browser> launch, ExecutorService workers, int cores) throws Exception {
        Browser browser = launch.apply(playwright);
        try {
            for (int p = 0; p < PAGES; p++) {
                BrowserContext context = browser.newContext();
                Page page = context.newPage();
                JsonObject rate = new JsonObject();
                rate.addProperty("rate", RATE);
                context.newCDPSession(page).send("Emulation.setCPUThrottlingRate", rate);
                page.setContent(IDLE_PAGE);
            }
            Thread.sleep(3000);
            return work(workers, cores);
        } finally {
            browser.close();
        }
    }

    /** Seconds for every thread to hash a buffer a fixed number of times. */
    private static double work(ExecutorService workers, int threads) throws Exception {
        long start = System.nanoTime();
        List<Future<Byte>> parts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            parts.add(workers.submit(() -> {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                byte[] data = new byte[4096];
                for (int i = 0; i < 300_000; i++) {
                    data[0] = sha.digest(data)[0];
                }
                return data[0];
            }));
        }
        for (Future<Byte> part : parts) {
            part.get();
        }
        return (System.nanoTime() - start) / 1e9;
    }
}
