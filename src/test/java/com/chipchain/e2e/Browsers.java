package com.chipchain.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Starts Chromium for browser tests: Debian's /usr/bin/chromium where it exists (CI and our
 * machines, which cannot download browsers), else the browser Playwright manages itself.
 */
public final class Browsers {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Path DEBIAN_CHROMIUM = Path.of("/usr/bin/chromium");

    private Browsers() {}

    public static Playwright playwright() {
        return Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    public static Browser chromium(Playwright playwright) {
        return playwright.chromium().launch(options(Files.isExecutable(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : null));
    }

    /**
     * Chromium whose processes get the machine's CPU only after everything else, for the load
     * harness: its pages stand for students' own devices, which never take CPU from the server.
     * Chromium's CPU throttling keeps a throttled renderer's main thread spinning, so five pages at
     * 4x make other work on a 2-core machine fifteen times slower even while idle (docs/performance.md, "What
     * the throttled pages cost the machine"). Playwright starts the browser in a session of its own,
     * which Linux schedules as one group (autogroup): that group is given nice 19. Returns the
     * browser and whether it could be lowered (not where autogroups are off or /proc is missing).
     */
    public static Lowered chromiumAtLowestPriority(Playwright playwright) {
        java.util.Set<Long> before = chromiumBrowsers();
        Browser browser = chromium(playwright);
        boolean lowered = false;
        for (long pid : chromiumBrowsers()) {
            Path group = Path.of("/proc", String.valueOf(pid), "autogroup");
            if (!before.contains(pid) && autogroupsOn() && Files.isWritable(group)) {
                try {
                    Files.writeString(group, "19");
                    lowered = true;
                } catch (java.io.IOException e) {
                    // left at the normal priority: the harness says so in its report
                }
            }
        }
        return new Lowered(browser, lowered);
    }

    /** A browser and whether its processes run at the lowest priority. */
    public record Lowered(Browser browser, boolean lowest) {}

    private static boolean autogroupsOn() {
        try {
            return Files.readString(Path.of("/proc/sys/kernel/sched_autogroup_enabled")).trim().equals("1");
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** This JVM's Chromium browser processes (not their renderers, which share the browser's session). */
    private static java.util.Set<Long> chromiumBrowsers() {
        return ProcessHandle.current().descendants()
                .filter(process -> process.info().commandLine().map(line -> line.contains("chrom") && !line.contains("--type=")).orElse(false))
                .map(ProcessHandle::pid)
                .collect(java.util.stream.Collectors.toSet());
    }

    private static BrowserType.LaunchOptions options(Path executable) {
        BrowserType.LaunchOptions options = new BrowserType.LaunchOptions()
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run"));
        if (executable != null) {
            options.setExecutablePath(executable);
        }
        return options;
    }

    static Path screenshot(String name) {
        return SCREENSHOTS.resolve(name + ".png");
    }

    /**
     * Elements that run off the right edge of the window (a page that scrolls sideways, or text cut
     * off by a container that hides its overflow), as "tag#id.class right" lines; empty when all fit.
     */
    @SuppressWarnings("unchecked")
    static java.util.List<String> beyondRightEdge(com.microsoft.playwright.Page page) {
        return (java.util.List<String>) page.evaluate("""
                () => {
                  const width = document.documentElement.clientWidth;
                  const out = [];
                  for (const el of document.querySelectorAll('body *')) {
                    const r = el.getBoundingClientRect();
                    if (r.width > 0 && r.height > 0 && r.right > width + 1 && getComputedStyle(el).visibility !== 'hidden'
                        && !el.closest('.v-status-message, vaadin-connection-indicator, vaadin-dev-tools')) {
                      out.push(el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.className && el.className.baseVal === undefined ? '.' + String(el.className).trim().replace(/\\s+/g, '.') : '') + ' ' + Math.round(r.right));
                    }
                  }
                  if (document.documentElement.scrollWidth > width + 1) out.push('page scrolls sideways: ' + document.documentElement.scrollWidth);
                  return out.slice(0, 20);
                }
                """);
    }
}
