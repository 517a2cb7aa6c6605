package com.chipchain.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A classroom session in real browsers: the facilitator logs in and creates a two-chain session,
 * two teams join in separate browser contexts and play, one team closes its browser and rejoins,
 * a tariff shock reaches the players as news and in their costs, the game ends and everyone sees
 * the leaderboard; one team plays in Korean.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:file:./target/test-db/classroom-${random.uuid};WRITE_DELAY=0",
        "chipchain.facilitator.username=teacher",
        "chipchain.facilitator.password=lesson-plan",
        "vaadin.devmode.devTools.enabled=false"})
class ClassroomBrowserTest extends BrowserTest {

    static final LocatorAssertions.ContainsTextOptions WAIT = new LocatorAssertions.ContainsTextOptions().setTimeout(15_000);

    static void choose(Page page, String selectId, String itemText) {
        page.locator("#" + selectId).click();
        // options of the open overlay only: closed overlays of other selects keep theirs in the page
        page.locator("vaadin-select-overlay[opened]").getByRole(AriaRole.OPTION,
                new Locator.GetByRoleOptions().setName(itemText).setExact(true)).click();
    }

    static void fill(Page page, String fieldId, String value) {
        page.locator("#" + fieldId + " input").fill(value);
    }

    /** Joins with the code and a team name, on the seat named {@code seat} or (null) on any free seat. */
    Page join(BrowserContext context, String code, String team, String seat) {
        Page page = context.newPage();
        page.navigate(url(""));
        fill(page, "join-code", code);
        fill(page, "team-name", team);
        if (seat != null) {
            assertThat(page.locator("#seat-choice")).not().hasAttribute("disabled", "",
                    new LocatorAssertions.HasAttributeOptions().setTimeout(15_000));
            choose(page, "seat-choice", seat);
        }
        page.locator("#join").click();
        page.waitForURL(Pattern.compile(".*/seat/.*"));
        return page;
    }

    @Test
    void a_classroom_session_from_login_to_leaderboard() {
        BrowserContext teacher = browser.newContext(new Browser.NewContextOptions().setLocale("en-US").setViewportSize(1400, 1000));
        Page console = teacher.newPage();
        console.navigate(url("facilitator"));
        console.waitForURL(Pattern.compile(".*/login.*"));
        logIn(console);
        console.waitForURL(Pattern.compile(".*/facilitator(\\?.*)?$"));

        choose(console, "new-scenario", "Made in America 2025");
        fill(console, "new-chains", "2");
        choose(console, "seat-kind-foundry", "Bot: base-stock");
        choose(console, "seat-kind-memory", "Bot: base-stock");
        choose(console, "seat-kind-packager", "Bot: sterman");
        choose(console, "seat-kind-assembler", "Bot: reshorer");
        shot(console, "01-facilitator-create");
        console.locator("#create-session").click();
        console.waitForURL(Pattern.compile(".*/facilitator/.+"));
        Locator code = console.locator("#session-code");
        assertThat(code).hasText(Pattern.compile("[A-Z2-9]{6}"));
        String joinCode = code.textContent().strip();
        shot(console, "02-facilitator-lobby");

        BrowserContext alphaContext = browser.newContext(new Browser.NewContextOptions().setLocale("en-US").setViewportSize(1400, 1000));
        BrowserContext betaContext = browser.newContext(new Browser.NewContextOptions().setLocale("ko-KR").setViewportSize(1400, 1000));
        Page alpha = join(alphaContext, joinCode, "Alpha", null);
        Page beta = join(betaContext, joinCode.toLowerCase(), "Beta", "공급망 2 · NVIDIA");
        assertThat(alpha.locator(".seat-title")).containsText("Alpha · NVIDIA · chain 1");
        assertThat(beta.locator(".seat-title")).containsText("Beta · NVIDIA · 공급망 2");
        assertThat(console.locator("#seat-grid")).containsText("Alpha", WAIT);
        assertThat(console.locator("#seat-grid")).containsText("Beta", WAIT);
        shot(alpha, "03-player-lobby");

        console.locator("#start").click();
        assertThat(console.locator("#session-status")).containsText("Running", WAIT);
        assertThat(alpha.locator("#game-status")).containsText("Running", WAIT);
        assertThat(beta.locator("#game-status")).containsText("진행 중", WAIT);

        for (int turn = 1; turn <= 3; turn++) {
            assertThat(alpha.locator("#turn-label")).containsText("Turn " + turn + " of 16", WAIT);
            assertThat(beta.locator("#turn-label")).containsText("16턴 중 " + turn + "턴", WAIT);
            if (turn == 3) {
                // the facilitator injects a tariff shock that takes effect when this turn resolves
                choose(console, "shock-product", "AI system (rack share)");
                choose(console, "shock-origin", "MX");
                fill(console, "shock-percent", "40");
                fill(console, "shock-news-en", "Washington puts a 40% tariff on Mexican AI servers.");
                fill(console, "shock-news-ko", "미국이 멕시코산 AI 서버에 40% 관세를 부과한다.");
                console.locator("#inject-shock").click();
                shot(console, "05-facilitator-shock");
                // Alpha closes its browser and comes back with its seat link
                String seatLink = alpha.url();
                alphaContext.close();
                alphaContext = browser.newContext(new Browser.NewContextOptions().setLocale("en-US").setViewportSize(1400, 1000));
                alpha = alphaContext.newPage();
                alpha.navigate(seatLink);
                assertThat(alpha.locator(".seat-title")).containsText("Alpha · NVIDIA · chain 1", WAIT);
                assertThat(alpha.locator("#turn-label")).containsText("Turn 3 of 16", WAIT);
            }
            alpha.locator("#submit").click();
            assertThat(alpha.locator("#submit-state")).containsText("Submitted", WAIT);
            // the other team sees the submission live, and so does the facilitator
            assertThat(beta.locator("#chain-status")).containsText("2개 팀 중 1개 팀이 제출했습니다", WAIT);
            assertThat(console.locator("#seat-grid")).containsText("submitted", WAIT);
            if (turn == 1) {
                shot(beta, "04-player-ko-waiting");
            }
            beta.locator("#submit").click();
        }
        assertThat(alpha.locator("#turn-label")).containsText("Turn 4 of 16", WAIT);
        assertThat(alpha.locator("#news")).containsText("40% tariff on Mexican AI servers", WAIT);
        assertThat(beta.locator("#news")).containsText("멕시코산 AI 서버에 40% 관세", WAIT);
        assertThat(alpha.locator("#tariffs")).containsText("40 %");
        assertThat(alpha.locator("#last-turn")).containsText(Pattern.compile("Tariffs [1-9][0-9,]*\\.[0-9]{2}"));
        shot(alpha, "06-player-after-shock");
        shot(beta, "07-player-ko-after-shock");

        Page projector = teacher.newPage();
        projector.navigate(url("projector/" + console.url().replaceAll(".*/facilitator/", "")));
        assertThat(projector.locator("#projector-code")).containsText(joinCode, WAIT);
        assertThat(projector.locator("#projector-address")).containsText("?code=" + joinCode);
        assertThat(projector.locator("#news-ticker")).containsText("40% tariff", WAIT);
        shot(projector, "08-projector");
        // the chain chart: every company of the chain, the seat's own line named
        assertThat(alpha.locator("#chart-chain")).hasAttribute("data-points", Pattern.compile("[1-9][0-9]*"));
        shot(alpha.locator("#chart-chain").locator("xpath=.."), "06b-player-chain-chart");

        // the teacher's console and projector in Korean and in English, on a desktop and on a phone:
        // the screen's language, and nothing off the right edge
        String sessionPath = console.url().replaceAll(".*/facilitator/", "");
        for (String[] language : java.util.List.of(new String[] {"ko-KR", "ko", "진행 중"}, new String[] {"en-US", "en", "Running"})) {
            BrowserContext another = browser.newContext(new Browser.NewContextOptions().setLocale(language[0]).setViewportSize(1400, 1000));
            Page otherConsole = another.newPage();
            otherConsole.navigate(url("facilitator/" + sessionPath));
            otherConsole.waitForURL(Pattern.compile(".*/login.*"));
            logIn(otherConsole);
            assertThat(otherConsole.locator("#session-status")).containsText(language[2], WAIT);
            Page otherProjector = another.newPage();
            otherProjector.navigate(url("projector/" + sessionPath));
            assertThat(otherProjector.locator("#projector-code")).containsText(joinCode, WAIT);
            if (language[1].equals("ko")) {
                shot(otherConsole, "15-console-ko-desktop");
                shot(otherProjector, "16-projector-ko-desktop");
            }
            otherConsole.setViewportSize(390, 844);
            otherProjector.setViewportSize(390, 844);
            otherConsole.reload();
            otherProjector.reload();
            assertThat(otherConsole.locator("#session-status")).containsText(language[2], WAIT);
            assertThat(otherProjector.locator("#projector-code")).containsText(joinCode, WAIT);
            org.assertj.core.api.Assertions.assertThat(Browsers.beyondRightEdge(otherConsole)).as("console at 390 px, " + language[1]).isEmpty();
            org.assertj.core.api.Assertions.assertThat(Browsers.beyondRightEdge(otherProjector)).as("projector at 390 px, " + language[1]).isEmpty();
            shot(otherConsole, "17-console-" + language[1] + "-phone");
            shot(otherProjector, "18-projector-" + language[1] + "-phone");
            another.close();
        }

        console.locator("#end-game").click();
        // ending cannot be undone: the console asks first, and "Keep playing" changes nothing
        Locator dialog = console.locator("vaadin-confirm-dialog-overlay[opened]");
        assertThat(dialog).containsText("End the game now?", WAIT);
        shot(console, "09a-console-end-confirm");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Keep playing")).click();
        assertThat(console.locator("#session-status")).containsText("Running", WAIT);
        console.locator("#end-game").click();
        console.locator("vaadin-confirm-dialog-overlay[opened]").getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("End game")).click();
        assertThat(console.locator("#inject-shock")).isDisabled(new com.microsoft.playwright.assertions.LocatorAssertions.IsDisabledOptions().setTimeout(15_000));
        assertThat(console.locator("#broadcast-send")).isDisabled();
        assertThat(console.locator("#seat-grid")).not().containsText("waiting");
        assertThat(alpha.locator("#turn-label")).containsText("Final results", WAIT);
        assertThat(beta.locator("#turn-label")).containsText("최종 결과", WAIT);
        assertThat(alpha.locator("#leaderboard")).containsText("Chain 1", WAIT);
        assertThat(alpha.locator("#leaderboard")).containsText("Chain 2");
        assertThat(alpha.locator("#leaderboard")).containsText("Alpha");
        assertThat(beta.locator("#leaderboard")).containsText("Beta", WAIT);
        assertThat(projector.locator("#projector-turn")).containsText("Game over", WAIT);
        shot(alpha, "09-player-final");
        shot(projector, "10-projector-final");
        alphaContext.close();
        betaContext.close();
        teacher.close();
    }

    @Test
    void a_solo_practice_game_is_played_to_the_end_and_scored_against_the_bots() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-US").setViewportSize(1400, 1000));
        Page page = context.newPage();
        page.navigate(url("solo"));
        assertThat(page.locator("#solo-role")).containsText("Retailer", WAIT);
        page.locator("#solo-start").click();
        page.waitForURL(Pattern.compile(".*/seat/.*"));
        assertThat(page.locator("#opening-turn")).containsText("already printed on the board", WAIT);
        assertThat(page.locator("#submit")).hasText("Confirm");
        for (int turn = 1; turn <= 36; turn++) {
            assertThat(page.locator("#turn-label")).containsText("Turn " + turn + " of 36", WAIT);
            if (turn == 12) {
                shot(page, "11-solo-midgame");
            }
            page.locator("#submit").click();
        }
        assertThat(page.locator("#turn-label")).containsText("Final results", WAIT);
        // the beer game scores costs: said once, compared in money, never as a percentage of a cost
        assertThat(page.locator("#leaderboard")).containsText("Scores are costs: lower is better.", WAIT);
        assertThat(page.locator("#leaderboard")).containsText(Pattern.compile("[0-9],?[0-9]*\\.[0-9]{2} (less|more) cost than the benchmark"));
        assertThat(page.locator("#leaderboard")).not().containsText("%");
        // the end explains the score: the player's result, the bot's in the same seat, what differed most
        assertThat(page.locator("#outcome-you")).containsText("Your costs, as Retailer: ");
        assertThat(page.locator("#outcome-bot")).containsText("The benchmark bot in your seat, same seed and shocks");
        assertThat(page.locator("#outcome-bot")).containsText(Pattern.compile("(less|more) cost than the benchmark|same as the benchmark"));
        assertThat(page.locator("#outcome-chain")).containsText(Pattern.compile("Your chain's costs: [0-9,]+\\.[0-9]{2}; the bots' chain: [0-9,]+\\.[0-9]{2}"));
        assertThat(page.locator("#outcome-difference")).containsText(Pattern.compile("×|much like the bot"));
        assertThat(page.locator("#outcome")).not().containsText("{");
        shot(page, "12-solo-final");
        page.setViewportSize(390, 844);
        shot(page, "12-solo-final-phone-en");
        String seat = page.url();
        context.close();
        BrowserContext korean = browser.newContext(new Browser.NewContextOptions().setLocale("ko-KR").setViewportSize(1400, 1000));
        Page ko = korean.newPage();
        ko.navigate(seat);
        assertThat(ko.locator("#leaderboard")).containsText("점수는 비용입니다", WAIT);
        assertThat(ko.locator("#outcome-you")).containsText("나의 비용");
        assertThat(ko.locator("#outcome")).not().containsText("{");
        shot(ko, "12-solo-final-desktop-ko");
        ko.setViewportSize(390, 844);
        shot(ko, "12-solo-final-phone-ko");
        korean.close();
    }
}
