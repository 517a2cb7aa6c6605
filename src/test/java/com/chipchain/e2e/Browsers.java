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
        BrowserType.LaunchOptions options = new BrowserType.LaunchOptions()
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run"));
        if (Files.isExecutable(DEBIAN_CHROMIUM)) {
            options.setExecutablePath(DEBIAN_CHROMIUM);
        }
        return playwright.chromium().launch(options);
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
