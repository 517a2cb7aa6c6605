package com.chipchain.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/**
 * A student mistypes numbers: each mistake is refused at its field with a reason, in the screen's
 * language, and nothing is submitted; after the fix Submit works. The player screen fits a phone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:file:./target/test-db/form-${random.uuid};WRITE_DELAY=0",
        "vaadin.devmode.devTools.enabled=false"})
class DecisionFormBrowserTest extends BrowserTest {

    static final LocatorAssertions.ContainsTextOptions WAIT = new LocatorAssertions.ContainsTextOptions().setTimeout(15_000);

    @Autowired
    ApplicationContext app;
    PlayDriver sessions;

    @BeforeEach
    void drive() {
        sessions = PlayDriver.of(app);
    }

    /** A running flagship game with one team in NVIDIA's seat (orders, price, partner fund, prepayments). */
    SeatTicket nvidiaTeam() {
        SessionInfo session = sessions.create(new SessionSettings("made-in-america-2025", 1, Map.of(), null,
                DefaultRule.REPEAT_LAST, "base-stock", false, 5L));
        SeatTicket ticket = sessions.join(session.joinCode(), "Typists", 0, "nvidia", "form-test");
        sessions.start(session.id());
        return ticket;
    }

    static Locator input(Page page, String css) {
        return page.locator(css).first().locator("input");
    }

    static void typeAndSubmit(Page page, String fieldCss, String text) {
        input(page, fieldCss).fill(text);
        page.locator("#submit").click();
    }

    static void assertRefused(Page page, String fieldCss, Pattern reason) {
        Locator field = page.locator(fieldCss).first();
        assertThat(field).hasAttribute("invalid", "", new LocatorAssertions.HasAttributeOptions().setTimeout(10_000));
        assertThat(field.locator("[slot=error-message]")).containsText(reason, WAIT);
        assertThat(page.locator("#form-refusal")).isVisible();
        assertThat(page.locator("#submit")).isEnabled();
    }

    @Test
    void typed_mistakes_are_refused_at_their_field_and_nothing_is_sent() {
        SeatTicket team = nvidiaTeam();
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-US").setViewportSize(1400, 1000))) {
            Page page = context.newPage();
            page.navigate(url("seat/" + team.token()));
            assertThat(page.locator("#decision-form")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
            // the chain drawn across the wide screen, every site of the chain in it
            assertThat(page.locator("#chain-map svg.chain-map-across")).isVisible();
            assertThat(page.locator("#chain-map svg.chain-map-down")).isHidden();
            assertThat(page.locator("#chain-map svg.chain-map-across g.map-site")).hasCount(
                    page.locator("#chain-map svg.chain-map-down g.map-site").count());
            assertThat(page.locator("#chain-map svg.chain-map-across g.map-site.own")).not().hasCount(0);
            page.locator("#chain-map-panel").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                    .setPath(Browsers.screenshot("chain-map-desktop-en")));
            String order = "#decision-form .quantity-field";
            String fund = "#decision-form [id^=fund-]";
            String price = "#price";
            String priceNow = input(page, price).inputValue();

            typeAndSubmit(page, order, "12.5");
            assertRefused(page, order, Pattern.compile("Whole units only"));
            typeAndSubmit(page, order, "-3");
            assertRefused(page, order, Pattern.compile("0 or more"));
            typeAndSubmit(page, order, "lots");
            assertRefused(page, order, Pattern.compile("not a number"));
            input(page, order).fill("100");
            typeAndSubmit(page, fund, "1e12");
            assertRefused(page, fund, Pattern.compile("not a number"));
            input(page, fund).fill("0");
            // more than the cash in the last fund field: that field is marked, with the cash written as money
            Locator lastFund = page.locator(fund).last();
            lastFund.locator("input").fill("999999999");
            page.locator("#submit").click();
            assertThat(lastFund).hasAttribute("invalid", "", new LocatorAssertions.HasAttributeOptions().setTimeout(10_000));
            assertThat(lastFund.locator("[slot=error-message]")).containsText(Pattern.compile("at most your cash, \\d{1,3}(,\\d{3})+\\.\\d\\d"), WAIT);
            assertThat(page.locator(fund).first()).not().hasAttribute("invalid", "");
            lastFund.locator("input").fill("0");
            // an amount of 2^63 cents and more: refused before it is converted, and the form stays usable
            typeAndSubmit(page, price, "92233720368547758.08");
            assertRefused(page, price, Pattern.compile("From"));
            assertThat(sessions.hasSubmitted(team.token())).isFalse();
            shot(page, "form-refused-desktop-en");

            input(page, price).fill(priceNow);
            page.locator("#submit").click();
            // the only team is in: the turn resolves at once and the screen moves on
            assertThat(page.locator("#turn-label")).containsText("Turn 2", WAIT);
            assertThat(sessions.info(team.sessionId()).turn()).isEqualTo(2);
            shot(page, "form-after-fix-desktop-en");
            // the form of the new turn starts from the decision just made (it is kept and refilled, not redrawn)
            assertThat(page.locator("#decision-form h3").first()).containsText("2025-Q3");
            assertThat(input(page, order)).hasValue("100");
            // what a team has typed survives a pause and a resume
            input(page, order).fill("250");
            // a cost preview reads the form on the server: once it shows, the server has the typed value
            // (a value arriving after the pause made the field read-only would be refused, by design)
            page.locator("#preview").click();
            assertThat(page.locator("#preview-area")).not().isEmpty(new LocatorAssertions.IsEmptyOptions().setTimeout(15_000));
            sessions.pause(team.sessionId());
            assertThat(page.locator("#game-status")).containsText("Paused", WAIT);
            sessions.resume(team.sessionId());
            assertThat(page.locator("#game-status")).containsText("Running", WAIT);
            assertThat(input(page, order)).hasValue("250");
        }
    }

    @Test
    void the_korean_screen_refuses_in_korean_and_fits_a_phone() {
        SeatTicket team = nvidiaTeam();
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("ko-KR").setViewportSize(390, 844))) {
            Page page = context.newPage();
            page.navigate(url("seat/" + team.token()));
            assertThat(page.locator("#decision-form")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
            // on a phone the chain map runs down the screen
            assertThat(page.locator("#chain-map svg.chain-map-down")).isVisible();
            assertThat(page.locator("#chain-map svg.chain-map-across")).isHidden();
            page.locator("#chain-map-panel").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                    .setPath(Browsers.screenshot("chain-map-phone-ko")));
            String order = "#decision-form .quantity-field";
            typeAndSubmit(page, order, "12.5");
            assertRefused(page, order, Pattern.compile("정수"));
            String refusal = page.locator("#form-refusal").textContent() + page.locator(order).first().locator("[slot=error-message]").textContent();
            assertThat(refusal).doesNotContainPattern("[A-Za-z]{3,}");
            assertThat(sessions.hasSubmitted(team.token())).isFalse();
            shot(page, "form-refused-phone-ko");
            assertThat(Browsers.beyondRightEdge(page)).as("elements running off a 390 px phone").isEmpty();
        }
    }

    /**
     * Two turns on: the panels that take each turn in place (map, books, charts) and the ones drawn as
     * one piece of markup (news, tariffs, last turn's money) are all there, at desktop size and on a
     * phone, in English and in Korean, and nothing runs off a phone's screen.
     */
    @Test
    void after_two_turns_every_panel_shows_on_desktop_and_phone_in_both_languages() {
        SeatTicket team = nvidiaTeam();
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-US").setViewportSize(1400, 1000))) {
            Page page = context.newPage();
            page.navigate(url("seat/" + team.token()));
            for (int next = 2; next <= 3; next++) {
                assertThat(page.locator("#submit")).isEnabled(new LocatorAssertions.IsEnabledOptions().setTimeout(20_000));
                page.locator("#submit").click();
                assertThat(page.locator("#turn-label")).containsText("Turn " + next + " of", WAIT);
            }
        }
        String[][] looks = {{"en-US", "en", "Orders you placed"}, {"ko-KR", "ko", "주문"}};
        int[][] sizes = {{1400, 1000}, {390, 844}};
        for (String[] look : looks) {
            for (int[] size : sizes) {
                try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale(look[0])
                        .setViewportSize(size[0], size[1]))) {
                    Page page = context.newPage();
                    page.navigate(url("seat/" + team.token()));
                    assertThat(page.locator("#charts .chart-title").first()).containsText(look[2], WAIT);
                    assertThat(page.locator("#charts chipchain-line-chart")).hasCount(4);
                    assertThat(page.locator("#last-turn li")).not().hasCount(0);
                    assertThat(page.locator("#news li")).not().hasCount(0);
                    assertThat(page.locator("#books #sites tbody tr")).not().hasCount(0);
                    assertThat(page.locator("#chain-map g.map-site.own")).not().hasCount(0);
                    String where = size[0] > 400 ? "desktop" : "phone";
                    shot(page, "player-turn3-" + where + "-" + look[1]);
                    // the page scrolls inside Vaadin's layout, so the lower panels are shot one by one
                    for (String panel : new String[] {"last-turn", "news", "charts"}) {
                        shot(page.locator("#" + panel), "player-turn3-" + panel + "-" + where + "-" + look[1]);
                    }
                    if (size[0] < 400) {
                        assertThat(Browsers.beyondRightEdge(page)).as("player at 390 px, " + look[1]).isEmpty();
                    }
                }
            }
        }
    }
}
