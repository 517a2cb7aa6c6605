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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/**
 * A workshop of forty chains, as its facilitator sees it: the console's class overview (one tile per
 * chain, a search that finds a team, a filter for the chains still deciding, a facilitator's group
 * of chains), one chain acted on in two clicks (a seat handed to a bot and back, a message only that
 * chain reads), the projector's leaders and spread, and the debrief that opens with the class's
 * picture; in English and Korean, at 1400 px, on a tablet and on a phone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:file:./target/test-db/workshop-${random.uuid};WRITE_DELAY=0",
        "chipchain.facilitator.username=teacher",
        "chipchain.facilitator.password=lesson-plan",
        "vaadin.devmode.devTools.enabled=false"})
class WorkshopBrowserTest extends BrowserTest {

    static final LocatorAssertions.ContainsTextOptions WAIT = new LocatorAssertions.ContainsTextOptions().setTimeout(20_000);
    static final int CHAINS = 40;

    @Autowired
    ApplicationContext app;

    static DecisionInput nvidiaOrder(int turn) {
        return new DecisionInput(List.of(new DecisionInput.Order("system", "nvidia-us", 1400 + 40 * (turn % 3), false)),
                List.of(), List.of(), null, List.of());
    }

    static String teamName(int chain) {
        return chain == 26 ? "Heron" : String.format("Team %02d", chain + 1);
    }

    @Test
    void a_facilitator_finds_a_team_among_forty_chains_and_acts_on_its_chain_in_two_clicks() {
        PlayDriver sessions = PlayDriver.of(app);
        SessionInfo session = sessions.create(new SessionSettings("made-in-america-2025", CHAINS,
                Map.of("foundry", "base-stock", "memory", "base-stock", "packager", "base-stock"), null,
                DefaultRule.REPEAT_LAST, "base-stock", false, 17L));
        List<SeatTicket> nvidia = new ArrayList<>();
        for (int chain = 0; chain < CHAINS; chain++) {
            nvidia.add(sessions.join(session.joinCode(), teamName(chain), chain, "nvidia", "workshop-" + chain));
        }
        sessions.start(session.id());
        // everyone but the Herons (chain 27) decides turn 1
        for (int chain = 0; chain < CHAINS; chain++) {
            if (chain != 26) {
                sessions.submit(nvidia.get(chain).token(), 1, nvidiaOrder(1));
            }
        }

        BrowserContext teacher = browser.newContext(new Browser.NewContextOptions().setLocale("en-US").setViewportSize(1400, 1000));
        Page console = teacherPage(teacher, "facilitator/" + session.id());
        Locator tiles = console.locator("#seat-grid .chain-tile");
        assertThat(tiles).hasCount(CHAINS, new LocatorAssertions.HasCountOptions().setTimeout(20_000));
        assertThat(console.locator("#chain-count")).hasText("Showing 40 of 40 chains");
        assertThat(console.locator("#tile-27")).containsText("Heron");
        assertThat(console.locator("#tile-27")).containsText("waiting");
        assertThat(console.locator("#tile-3")).containsText("submitted");
        view(console, console.locator("#class-overview"), "50-console-40-chains-desktop-en");

        // one search finds the team
        console.locator("#chain-search input").fill("hero");
        assertThat(tiles).hasCount(1, new LocatorAssertions.HasCountOptions().setTimeout(10_000));
        assertThat(tiles.first()).containsText("Heron");
        assertThat(console.locator("#chain-count")).hasText("Showing 1 of 40 chains");
        console.locator("#chain-search input").fill("");
        assertThat(tiles).hasCount(CHAINS);
        // the chains still deciding: only the Herons'
        ClassroomBrowserTest.choose(console, "chain-filter", "Someone still deciding");
        assertThat(tiles).hasCount(1);
        assertThat(tiles.first()).hasId("tile-27");
        ClassroomBrowserTest.choose(console, "chain-filter", "All chains");
        // a co-facilitator's group of ten chains
        ClassroomBrowserTest.choose(console, "chain-group", "Chains 21-30");
        assertThat(tiles).hasCount(10);
        assertThat(tiles.first()).hasId("tile-21");

        // click 1: the chain; click 2: a bot takes the seat of the team that left, and the class stops waiting
        console.locator("#open-chain-27").click();
        Locator dialog = console.locator("vaadin-dialog-overlay[opened]");
        assertThat(dialog).containsText("Heron", WAIT);
        assertThat(dialog.locator("#chain-pin-27-nvidia")).containsText(Pattern.compile("PIN \\d{4}"));
        view(console, dialog, "51-console-chain-dialog-desktop-en");
        dialog.locator("#hand-bot-27-nvidia").click();
        assertThat(dialog).containsText("Heron (a bot plays now)", WAIT);
        assertThat(console.locator("#session-turn")).containsText("Turn 2", WAIT);
        assertThat(console.locator("#tile-27")).containsText("Heron (a bot plays now)");
        // and back to the team
        dialog.locator("#give-back-27-nvidia").click();
        assertThat(console.locator("#tile-27")).containsText("waiting", WAIT);
        dialog.locator("#chain-dialog-close").click();

        // a message to chain 25 only: its team reads it, the team of chain 26 does not
        BrowserContext phones = browser.newContext(new Browser.NewContextOptions().setLocale("en-US").setViewportSize(390, 844));
        Page chain25 = phones.newPage();
        chain25.navigate(url("seat/" + nvidia.get(24).token()));
        Page chain26 = phones.newPage();
        chain26.navigate(url("seat/" + nvidia.get(25).token()));
        assertThat(chain26.locator("#seat-title, h2").first()).isVisible();
        console.locator("#open-chain-25").click();
        dialog.locator("#chain-message input").fill("Chain 25: your backlog is growing, talk to your assembler");
        dialog.locator("#chain-message-send").click();
        assertThat(chain25.locator("#messages")).containsText("Message to your chain from your teacher: Chain 25: your backlog", WAIT);
        chain26.waitForTimeout(1500);
        assertThat(chain26.locator("#messages")).not().containsText("Chain 25");
        shot(chain25, "52-player-chain-message-phone-en");
        dialog.locator("#chain-dialog-close").click();
        phones.close();
        ClassroomBrowserTest.choose(console, "chain-group", "All 40 chains");

        // two more turns, so the projector and the debrief have scores to spread
        for (int turn = 2; turn <= 3; turn++) {
            for (int chain = 0; chain < CHAINS; chain++) {
                sessions.submit(nvidia.get(chain).token(), turn, nvidiaOrder(turn + chain));
            }
        }
        assertThat(console.locator("#session-turn")).containsText("Turn 4", WAIT);

        Page projector = teacher.newPage();
        projector.navigate(url("projector/" + session.id()));
        assertThat(projector.locator("#projector-class")).containsText("The top 5 of 40 chains", WAIT);
        assertThat(projector.locator("#projector-class .leaderboard-chain")).hasCount(5);
        assertThat(projector.locator("#projector-spread")).containsText("Benchmark bots");
        assertThat(barsCount(projector.locator("#projector-spread"))).isEqualTo(CHAINS);

        sessions.end(session.id());
        Page debrief = teacher.newPage();
        debrief.navigate(url("debrief/" + session.id()));
        assertThat(debrief.locator("#class-picture")).containsText("How the chains scored", WAIT);
        assertThat(barsCount(debrief.locator("#spread-scores"))).isEqualTo(CHAINS);
        assertThat(barsCount(debrief.locator("#spread-bullwhip"))).isEqualTo(CHAINS);
        assertThat(debrief.locator("#spread-bullwhip")).containsText("Benchmark bots");
        assertThat(debrief.locator("#small-multiples")).hasCount(0);
        assertThat(debrief.locator("#debrief-open-any")).containsText("40 chains");
        // the teacher opens any chain: its story is drawn then
        Locator heron = debrief.locator("#chain-27");
        assertThat(heron.locator("line-chart, chipchain-line-chart")).hasCount(0);
        heron.locator("vaadin-details-summary").click();
        assertThat(heron.locator("chipchain-line-chart").first()).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(20_000));

        for (String locale : List.of("en-US", "ko-KR")) {
            String lang = locale.substring(0, 2);
            try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale(locale).setViewportSize(1400, 1000))) {
                Page c = teacherPage(context, "facilitator/" + session.id());
                assertThat(c.locator("#seat-grid .chain-tile")).hasCount(CHAINS, new LocatorAssertions.HasCountOptions().setTimeout(20_000));
                Page p = context.newPage();
                p.navigate(url("projector/" + session.id()));
                assertThat(p.locator("#projector-spread svg")).isVisible();
                Page d = context.newPage();
                d.navigate(url("debrief/" + session.id()));
                assertThat(d.locator("#spread-bullwhip svg")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
                if (lang.equals("ko")) {
                    assertThat(c.locator("#chain-count")).containsText("공급망 40개 중 40개 표시");
                    assertThat(p.locator("#projector-class")).containsText("상위 5개");
                    assertThat(d.locator("#class-picture")).containsText("공급망별 점수 분포");
                }
                for (int[] size : new int[][] {{1400, 1000}, {820, 1180}, {390, 844}}) {
                    String where = size[0] == 1400 ? "desktop" : size[0] == 820 ? "tablet" : "phone";
                    for (Page page : List.of(c, p, d)) {
                        page.setViewportSize(size[0], size[1]);
                        ScreensFitBrowserTest.assertNothingRunsOffThePhone(page);
                    }
                    view(c, c.locator("#class-overview"), "53-console-overview-" + where + "-" + lang);
                    shot(p, "54-projector-40-chains-" + where + "-" + lang);
                    view(d, d.locator("#class-picture"), "55-debrief-class-picture-" + where + "-" + lang);
                    // the chain's dialog fits every size: its seats, states, PINs and buttons (drawn in
                    // the front page: a page behind others does not run the dialog's opening animation)
                    c.bringToFront();
                    c.locator("#open-chain-27").click();
                    Locator chainDialog = c.locator("vaadin-dialog-overlay[opened]");
                    assertThat(chainDialog.locator("#chain-pin-27-nvidia")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
                    ScreensFitBrowserTest.assertNothingRunsOffThePhone(c);
                    // the send button stays inside the dialog
                    Object sendRight = chainDialog.locator("#chain-message-send").evaluate("b => b.getBoundingClientRect().right");
                    Object dialogRight = chainDialog.locator("#chain-dialog-close").evaluate(
                            "b => b.closest('[part=overlay]') ? b.closest('[part=overlay]').getBoundingClientRect().right : window.innerWidth");
                    org.assertj.core.api.Assertions.assertThat(((Number) sendRight).doubleValue()).as("send button's right edge at %s", where)
                            .isLessThanOrEqualTo(Math.min(((Number) dialogRight).doubleValue(), size[0]));
                    assertThat(chainDialog.locator("#chain-dialog-close")).isVisible();
                    c.waitForTimeout(500);
                    c.screenshot(new Page.ScreenshotOptions().setPath(Browsers.screenshot("56-console-chain-dialog-" + where + "-" + lang)));
                    chainDialog.locator("#chain-dialog-close").click();
                }
                // the message to chain 25 as its team reads it on a phone
                Page phone = context.newPage();
                phone.setViewportSize(390, 844);
                phone.navigate(url("seat/" + nvidia.get(24).token()));
                assertThat(phone.locator("#messages")).containsText(lang.equals("ko") ? "선생님" : "Message to your chain from your teacher", WAIT);
                shot(phone, "57-player-chain-message-phone-" + lang);
            }
        }
        teacher.close();
    }

    /** The chains a spread's bars hold together. */
    static int barsCount(Locator spread) {
        Object sum = spread.evaluate("s => [...s.querySelectorAll('rect.bar')].reduce((n, r) => n + Number(r.dataset.count), 0)");
        return ((Number) sum).intValue();
    }
}
