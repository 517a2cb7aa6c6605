package com.chipchain.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** The doors: security headers, a same-site session cookie, no bare login POST, and a throttled login. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:file:./target/test-db/security-${random.uuid};WRITE_DELAY=0",
        "chipchain.facilitator.username=teacher",
        "chipchain.facilitator.password=lesson-plan",
        "vaadin.devmode.devTools.enabled=false"})
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class SecurityBrowserTest extends BrowserTest {

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void every_page_sends_a_content_security_policy_no_referrer_and_a_same_site_cookie() throws Exception {
        HttpResponse<String> home = http.send(HttpRequest.newBuilder(URI.create(url(""))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("Content-Security-Policy")).get().asString()
                .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'");
        assertThat(home.headers().firstValue("Referrer-Policy")).contains("no-referrer");
        assertThat(home.headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).contains("JSESSIONID").containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly"));
    }

    @Test
    void a_password_posted_straight_to_the_login_address_logs_nobody_in() throws Exception {
        HttpClient browserless = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        browserless.send(HttpRequest.newBuilder(URI.create(url("login"))).build(), HttpResponse.BodyHandlers.discarding());
        HttpResponse<String> post = browserless.send(HttpRequest.newBuilder(URI.create(url("login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=teacher&password=lesson-plan")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).as("refused or sent back to the login page").isIn(302, 403);
        assertThat(post.headers().firstValue("Location").orElse("")).doesNotContain("facilitator");
        // and the right password posted that way opened nothing: the console still asks for the login
        HttpResponse<String> console = browserless.send(HttpRequest.newBuilder(URI.create(url("facilitator"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(console.statusCode()).isEqualTo(302);
        assertThat(console.headers().firstValue("Location").orElse("")).contains("login");
    }

    /** Last: it leaves the account waiting. */
    @Test
    @org.junit.jupiter.api.Order(Integer.MAX_VALUE)
    void wrong_passwords_make_the_login_wait_and_the_app_still_works_in_its_pages() {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(url("login"));
            for (int i = 0; i <= 5; i++) {
                page.locator("input[name=username]").fill("teacher");
                page.locator("input[name=password]").fill("guess-" + i);
                page.locator("vaadin-button[slot=submit], button[type=submit]").first().click();
                page.waitForURL(Pattern.compile(".*/login\\?error.*"));
            }
            assertThat(page.locator("#login-wait")).containsText(Pattern.compile("Wait \\d+ seconds"),
                    new LocatorAssertions.ContainsTextOptions().setTimeout(10_000));
            // while the wait runs even the right password is refused
            logIn(page);
            page.waitForURL(Pattern.compile(".*/login\\?wait=\\d+"));
            assertThat(page.locator("#login-wait")).containsText("Wait");
            shot(page, "login-throttled-desktop-en");
        }
    }

    @Test
    void the_right_password_opens_the_facilitator_page() {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(url("facilitator"));
            page.waitForURL(Pattern.compile(".*/login.*"));
            logIn(page);
            page.waitForURL(Pattern.compile(".*/facilitator(\\?.*)?$"));
            assertThat(page.locator("#new-chains")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
        }
    }
}
