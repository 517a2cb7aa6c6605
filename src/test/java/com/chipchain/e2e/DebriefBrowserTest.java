package com.chipchain.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.chipchain.play.DecisionInput;
import com.chipchain.play.DefaultRule;
import com.chipchain.play.SeatTicket;
import com.chipchain.play.SessionInfo;
import com.chipchain.play.PlayDriver;
import com.chipchain.play.SessionSettings;
import com.chipchain.play.ShockInput;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The debrief in a real browser: a two-chain game is played on the real app, a team finds its
 * debrief closed until the end, the facilitator watches the live view during play and after the
 * end opens every chain's charts, steps through the turns and downloads the class's CSV and game
 * logs; the team then sees its chain's debrief, on a phone too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:file:./target/test-db/debrief-${random.uuid};WRITE_DELAY=0",
        "chipchain.facilitator.username=teacher",
        "chipchain.facilitator.password=lesson-plan",
        "vaadin.devmode.devTools.enabled=false"})
class DebriefBrowserTest extends BrowserTest {

    static final LocatorAssertions.ContainsTextOptions WAIT = new LocatorAssertions.ContainsTextOptions().setTimeout(20_000);

    @Autowired
    org.springframework.context.ApplicationContext app;
    PlayDriver sessions;

    @org.junit.jupiter.api.BeforeEach
    void drive() {
        sessions = PlayDriver.of(app);
    }

    static DecisionInput nvidia(long systems) {
        return new DecisionInput(List.of(new DecisionInput.Order("system", "nvidia-us", systems, false)),
                List.of(), List.of(), null, List.of());
    }

    @Test
    void a_teacher_runs_the_whole_debrief_from_the_browser() throws Exception {
        SessionInfo session = sessions.create(new SessionSettings("made-in-america-2025", 2, Map.of(), null,
                DefaultRule.REPEAT_LAST, "base-stock", false, 3L));
        SeatTicket north = sessions.join(session.joinCode(), "North", 0, "nvidia", "test");
        SeatTicket south = sessions.join(session.joinCode(), "남쪽", 1, "nvidia", "test");

        BrowserContext team = browser.newContext(new Browser.NewContextOptions().setLocale("ko-KR").setViewportSize(1400, 1000));
        Page southPage = team.newPage();
        southPage.navigate(url("results/" + south.token()));
        assertThat(southPage.locator("#debrief-message")).containsText("선생님이 게임을 끝내면", WAIT);

        sessions.start(session.id());
        for (int turn = 1; turn <= 6; turn++) {
            if (turn == 2) {
                sessions.inject(session.id(), new ShockInput("tariff", "system", "MX", null, 30, 0,
                        "A 30% tariff on Mexican servers.", "멕시코 서버에 30% 관세."));
            }
            sessions.submit(north.token(), turn, nvidia(1500));
            sessions.submit(south.token(), turn, nvidia(turn % 2 == 0 ? 3500 : 200));
        }

        BrowserContext teacher = browser.newContext(new Browser.NewContextOptions().setLocale("en-US").setViewportSize(1400, 1000)
                .setAcceptDownloads(true));
        Page console = teacher.newPage();
        console.navigate(url("debrief/" + session.id()));
        console.waitForURL(Pattern.compile(".*/login.*"));
        logIn(console);
        console.waitForURL(Pattern.compile(".*/debrief/.+"));
        // during play: every team's books at a glance
        assertThat(console.locator("#live-board")).containsText("Live: every team after 2026-Q3", WAIT);
        assertThat(console.locator("#live-chain-2")).containsText("남쪽");
        shot(console, "20-debrief-live");

        sessions.end(session.id());
        console.reload();
        assertThat(console.locator("#debrief")).isVisible();
        assertThat(console.locator("#live-board")).hasCount(0);
        // every chain's bullwhip side by side, charts drawn with data
        assertThat(console.locator("#small-multiples chipchain-line-chart")).hasCount(2);
        Locator ordersChart = console.locator("#chain-1 chipchain-line-chart").first();
        assertThat(ordersChart.locator("canvas")).isVisible();
        assertThat(ordersChart).hasAttribute("data-points", Pattern.compile("[1-9][0-9]*"));
        assertThat(console.locator("#score-1")).containsText("= chain score");
        assertThat(console.locator("#score-1")).containsText("Benchmark bots on the same seed and shocks");
        // beside the benchmark, the bots that work together for the chain: what a chain leaves on the table
        assertThat(console.locator("#cooperative-1")).containsText("Bots working together for the chain");
        assertThat(console.locator("#cooperative-1")).containsText(Pattern.compile("left .* on the table|beat them by"));
        shot(console.locator("#score-1"), "21-debrief-score-en");
        assertThat(console.locator("#debrief-events")).containsText("A 30% tariff on Mexican servers.");
        assertThat(console.locator("#ranking-roles")).containsText("North");
        // the scrubber steps through the game
        assertThat(console.locator("#scrubber-turn-1")).hasText("2026-Q3");
        console.locator("#scrubber-range-1").fill("2");
        assertThat(console.locator("#scrubber-turn-1")).hasText("2025-Q3", new com.microsoft.playwright.assertions.LocatorAssertions
                .HasTextOptions().setTimeout(10_000));
        shot(console, "21-debrief-facilitator");

        Download csv = console.waitForDownload(() -> console.locator("#download-csv").click());
        String csvText = Files.readString(csv.path(), StandardCharsets.UTF_8);
        assertThat(csvText).startsWith("\uFEFFsession,scenario,chain,role,team,turn,label");
        assertThat(csvText.lines().count()).isEqualTo(1 + 2 * 5 * 6);
        assertThat(csvText).contains(",남쪽,");
        Download log = console.waitForDownload(() -> console.locator("#download-log-2").click());
        JsonNode json = new ObjectMapper().readTree(Files.readString(log.path(), StandardCharsets.UTF_8));
        assertThat(json.get("format").asText()).isEqualTo("chipchain-game-log");
        assertThat(json.get("turns")).hasSize(6);

        console.setViewportSize(390, 844);
        console.reload();
        assertThat(console.locator("#score-1")).containsText("= chain score", WAIT);
        shot(console, "24-debrief-facilitator-phone");

        // after the end the team sees the debrief, its own chain opened first
        southPage.reload();
        assertThat(southPage.locator("#debrief")).isVisible();
        assertThat(southPage.locator("#chain-2")).hasAttribute("opened", "");
        assertThat(southPage.locator("#score-2")).containsText("공급망 점수", WAIT);
        assertThat(southPage.locator("#cooperative-2")).containsText("협력하는 봇");
        shot(southPage, "22-debrief-team-ko");
        southPage.setViewportSize(390, 844);
        southPage.reload();
        assertThat(southPage.locator("#debrief")).isVisible();
        Object overflow = southPage.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
        // nothing is cut off at the right either: every panel fits the phone's width
        for (String id : List.of("#class-section", "#debrief-events", "#score-2")) {
            Object right = southPage.evaluate("id => document.querySelector(id).getBoundingClientRect().right", id);
            assertThat(((Number) right).doubleValue()).as(id).isLessThanOrEqualTo(390);
        }
        shot(southPage, "23-debrief-team-phone");
        shot(southPage.locator("#score-2"), "23-debrief-score-ko-phone");
        team.close();
        teacher.close();
    }
}
