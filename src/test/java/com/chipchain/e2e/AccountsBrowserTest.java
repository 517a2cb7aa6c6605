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
import com.microsoft.playwright.options.Cookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;

/**
 * A school's server from its first start: the one-time set-up of the first administrator, teachers
 * who see only their own classes (and those they were asked to help with), disabled accounts,
 * a new session id at login, and a login no stranger can hold back (docs/deploy.md, "Accounts").
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:file:./target/test-db/accounts-${random.uuid};WRITE_DELAY=0",
        "vaadin.devmode.devTools.enabled=false"})
@ExtendWith(OutputCaptureExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccountsBrowserTest extends BrowserTest {

    static final LocatorAssertions.ContainsTextOptions WAIT = new LocatorAssertions.ContainsTextOptions().setTimeout(15_000);
    static final Pattern SETUP_CODE = Pattern.compile("set-up code:\\s+([A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4})");

    @Autowired
    ApplicationContext app;

    BrowserContext fresh() {
        return browser.newContext(new Browser.NewContextOptions().setLocale("en-US").setViewportSize(1400, 1000));
    }

    void loggedIn(Page page, String username, String password) {
        page.navigate(url("login"));
        logIn(page, username, password);
        page.waitForURL(Pattern.compile(".*:" + port + "/(\\?.*)?$"));
    }

    @Test
    @Order(1)
    void the_first_run_set_up_works_once_with_the_code_from_the_log_and_then_never_again(CapturedOutput log) {
        Matcher printed = SETUP_CODE.matcher(log.getAll());
        assertThat(printed.find()).as("the set-up code is in the log").isTrue();
        String code = printed.group(1);
        for (String locale : List.of("en-US", "ko-KR")) {
            try (BrowserContext phone = browser.newContext(new Browser.NewContextOptions().setLocale(locale).setViewportSize(390, 844))) {
                Page page = phone.newPage();
                page.navigate(url("setup"));
                assertThat(page.locator("#setup-create")).isVisible();
                Object overflow = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
                assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
                shot(page, "setup-phone-" + locale.substring(0, 2));
                page.setViewportSize(1400, 1000);
                shot(page, "setup-desktop-" + locale.substring(0, 2));
            }
        }
        try (BrowserContext context = fresh()) {
            Page page = context.newPage();
            page.navigate(url("login"));
            assertThat(page.locator("#login-setup")).containsText("No teacher account", WAIT);
            page.locator("#login-setup-link").click();
            page.locator("#setup-code input").fill("AAAA-BBBB-CCCC");
            page.locator("#setup-name input").fill("head");
            page.locator("#setup-password input").fill("head-of-it-1");
            page.locator("#setup-password-again input").fill("head-of-it-1");
            page.locator("#setup-create").click();
            assertThat(page.locator("#setup-refusal")).containsText("set-up code is not right", WAIT);
            page.locator("#setup-code input").fill(code.toLowerCase());
            page.locator("#setup-create").click();
            assertThat(page.locator("#setup-result")).containsText("head", WAIT);
            shot(page, "setup-done-desktop-en");

            Page again = context.newPage();
            again.navigate(url("setup"));
            assertThat(again.locator("#setup-result")).containsText("Chipchain is set up", WAIT);
            assertThat(again.locator("#setup-code")).hasCount(0);
            again.navigate(url("login"));
            assertThat(again.locator("input[name=username]")).isVisible();
            assertThat(again.locator("#login-setup")).hasCount(0);
        }
    }

    @Test
    @Order(2)
    void the_administrator_adds_teachers_and_a_disabled_account_cannot_log_in() {
        try (BrowserContext context = fresh()) {
            Page admin = context.newPage();
            loggedIn(admin, "head", "head-of-it-1");
            admin.navigate(url("accounts"));
            for (String name : List.of("ana", "ben", "cleo")) {
                admin.locator("#account-name input").fill(name);
                admin.locator("#account-password input").fill(name + "-password");
                admin.locator("#account-add").click();
                assertThat(admin.locator("#account-state-" + name)).containsText("Active", WAIT);
            }
            admin.locator("#account-disable-cleo").click();
            assertThat(admin.locator("#account-state-cleo")).containsText("Disabled", WAIT);
            shot(admin, "accounts-desktop-en");
        }
        try (BrowserContext context = fresh()) {
            Page cleo = context.newPage();
            cleo.navigate(url("facilitator"));
            logIn(cleo, "cleo", "cleo-password");
            cleo.waitForURL(Pattern.compile(".*/login\\?error.*"));
            cleo.navigate(url("facilitator"));
            cleo.waitForURL(Pattern.compile(".*/login.*"));
        }
    }

    @Test
    @Order(3)
    void a_teacher_cannot_open_another_teachers_class_by_link_by_guessing_or_from_the_list() {
        PlayDriver sessions = PlayDriver.of(app);
        SessionInfo anas = sessions.create(new SessionSettings("classic-beer-game", 1, Map.of(), null,
                DefaultRule.REPEAT_LAST, "base-stock", false, 3L), new Teacher("ana", false));
        try (BrowserContext context = fresh()) {
            Page ben = context.newPage();
            loggedIn(ben, "ben", "ben-password");
            ben.navigate(url("facilitator"));
            assertThat(ben.locator("#sessions")).isVisible();
            assertThat(ben.locator("#sessions")).not().containsText(anas.joinCode());
            for (String path : List.of("facilitator/" + anas.id(), "projector/" + anas.id(), "debrief/" + anas.id(),
                    "facilitator/" + anas.id().substring(0, anas.id().length() - 1) + "x")) {
                ben.navigate(url(path));
                assertThat(ben.locator("body")).containsText("no such game", new LocatorAssertions.ContainsTextOptions()
                        .setTimeout(15_000).setIgnoreCase(true));
                assertThat(ben.locator("body")).not().containsText(anas.joinCode());
                assertThat(ben.locator("a[href*=csv], a[download]")).hasCount(0);
            }
        }
        try (BrowserContext context = fresh()) {
            Page ana = context.newPage();
            loggedIn(ana, "ana", "ana-password");
            ana.navigate(url("facilitator"));
            assertThat(ana.locator("#sessions")).containsText(anas.joinCode(), WAIT);
        }
    }

    @Test
    @Order(4)
    void a_co_facilitator_runs_the_class_but_only_the_owner_chooses_who_helps() {
        PlayDriver sessions = PlayDriver.of(app);
        SessionInfo anas = sessions.create(new SessionSettings("classic-beer-game", 1,
                Map.of("wholesaler", "sterman", "distributor", "sterman", "factory", "sterman"), null,
                DefaultRule.REPEAT_LAST, "base-stock", false, 4L), new Teacher("ana", false));
        try (BrowserContext context = fresh()) {
            Page ana = context.newPage();
            loggedIn(ana, "ana", "ana-password");
            ana.navigate(url("facilitator/" + anas.id()));
            ana.locator("#co-facilitator-name input").fill("nobody");
            ana.locator("#add-co-facilitator").click();
            assertThat(ana.locator("vaadin-notification-card")).containsText("no account", new LocatorAssertions.ContainsTextOptions()
                    .setTimeout(15_000).setIgnoreCase(true));
            ana.locator("#co-facilitator-name input").fill("Ben");
            ana.locator("#add-co-facilitator").click();
            assertThat(ana.locator("#co-facilitators")).containsText("ben", WAIT);
            shot(ana, "console-co-facilitators-desktop-en");
        }
        try (BrowserContext context = fresh()) {
            Page ben = context.newPage();
            loggedIn(ben, "ben", "ben-password");
            ben.navigate(url("facilitator"));
            assertThat(ben.locator("#sessions")).containsText(anas.joinCode(), WAIT);
            ben.navigate(url("facilitator/" + anas.id()));
            assertThat(ben.locator("#session-owner")).containsText("ana", WAIT);
            assertThat(ben.locator("#add-co-facilitator")).hasCount(0);
            ben.locator("#start").click();
            assertThat(ben.locator("#session-status")).containsText("Running", WAIT);
            ben.locator("#close-turn").click();
            assertThat(ben.locator("#session-turn")).containsText("2", WAIT);
            Page projector = context.newPage();
            projector.navigate(url("projector/" + anas.id()));
            assertThat(projector.locator("#projector-code")).containsText(anas.joinCode(), WAIT);
        }
    }

    @Test
    @Order(5)
    void the_session_id_changes_at_login_and_a_cookie_planted_before_it_is_worthless() {
        try (BrowserContext victim = fresh()) {
            Page page = victim.newPage();
            page.navigate(url("login"));
            assertThat(page.locator("input[name=username]")).isVisible();
            String before = sessionCookie(victim);
            logIn(page, "ana", "ana-password");
            page.waitForURL(Pattern.compile(".*:" + port + "/(\\?.*)?$"));
            String after = sessionCookie(victim);
            assertThat(after).isNotEqualTo(before);

            // whoever planted or saw the cookie from before the login holds nothing
            try (BrowserContext attacker = fresh()) {
                attacker.addCookies(List.of(new Cookie("JSESSIONID", before).setDomain("localhost").setPath("/")));
                Page theirs = attacker.newPage();
                theirs.navigate(url("facilitator"));
                theirs.waitForURL(Pattern.compile(".*/login.*"));
                assertThat(theirs.locator("input[name=username]")).isVisible();
            }
            page.navigate(url("facilitator"));
            assertThat(page.locator("#sessions")).isVisible();
        }
    }

    @Test
    @Order(6)
    void fifty_wrong_passwords_from_one_address_never_stop_the_teachers_own_login_from_another_browser() throws Exception {
        try (BrowserContext teachers = fresh()) {
            Page own = teachers.newPage();
            loggedIn(own, "ana", "ana-password");   // a browser ana used before (it keeps her known-browser mark)
            own.navigate(url("facilitator"));
            own.locator("#nav-logout").click();
            assertThat(own.locator("#nav-logout")).hasCount(0);
            HttpClient stranger = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
            int waits = 0;
            for (int i = 0; i < 50; i++) {
                String where = postLogin(stranger, "ana", "not-her-password-" + i);
                assertThat(where).contains("/login");
                waits += where.contains("wait=") ? 1 : 0;
            }
            assertThat(waits).as("the stranger was slowed down").isPositive();
            own.navigate(url("login"));
            logIn(own, "ana", "ana-password");
            own.waitForURL(Pattern.compile(".*:" + port + "/(\\?.*)?$"));
            own.navigate(url("facilitator"));
            assertThat(own.locator("#sessions")).isVisible();
        }
    }

    /** A browserless try at the login form (with the login page's CSRF token, as the form sends it); where it was sent. */
    String postLogin(HttpClient client, String username, String password) throws Exception {
        String page = client.send(HttpRequest.newBuilder(URI.create(url("login"))).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).isTrue();
        String form = "_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8) + "&username=" + username
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<Void> answer = client.send(HttpRequest.newBuilder(URI.create(url("login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        return answer.headers().firstValue("Location").orElse("(status " + answer.statusCode() + ")");
    }

    static String sessionCookie(BrowserContext context) {
        return context.cookies().stream().filter(c -> c.name.equals("JSESSIONID")).map(c -> c.value).findFirst().orElse("");
    }
}
