package com.chipchain.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.web.server.LocalServerPort;

/** One Chromium for the test class, and helpers to address the app under test and keep screenshots. */
abstract class BrowserTest {

    static Playwright playwright;
    static Browser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        playwright = Browsers.playwright();
        browser = Browsers.chromium(playwright);
    }

    /**
     * A fresh app in development mode first answers with a "building the front end" page: wait it
     * out once, so a test that starts on a deep link sees the app, not that page.
     */
    @org.junit.jupiter.api.BeforeEach
    void awaitFrontend() throws Exception {
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        for (int wait = 0; wait < 240; wait++) {
            java.net.http.HttpResponse<Void> page = client.send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(url(""))).GET().build(), java.net.http.HttpResponse.BodyHandlers.discarding());
            if (page.headers().firstValue("x-devmodepending").isEmpty()) {
                return;
            }
            Thread.sleep(500);
        }
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
        playwright.close();
    }

    String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    /** A new page of {@code context} on {@code path}, through the login page as the test's facilitator. */
    Page teacherPage(com.microsoft.playwright.BrowserContext context, String path) {
        Page page = context.newPage();
        page.navigate(url(path));
        page.waitForURL(java.util.regex.Pattern.compile(".*/login.*"));
        logIn(page);
        page.waitForURL(java.util.regex.Pattern.compile(".*/" + java.util.regex.Pattern.quote(path) + "(\\?.*)?$"));
        return page;
    }

    /** On the login page: the facilitator's name and the test password, then Log in. */
    static void logIn(Page page) {
        logIn(page, "teacher", "lesson-plan");
    }

    /** On the login page: this name and password, then Log in. */
    static void logIn(Page page, String username, String password) {
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill(password);
        page.locator("vaadin-button[slot=submit], button[type=submit]").first().click();
    }

    static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Browsers.screenshot(name)).setFullPage(true));
    }

    /** What a person sees with the part scrolled to the top of the window (no sticky header drawn over it). */
    static void view(Page page, com.microsoft.playwright.Locator part, String name) {
        part.evaluate("e => e.scrollIntoView({block: 'start'})");
        page.waitForTimeout(300);
        page.screenshot(new Page.ScreenshotOptions().setPath(Browsers.screenshot(name)));
    }

    static void shot(com.microsoft.playwright.Locator part, String name) {
        part.screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions().setPath(Browsers.screenshot(name)));
    }
}
