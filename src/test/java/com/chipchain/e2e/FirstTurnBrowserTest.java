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
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/**
 * The first turn change after the start reaches every real page (docs/performance.md, "The first
 * turn in real browsers"): ten teams, each in a browser context of its own as each student has their
 * own device, submit within moments of each other; every page shows "Submitted" and then the next
 * turn, without a reload.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:file:./target/test-db/first-turn-${random.uuid};WRITE_DELAY=0",
        "vaadin.devmode.devTools.enabled=false"})
@org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
class FirstTurnBrowserTest extends BrowserTest {

    static final LocatorAssertions.ContainsTextOptions SOON = new LocatorAssertions.ContainsTextOptions().setTimeout(30_000);
    static final LocatorAssertions.HasAttributeOptions POINTS_SOON = new LocatorAssertions.HasAttributeOptions().setTimeout(30_000);

    @Autowired
    ApplicationContext app;

    @Test
    void the_first_turn_change_after_the_start_reaches_each_of_ten_pages(org.springframework.boot.test.system.CapturedOutput output) {
        PlayDriver play = PlayDriver.of(app);
        SessionInfo session = play.create(new SessionSettings("made-in-america-2025", 2, Map.of(), null,
                DefaultRule.REPEAT_LAST, "base-stock", false, 5L));
        List<SeatTicket> seats = new ArrayList<>();
        String[] roles = {"foundry", "memory", "packager", "assembler", "nvidia"};
        for (int chain = 0; chain < 2; chain++) {
            for (String role : roles) {
                seats.add(play.join(session.joinCode(), role + " " + (chain + 1), chain, role, "device-" + chain + role));
            }
        }
        play.start(session.id());
        List<BrowserContext> devices = new ArrayList<>();
        List<Page> pages = new ArrayList<>();
        try {
            for (SeatTicket seat : seats) {
                BrowserContext device = browser.newContext(new Browser.NewContextOptions().setLocale("en-US").setViewportSize(390, 844));
                devices.add(device);
                Page page = device.newPage();
                if (pages.isEmpty()) {
                    // a page holds a push that overtook its own answer for 15 s, not Vaadin's 5 s, before it resynchronizes
                    com.microsoft.playwright.Response init = page.waitForResponse(r -> r.url().contains("v-r=init"),
                            () -> page.navigate(url("seat/" + seat.token())));
                    assertThat(init.text()).contains("\"maxMessageSuspendTimeout\":15000");
                } else {
                    page.navigate(url("seat/" + seat.token()));
                }
                pages.add(page);
            }
            for (Page page : pages) {
                assertThat(page.locator("#turn-label")).containsText("Turn 1 of 16", SOON);
                assertThat(page.locator("#charts chipchain-line-chart")).hasCount(4); // made with the page, empty
            }
            view(pages.get(0), pages.get(0).locator("#charts"), "player-turn1-charts-phone-en");
            for (Page page : pages) {
                page.locator("#submit").click(); // every team within moments of the others
            }
            long resolvedBy = System.currentTimeMillis();
            List<Long> late = new ArrayList<>();
            for (Page page : pages) {
                assertThat(page.locator("#turn-label")).containsText("Turn 2 of 16", SOON);
                late.add(System.currentTimeMillis() - resolvedBy);
            }
            System.out.println("First turn on ten real pages: visible after " + late + " ms (from the last click, in page order)");
            assertThat(play.info(session.id()).turn()).isEqualTo(2);
            for (Page page : pages) {
                // the charts took the first turn's data in place
                Object points = page.locator("#chart-orders").evaluate("e => e.chartData.datasets[0].data.length");
                assertThat(((Number) points).intValue()).isEqualTo(1);
            }
            view(pages.get(0), pages.get(0).locator("#charts"), "player-turn2-charts-phone-en");

            // a later turn sends each chart its new point only: the charts a page grew point by point
            // hold exactly what a page opened afresh draws from the whole history
            for (Page page : pages) {
                page.locator("#submit").click();
            }
            for (Page page : pages) {
                assertThat(page.locator("#turn-label")).containsText("Turn 3 of 16", SOON);
                Object labels = page.locator("#chart-orders").evaluate("e => e.chartData.labels.join(' ')");
                assertThat(labels).isEqualTo("2025-Q2 2025-Q3"); // the turns played, in order
            }
            String grown = chartsOf(pages.get(3));
            pages.get(3).reload();
            assertThat(pages.get(3).locator("#turn-label")).containsText("Turn 3 of 16", SOON);
            assertThat(pages.get(3).locator("#chart-chain")).hasAttribute("data-points", Pattern.compile("[1-9][0-9]*"), POINTS_SOON);
            org.assertj.core.api.Assertions.assertThat(chartsOf(pages.get(3))).as("charts grown point by point against drawn afresh")
                    .isEqualTo(grown).contains("2025-Q3");
        } finally {
            devices.forEach(BrowserContext::close);
        }
        assertThat(output.getAll()).as("no push message lost on the way").doesNotContain("Resynchronizing UI");
    }

    /** Every chart of a player's page as drawn: its labels and every line's values. */
    private static String chartsOf(Page page) {
        return (String) page.evaluate("() => JSON.stringify([...document.querySelectorAll('#charts chipchain-line-chart')]"
                + ".map(c => ({id: c.id, labels: c.chartData.labels, lines: c.chartData.datasets.map(s => s.data)})))");
    }
}
