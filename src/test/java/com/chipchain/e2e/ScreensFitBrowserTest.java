package com.chipchain.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.chipchain.play.DecisionInput;
import com.chipchain.play.DefaultRule;
import com.chipchain.play.PlayDriver;
import com.chipchain.play.SeatTicket;
import com.chipchain.play.SessionInfo;
import com.chipchain.play.SessionSettings;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/**
 * What a class sees fits the screen it is on: the console at the end of a game leads into the
 * debrief (ranking, charts, exports); the debrief names every line of its charts, gives the charts
 * their width and hides nothing under the top bar; no select value, menu item or map label is cut,
 * in English and Korean, at 1400 px and on a 390 px phone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:file:./target/test-db/fit-${random.uuid};WRITE_DELAY=0",
        "chipchain.facilitator.username=teacher",
        "chipchain.facilitator.password=lesson-plan",
        "vaadin.devmode.devTools.enabled=false"})
class ScreensFitBrowserTest extends BrowserTest {

    static final LocatorAssertions.ContainsTextOptions WAIT = new LocatorAssertions.ContainsTextOptions().setTimeout(20_000);
    static final List<String> LOCALES = List.of("en-US", "ko-KR");

    /** Elements whose text runs past their box (scroll width beyond client width), by their text. */
    static final String CUT = "els => els.filter(e => e.scrollWidth > e.clientWidth + 1).map(e => e.textContent.trim())";

    @Autowired
    ApplicationContext app;
    PlayDriver sessions;

    @BeforeEach
    void drive() {
        sessions = PlayDriver.of(app);
    }

    /** A finished one-chain flagship game, NVIDIA played by a team, four turns in. */
    SessionInfo finishedGame() {
        SessionInfo session = sessions.create(new SessionSettings("made-in-america-2025", 1, Map.of(), null,
                DefaultRule.REPEAT_LAST, "base-stock", false, 11L));
        SeatTicket team = sessions.join(session.joinCode(), "Orchard", 0, "nvidia", "fit-test");
        sessions.start(session.id());
        for (int turn = 1; turn <= 4; turn++) {
            sessions.submit(team.token(), turn, new DecisionInput(List.of(new DecisionInput.Order("system", "nvidia-us",
                    turn % 2 == 0 ? 2400 : 900, false)), List.of(), List.of(), null, List.of()));
        }
        return sessions.end(session.id());
    }

    @Test
    void the_end_of_a_game_leads_the_teacher_into_a_debrief_that_fits() {
        SessionInfo session = finishedGame();
        for (String locale : LOCALES) {
            String lang = locale.substring(0, 2);
            try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale(locale).setViewportSize(1400, 1000))) {
                Page console = teacherPage(context, "facilitator/" + session.id());
                Locator over = console.locator("#game-over");
                assertThat(over).containsText(lang.equals("ko") ? "디브리핑 시간" : "time for the debrief", WAIT);
                assertThat(over.locator("#ranking-chains")).containsText(lang.equals("ko") ? "공급망 1" : "Chain 1");
                assertThat(over.locator("chipchain-line-chart")).hasCount(2);
                assertThat(over.locator("chipchain-line-chart").first()).hasAttribute("data-points", Pattern.compile("[1-9][0-9]*"));
                assertThat(over.locator("#download-csv")).isVisible();
                assertThat(over.locator("#download-log-1")).isVisible();
                assertThat(over.locator("#open-debrief-now")).isVisible();
                shot(console, "30-console-game-over-desktop-" + lang);
                console.setViewportSize(390, 844);
                assertThat(over).isVisible();
                assertNothingRunsOffThePhone(console);
                shot(console, "30-console-game-over-phone-" + lang);

                console.setViewportSize(1400, 1000);
                over.locator("#open-debrief-now").click();
                console.waitForURL(Pattern.compile(".*/debrief/.+"));
                assertThat(console.locator("#small-multiples chipchain-line-chart")).hasCount(1);
                Locator orders = console.locator("#chain-1 chipchain-line-chart").first();
                assertThat(orders).hasAttribute("data-points", Pattern.compile("[1-9][0-9]*"));
                assertEveryLineIsNamed(orders);
                // the one chain's bullwhip chart takes the panel's width, not a 250 px column
                double multiples = console.locator("#small-multiples").boundingBox().width;
                assertThat(console.locator("#small-multiples chipchain-line-chart").boundingBox().width).isGreaterThan(0.9 * multiples);
                assertNothingUnderTheTopBar(console);
                assertThat((List<?>) console.locator("#ranking-roles vaadin-grid-cell-content").evaluateAll(CUT)).isEmpty();
                shot(console, "31-debrief-desktop-" + lang);
                console.setViewportSize(390, 844);
                console.reload();
                assertThat(console.locator("#score-1")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
                assertEveryLineIsNamed(console.locator("#chain-1 chipchain-line-chart").first());
                assertNothingUnderTheTopBar(console);
                assertThat((List<?>) console.locator("#ranking-roles vaadin-grid-cell-content").evaluateAll(CUT)).isEmpty();
                assertThat((List<?>) console.locator("#ranking-chains td").evaluateAll(CUT)).isEmpty();
                assertThat(console.locator("#ranking-chains").boundingBox().x + console.locator("#ranking-chains").boundingBox().width)
                        .isLessThanOrEqualTo(390);
                assertNothingRunsOffThePhone(console);
                shot(console, "31-debrief-phone-" + lang);
            }
        }
    }

    @Test
    void no_select_value_menu_item_or_map_label_is_cut_in_either_language_or_size() {
        SessionInfo session = sessions.create(new SessionSettings("made-in-america-2025", 1, Map.of(), null,
                DefaultRule.REPEAT_LAST, "base-stock", false, 5L));
        SeatTicket team = sessions.join(session.joinCode(), "Labels", 0, "memory", "fit-test");
        sessions.start(session.id());
        for (String locale : LOCALES) {
            String lang = locale.substring(0, 2);
            try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale(locale).setViewportSize(1400, 1000))) {
                Page console = teacherPage(context, "facilitator/" + session.id());
                Page solo = context.newPage();
                solo.navigate(url("solo"));
                Page seat = context.newPage();
                seat.navigate(url("seat/" + team.token()));
                for (int[] size : new int[][] {{1400, 1000}, {390, 844}}) {
                    String where = lang + " " + size[0] + " px";
                    for (Page page : List.of(console, solo)) {
                        page.setViewportSize(size[0], size[1]);
                        assertThat(page.locator("vaadin-select").first()).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
                        assertSelectsShowTheirWholeText(page, where);
                        assertNothingRunsOffThePhone(page);
                    }
                    assertThat(console.locator("#shock-product")).containsText(lang.equals("ko") ? "AI 시스템" : "AI system (rack share)");
                    seat.setViewportSize(size[0], size[1]);
                    Locator map = seat.locator("#chain-map svg:visible");
                    assertThat(map.locator("g.map-site").first()).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
                    // each line of a site's box fits inside the box (drawn narrower if need be), none ends in "…"
                    List<?> tooWide = (List<?>) map.locator("g.map-site").evaluateAll("sites => sites.flatMap(g => {"
                            + " const box = g.querySelector('rect').getBBox();"
                            + " return [...g.querySelectorAll('text.name, text.where')]"
                            + "  .filter(t => t.getBBox().x + t.getBBox().width > box.x + box.width + 0.5 || t.textContent.endsWith('…'))"
                            + "  .map(t => t.textContent); })");
                    assertThat(tooWide).as("map labels cut or overflowing, " + where).isEmpty();
                    // the connection indicator's "reconnecting" line fits the screen too
                    Object right = seat.evaluate("() => { const m = document.querySelector('vaadin-connection-indicator .v-status-message');"
                            + " return m ? m.getBoundingClientRect().right : 0; }");
                    assertThat(((Number) right).doubleValue()).as("connection line, " + where).isLessThanOrEqualTo(size[0]);
                    shot(seat, "32-map-labels-" + lang + "-" + size[0]);
                }
                shot(solo, "32-solo-selects-phone-" + lang);
            }
        }
    }

    @Test
    void the_account_pages_and_the_consoles_new_panels_fit_in_both_languages_and_sizes() {
        SessionInfo session = sessions.create(new SessionSettings("classic-beer-game", 1, Map.of(), null,
                DefaultRule.REPEAT_LAST, "base-stock", false, 9L));
        SeatTicket team = sessions.join(session.joinCode(), "Kingfishers", 0, "retailer", "fit-test");
        String wrong = team.rejoinPin().equals("0000") ? "0001" : "0000";
        for (int i = 0; i < com.chipchain.play.SeatDesk.WRONG_PINS_PER_SEAT; i++) {
            try {
                sessions.join(session.joinCode(), "Kingfishers", null, null, "guesser-" + i, wrong);
            } catch (com.chipchain.play.PlayException expected) {
                // counted against the seat
            }
        }
        for (String locale : LOCALES) {
            String lang = locale.substring(0, 2);
            try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale(locale).setViewportSize(1400, 1000))) {
                Page console = teacherPage(context, "facilitator/" + session.id());
                assertThat(console.locator("#locked-pins")).containsText("Kingfishers", WAIT);
                assertThat(console.locator("#co-facilitators")).containsText(lang.equals("ko") ? "이 수업을 진행하는 사람" : "Who runs this class");
                Page accounts = context.newPage();
                accounts.navigate(url("accounts"));
                assertThat(accounts.locator("#account-list")).containsText("teacher", WAIT);
                Page password = context.newPage();
                password.navigate(url("password"));
                assertThat(password.locator("#password-change")).isVisible();
                Page waiting = browser.newContext(new Browser.NewContextOptions().setLocale(locale)).newPage();
                waiting.navigate(url("login?error&wait=40"));
                assertThat(waiting.locator("#login-wait")).containsText("40", WAIT);
                for (int[] size : new int[][] {{1400, 1000}, {390, 844}}) {
                    String where = size[0] == 390 ? "phone" : "desktop";
                    for (Page page : List.of(console, accounts, password, waiting)) {
                        page.setViewportSize(size[0], size[1]);
                        assertNothingRunsOffThePhone(page);
                    }
                    shot(console.locator("#locked-pins"), "40-console-locked-pins-" + where + "-" + lang);
                    shot(console.locator("#co-facilitators"), "41-console-co-facilitators-" + where + "-" + lang);
                    shot(accounts, "42-accounts-" + where + "-" + lang);
                    shot(password, "43-my-password-" + where + "-" + lang);
                    shot(waiting, "44-login-wait-" + where + "-" + lang);
                }
                waiting.context().close();
            }
        }
    }

    /** Every select's shown value, and every item of its open menu, has room for its whole text. */
    static void assertSelectsShowTheirWholeText(Page page, String where) {
        Locator selects = page.locator("vaadin-select:visible");
        for (int i = 0; i < selects.count(); i++) {
            Locator select = selects.nth(i);
            List<?> cutValue = (List<?>) select.evaluate("s => { const b = s.querySelector('vaadin-select-value-button');"
                    + " const label = b && b.shadowRoot.querySelector('[part=label]');"
                    + " return label && label.scrollWidth > label.clientWidth + 1 ? [b.textContent.trim()] : []; }");
            assertThat(cutValue).as("value of " + select.getAttribute("id") + ", " + where).isEmpty();
            select.click();
            Locator menu = page.locator("vaadin-select-overlay[opened]");
            assertThat(menu).isVisible();
            List<?> cutItems = (List<?>) menu.locator("vaadin-select-item").evaluateAll(CUT);
            assertThat(cutItems).as("menu of " + select.getAttribute("id") + ", " + where).isEmpty();
            page.keyboard().press("Escape");
            assertThat(menu).hasCount(0);
        }
    }

    /** The legend under a chart names each of its lines, and each name shows whole. */
    static void assertEveryLineIsNamed(Locator chart) {
        Number lines = (Number) chart.evaluate("c => c.chartData.datasets.length");
        assertThat(lines.intValue()).isGreaterThan(8);
        Locator names = chart.locator(".chart-legend li");
        assertThat(names).hasCount(lines.intValue());
        for (int i = 0; i < lines.intValue(); i++) {
            assertThat(names.nth(i)).isVisible();
        }
        assertThat((List<?>) names.evaluateAll(CUT)).isEmpty();
    }

    static void assertNothingUnderTheTopBar(Page page) {
        Object gap = page.evaluate("() => { const bar = document.querySelector('vaadin-app-layout').shadowRoot"
                + ".querySelector('[part=navbar]').getBoundingClientRect();"
                + " const first = document.querySelector('#debrief-view > a');"
                + " return first.getBoundingClientRect().top - bar.bottom; }");
        assertThat(((Number) gap).doubleValue()).as("space between the top bar and 'Back to the console'").isGreaterThanOrEqualTo(0);
    }

    static void assertNothingRunsOffThePhone(Page page) {
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
    }
}
