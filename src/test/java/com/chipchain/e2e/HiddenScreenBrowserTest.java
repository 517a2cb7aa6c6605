package com.chipchain.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.chipchain.play.DefaultRule;
import com.chipchain.play.PlayDriver;
import com.chipchain.play.SeatTicket;
import com.chipchain.play.SessionInfo;
import com.chipchain.play.SessionSettings;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/**
 * A screen that is not visible is not redrawn, and catches up the moment it is shown
 * (docs/performance.md, "A hidden screen"): a student locks the phone after submitting, the turn
 * resolves while it is locked, and the page shows the new turn as soon as it is unlocked.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:file:./target/test-db/hidden-${random.uuid};WRITE_DELAY=0",
        "vaadin.devmode.devTools.enabled=false"})
class HiddenScreenBrowserTest extends BrowserTest {

    static final LocatorAssertions.ContainsTextOptions SOON = new LocatorAssertions.ContainsTextOptions().setTimeout(20_000);
    /** What the browser does when a phone is locked or a tab goes behind another: the document says it is hidden. */
    static final String LOCK = "() => { Object.defineProperty(document, 'visibilityState', {value: 'hidden', configurable: true});"
            + " Object.defineProperty(document, 'hidden', {value: true, configurable: true}); document.dispatchEvent(new Event('visibilitychange')); }";
    static final String UNLOCK = "() => { Object.defineProperty(document, 'visibilityState', {value: 'visible', configurable: true});"
            + " Object.defineProperty(document, 'hidden', {value: false, configurable: true}); document.dispatchEvent(new Event('visibilitychange')); }";

    @Autowired
    ApplicationContext app;

    @Test
    void a_locked_phone_is_not_redrawn_and_shows_the_new_turn_when_unlocked() {
        PlayDriver play = PlayDriver.of(app);
        SessionInfo session = play.create(new SessionSettings("made-in-america-2025", 1, Map.of(), null,
                DefaultRule.REPEAT_LAST, "base-stock", false, 3L));
        SeatTicket packager = play.join(session.joinCode(), "Packers", 0, "packager", "phone-a");
        SeatTicket nvidia = play.join(session.joinCode(), "Greens", 0, "nvidia", "phone-b");
        play.start(session.id());
        BrowserContext phoneA = browser.newContext(new Browser.NewContextOptions().setLocale("en-US").setViewportSize(390, 844));
        BrowserContext phoneB = browser.newContext(new Browser.NewContextOptions().setLocale("en-US").setViewportSize(390, 844));
        try {
            Page locked = phoneA.newPage();
            locked.navigate(url("seat/" + packager.token()));
            Page other = phoneB.newPage();
            other.navigate(url("seat/" + nvidia.token()));
            assertThat(locked.locator("#turn-label")).containsText("Turn 1 of 16", SOON);
            assertThat(other.locator("#turn-label")).containsText("Turn 1 of 16", SOON);
            locked.locator("#submit").click();
            assertThat(locked.locator("#submit-state")).containsText("Submitted", SOON);

            locked.evaluate(LOCK);
            locked.waitForTimeout(500); // the page's word reaches the server
            other.locator("#submit").click(); // the last team in: the turn resolves while the phone is locked
            assertThat(other.locator("#turn-label")).containsText("Turn 2 of 16", SOON);
            assertThat(other.locator("#chain-status li[data-role=packager]")).containsText("waiting", SOON);
            locked.waitForTimeout(2_000); // what a visible page would have drawn by now
            // a hidden page is not redrawn
            assertThat(locked.locator("#turn-label")).containsText("Turn 1 of 16");
            assertThat(locked.locator("#submit-state")).containsText("Submitted");

            locked.evaluate(UNLOCK);
            // shown again, it catches up at once
            assertThat(locked.locator("#turn-label")).containsText("Turn 2 of 16", new LocatorAssertions.ContainsTextOptions().setTimeout(3_000));
            assertThat(locked.locator("#submit")).isEnabled();
            // and it keeps up again like any visible page
            locked.locator("#submit").click();
            assertThat(other.locator("#chain-status li[data-role=packager]")).containsText("submitted", SOON);
            other.locator("#submit").click();
            assertThat(locked.locator("#turn-label")).containsText("Turn 3 of 16", SOON);
        } finally {
            phoneA.close();
            phoneB.close();
        }
    }
}
