package com.chipchain.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.chipchain.play.DebriefService;
import com.chipchain.play.PlayDriver;
import com.chipchain.play.SeatTicket;
import com.chipchain.play.SessionInfo;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/**
 * The scenario studio in a real browser (docs/facilitator-guide.md, "Make your own scenario"): a
 * teacher derives a 12-turn variant of the flagship with a demand dip at turn 7, sees the demand
 * chart follow, sees a mistyped field refused where it was typed, saves it, and runs a session on
 * it; editing the scenario again leaves that session's CSV as it was. The same page in Korean on a phone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:file:./target/test-db/studio-${random.uuid};WRITE_DELAY=0",
        "chipchain.facilitator.username=teacher",
        "chipchain.facilitator.password=lesson-plan",
        "chipchain.scenarios-dir=./target/studio-test-scenarios",
        "vaadin.devmode.devTools.enabled=false"})
class StudioBrowserTest extends BrowserTest {

    static final LocatorAssertions.ContainsTextOptions WAIT = new LocatorAssertions.ContainsTextOptions().setTimeout(15_000);
    static final LocatorAssertions.HasAttributeOptions SOON = new LocatorAssertions.HasAttributeOptions().setTimeout(10_000);

    @Autowired
    ApplicationContext app;

    static String demandOnChart(Page page) {
        return (String) page.locator("#studio-demand-chart").evaluate("e => JSON.stringify(e.chartData.datasets[0].data)");
    }

    static void waitForChart(Page page, String wanted) {
        for (int i = 0; i < 100 && !demandOnChart(page).equals(wanted); i++) {
            page.waitForTimeout(100);
        }
        assertThat(demandOnChart(page)).isEqualTo(wanted);
    }

    @Test
    void a_teacher_derives_a_twelve_turn_flagship_with_a_dip_and_plays_a_session_on_it() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-US").setViewportSize(1400, 1000))) {
            Page page = context.newPage();
            page.navigate(url("studio"));
            page.waitForURL(Pattern.compile(".*/login.*"));
            logIn(page);
            page.waitForURL(Pattern.compile(".*/studio(\\?.*)?$"));
            assertThat(page.locator("#studio-check")).containsText("Everything checks", WAIT);
            assertThat(page.locator("#studio-id input")).hasValue("made-in-america-2025-teacher");
            shot(page, "studio-en-desktop-open");
            String before = demandOnChart(page);
            assertThat(before).startsWith("[1500,1550,1600");

            page.locator("#studio-title-en input").fill("Made in America, 12 quarters");
            page.locator("#studio-turns input").fill("12");
            page.locator("#studio-turns input").press("Tab");
            assertThat(page.locator("#studio-turns-moved")).containsText("Kept within 12 turns: end-customer demand cut to the new length", WAIT);
            page.locator("#studio-demand-level input").fill("1500");
            page.locator("#studio-demand-growth input").fill("4");
            page.locator("#studio-demand-shock-turn input").fill("7");
            page.locator("#studio-demand-shock-percent input").fill("-40");
            page.locator("#studio-demand-shock-turns input").fill("2");
            page.locator("#studio-demand-draw").click();
            waitForChart(page, "[1500,1560,1622,1687,1755,1825,1139,1184,2053,2135,2220,2309]");
            assertThat(page.locator("#studio-demand input")).hasValue("1500, 1560, 1622, 1687, 1755, 1825, 1139, 1184, 2053, 2135, 2220, 2309");
            shot(page, "studio-en-desktop");

            // a tariff at turn 4 on the timeline: a new event waits for its news, then plays
            page.locator("#studio-event-new-turn input").fill("4");
            page.locator("#studio-event-add").click();
            Locator tariff = page.locator("#studio-events-turn-4 .studio-event").last();
            assertThat(tariff).isVisible();
            String event = tariff.getAttribute("id");
            assertThat(page.locator("#studio-check")).containsText("Problems to fix before saving: 2", WAIT);
            assertThat(page.locator("#" + event + "-news-en")).hasAttribute("invalid", "", SOON);
            ClassroomBrowserTest.choose(page, event + "-product", "system");
            ClassroomBrowserTest.choose(page, event + "-origin", "MX");
            page.locator("#" + event + "-percent input").fill("30");
            page.locator("#" + event + "-news-en textarea").fill("A 30% tariff on AI servers from Mexico, from this quarter.");
            page.locator("#" + event + "-news-ko textarea").fill("이번 분기부터 멕시코산 AI 서버에 30% 관세.");
            assertThat(page.locator("#studio-check")).containsText("Everything checks", WAIT);
            view(page, page.locator("#studio-events-turn-4"), "studio-timeline-en-desktop");

            // a number the loader refuses is refused at its field, in its words; a bot parameter by its policy
            page.locator("#studio-costs-packager").click();
            page.locator("#studio-site-taiwan-cowos-capacity input").fill("lots");
            assertThat(page.locator("#studio-site-taiwan-cowos-capacity")).containsText("whole number", WAIT);
            assertThat(page.locator("#studio-save")).hasAttribute("disabled", "", SOON);
            page.locator("#studio-site-taiwan-cowos-capacity input").fill("900");
            page.locator("#studio-bot-benchmark-packager-theta input").fill("1.5");
            assertThat(page.locator("#studio-bot-benchmark-packager-theta")).containsText("theta must be a number from 0 to 1", WAIT);
            page.locator("#studio-bot-benchmark-packager-theta input").fill("0.25");
            assertThat(page.locator("#studio-check")).containsText("Everything checks", WAIT);
            view(page, page.locator("#studio-costs-packager"), "studio-costs-en-desktop");

            // a mistyped demand is refused where it was typed, and the scenario cannot be saved
            page.locator("#studio-demand input").fill("1500, 15OO");
            assertThat(page.locator("#studio-demand")).hasAttribute("invalid", "", SOON);
            assertThat(page.locator("#studio-demand")).containsText("whole numbers separated by commas", WAIT);
            assertThat(page.locator("#studio-save")).hasAttribute("disabled", "", SOON);
            assertThat(page.locator("#studio-check")).containsText("Problems to fix before saving: 1", WAIT);
            page.locator("#studio-demand-draw").click();
            assertThat(page.locator("#studio-check")).containsText("Everything checks", WAIT);

            // check it before class: the bots on 100 seeds of the draft and of the flagship, with a progress bar
            page.locator("#studio-preview-seeds input").fill("100");
            page.locator("#studio-preview-run").click();
            assertThat(page.locator("#studio-preview-status")).containsText("100 seeds played on both", WAIT);
            assertThat(page.locator("#studio-preview-teams")).containsText("Whole chain");
            assertThat(page.locator("#studio-preview-chain")).isVisible();
            assertThat(page.locator("#studio-preview-binding")).isVisible();
            assertThat(page.locator("#studio-preview-teams")).containsText("Full capacity, draft (turns)");
            shot(page.locator("#studio-preview-results"), "studio-preview-en-desktop");

            // the exploit search: in words, per seat, whether one simple rule wins it
            page.locator("#studio-exploits-run").click();
            assertThat(page.locator("#studio-exploits-progress")).isVisible();
            assertThat(page.locator("#studio-exploits-status")).containsText("games played in",
                    new LocatorAssertions.ContainsTextOptions().setTimeout(120_000));
            assertThat(page.locator("#studio-exploits-summary")).containsText("simple rule");
            assertThat(page.locator("#studio-exploits-seats li")).hasCount(5);
            view(page, page.locator("#studio-exploits"), "studio-exploits-en-desktop");

            // the variant's own briefing for NVIDIA, read by the team in that seat
            page.locator("#studio-briefing-nvidia").click();
            page.locator("#studio-briefing-nvidia-en textarea").fill("Your own briefing for the Tuesday class: watch Mexico.");
            // what players see: the variant shares end-customer demand, and its sessions start from that
            page.locator("#studio-end-demand-shared input").check();
            page.locator("#studio-note input").fill("12 quarters, a dip at turn 7");
            page.locator("#studio-save").click();
            assertThat(page.locator("vaadin-notification-card").last()).containsText("Saved made-in-america-2025-teacher", WAIT);

            page.navigate(url("facilitator"));
            ClassroomBrowserTest.choose(page, "new-scenario", "Made in America, 12 quarters");
            assertThat(page.locator("#new-shared-demand input")).isChecked();
            page.locator("#create-session").click();
            page.waitForURL(Pattern.compile(".*/facilitator/.+"));
        }
        PlayDriver play = PlayDriver.of(app);
        SessionInfo session = play.sessions().stream().filter(s -> s.scenarioId().equals("made-in-america-2025-teacher"))
                .findFirst().orElseThrow();
        assertThat(session.turnCount()).isEqualTo(12);
        assertThat(session.sharedDemand()).as("the scenario's default, kept on the create form").isTrue();
        com.chipchain.engine.Scenario played = app.getBean(com.chipchain.play.ScenarioCatalog.class).of(session);
        assertThat(played.timeline()).anySatisfy(e -> {
            assertThat(e.turn()).isEqualTo(4);
            assertThat(e.effect()).isEqualTo(new com.chipchain.engine.EventEffect.TariffSet(played.productIndex("system"), "MX", 3000, false));
        });
        assertThat(played.site(played.siteIndex("taiwan-cowos")).capacity()).isEqualTo(900);
        SeatTicket nvidia = play.join(session.joinCode(), "Greens", 0, "nvidia", "studio-device");
        play.start(session.id());
        for (int turn = 1; turn <= 3; turn++) {
            play.closeTurnNow(session.id());
        }
        // the team reads the variant's own texts: its briefing, and the news of the tariff it added at turn 4
        try (BrowserContext device = browser.newContext(new Browser.NewContextOptions().setLocale("en-US").setViewportSize(390, 844))) {
            Page seat = device.newPage();
            seat.navigate(url("seat/" + nvidia.token()));
            assertThat(seat.locator("#turn-label")).containsText("Turn 4 of 12", WAIT);
            assertThat(seat.locator("#briefing")).containsText("Your own briefing for the Tuesday class: watch Mexico.");
            assertThat(seat.locator("#news")).containsText("A 30% tariff on AI servers from Mexico, from this quarter.");
        }
        for (int turn = 4; turn <= 12; turn++) {
            play.closeTurnNow(session.id());
        }
        String csv = app.getBean(DebriefService.class).csv(session.id());
        com.chipchain.play.Debrief debrief = app.getBean(DebriefService.class).debrief(session.id());

        // the teacher edits the scenario again: the finished session stays as it was played
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-US").setViewportSize(1400, 1000))) {
            Page page = context.newPage();
            page.navigate(url("studio"));
            logIn(page);
            page.waitForURL(Pattern.compile(".*/studio(\\?.*)?$"));
            ClassroomBrowserTest.choose(page, "studio-start",
                    "Made in America, 12 quarters (made-in-america-2025-teacher, v1) - yours");
            page.locator("#studio-open").click();
            assertThat(page.locator("#studio-id input")).hasValue("made-in-america-2025-teacher");
            page.locator("#studio-demand input").fill("900");
            page.locator("#studio-note input").fill("lower demand");
            assertThat(page.locator("#studio-check")).containsText("Everything checks", WAIT);
            page.locator("#studio-save").click();
            assertThat(page.locator("vaadin-notification-card").last()).containsText("Saved", WAIT);
            // the history: both revisions, the session made from the first, and the two side by side
            assertThat(page.locator("#studio-history-table")).containsText("lower demand", WAIT);
            assertThat(page.locator("#studio-history-table")).containsText("12 quarters, a dip at turn 7");
            assertThat(page.locator("#studio-history-table")).containsText("v2");
            page.locator("#studio-compare-button").click();
            assertThat(page.locator("#studio-compare-table")).containsText("900", WAIT);
            assertThat(page.locator("#studio-compare-table")).containsText("2309");
            shot(page.locator("#studio-history"), "studio-history-en-desktop");

            // removing the scenario: gone from the lists, the session made from it untouched (below)
            page.locator("#studio-remove").click();
            Locator dialog = page.locator("vaadin-confirm-dialog-overlay[opened]");
            assertThat(dialog).containsText("Remove made-in-america-2025-teacher?", WAIT);
            dialog.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Remove")
                    .setExact(true)).click();
            assertThat(page.locator("vaadin-notification-card").last()).containsText(
                    "Removed made-in-america-2025-teacher. Sessions made from it (1) keep the revision", WAIT);
            assertThat(page.locator("#studio-id input")).hasValue("made-in-america-2025-teacher");
            assertThat(page.locator("#studio-remove")).hasCount(0);
            page.navigate(url("facilitator"));
            page.locator("#new-scenario").click();
            assertThat(page.locator("vaadin-select-overlay[opened]")).containsText("Made in America", WAIT);
            assertThat(page.locator("vaadin-select-overlay[opened]")).not().containsText("12 quarters");
        }
        assertThat(app.getBean(DebriefService.class).csv(session.id())).isEqualTo(csv);
        assertThat(app.getBean(DebriefService.class).debrief(session.id())).usingRecursiveComparison().isEqualTo(debrief);
    }

    @Test
    void a_broken_upload_shows_its_problems_at_their_lines_and_saves_nothing(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        String flagship = java.nio.file.Files.readString(java.nio.file.Path.of("scenarios", "made-in-america-2025.yaml"));
        java.util.List<String> lines = flagship.lines().toList();
        int cashLine = lines.indexOf("    cash: 1500.00") + 1;
        java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("broken.yaml"), flagship
                .replace("id: made-in-america-2025", "id: broken-upload").replace("    cash: 1500.00", "    cash: lots"));
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-US").setViewportSize(1400, 1000))) {
            Page page = context.newPage();
            page.navigate(url("studio"));
            logIn(page);
            page.waitForURL(Pattern.compile(".*/studio(\\?.*)?$"));
            assertThat(page.locator("#studio-check")).containsText("Everything checks", WAIT);
            page.locator("#studio-upload input[type=file]").setInputFiles(file);
            assertThat(page.locator("#studio-upload-problems")).containsText("broken.yaml cannot be saved as it is (problems found: 1", WAIT);
            assertThat(page.locator("#studio-upload-problems")).containsText("line " + cashLine + " - roles[1].cash");
            assertThat(page.locator("#studio-id input")).hasValue("broken-upload");
            assertThat(page.locator("#studio-cash-memory")).hasAttribute("invalid", "", SOON);
            assertThat(page.locator("#studio-save")).hasAttribute("disabled", "", SOON);
            shot(page, "studio-upload-problems-en-desktop");
        }
        assertThat(app.getBean(com.chipchain.play.ScenarioCatalog.class).list(new com.chipchain.play.accounts.Teacher("teacher", true))
                .scenarios()).extracting(com.chipchain.play.ScenarioCatalog.Entry::id).doesNotContain("broken-upload");
    }

    @Test
    void the_studio_in_korean_on_a_phone() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("ko-KR").setViewportSize(390, 844))) {
            Page page = context.newPage();
            page.navigate(url("studio"));
            logIn(page);
            page.waitForURL(Pattern.compile(".*/studio(\\?.*)?$"));
            assertThat(page.locator("#studio")).containsText("시나리오 스튜디오", WAIT);
            assertThat(page.locator("#studio-check")).containsText("모두 통과", WAIT);
            shot(page, "studio-ko-phone-open");
            page.locator("#studio-demand input").fill("1500, x");
            assertThat(page.locator("#studio-demand")).containsText("쉼표로 구분한 정수", WAIT);
            Object overflow = page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth + 1");
            assertThat(overflow).as("nothing wider than the phone").isEqualTo(false);
            shot(page, "studio-ko-phone");
            page.setViewportSize(1400, 1000);
            page.locator("#studio-turns input").fill("12");
            page.locator("#studio-turns input").press("Tab");
            assertThat(page.locator("#studio-turns-moved")).containsText("12턴 안으로 맞춤", WAIT);
            shot(page, "studio-ko-desktop");
            page.locator("#studio-events-turn-1").click();
            assertThat(page.locator("#studio-events-turn-1")).containsText("뉴스 (EN)", WAIT);
            view(page, page.locator("#studio-timeline"), "studio-timeline-ko-desktop");
            page.locator("#studio-costs-memory").click();
            view(page, page.locator("#studio-costs-memory"), "studio-costs-ko-desktop");
        }
    }

    @Test
    void the_studio_in_english_on_a_phone_and_a_broken_file_on_the_server_said_on_the_start_page() throws Exception {
        java.nio.file.Path folder = java.nio.file.Path.of("target", "studio-test-scenarios");
        java.nio.file.Files.createDirectories(folder);
        java.nio.file.Path broken = folder.resolve("our-variant.yaml");
        java.nio.file.Files.writeString(broken, java.nio.file.Files.readString(java.nio.file.Path.of("scenarios", "classic-beer-game.yaml"))
                .replace("id: classic-beer-game", "id: our-variant").replace("count: 36", "count: 0"));
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-US").setViewportSize(390, 844))) {
            Page page = context.newPage();
            page.navigate(url("studio"));
            logIn(page);
            page.waitForURL(Pattern.compile(".*/studio(\\?.*)?$"));
            assertThat(page.locator("#studio-check")).containsText("Everything checks", WAIT);
            page.locator("#studio-events-turn-2").click();
            page.locator("#studio-costs-foundry").click();
            Object overflow = page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth + 1");
            assertThat(overflow).as("nothing wider than the phone").isEqualTo(false);
            view(page, page.locator("#studio-events-turn-2"), "studio-timeline-en-phone");
            view(page, page.locator("#studio-costs-foundry"), "studio-costs-en-phone");

            page.setViewportSize(1400, 1000);
            page.navigate(url("facilitator"));
            assertThat(page.locator("#unplayable-scenarios")).containsText("our-variant.yaml", WAIT);
            assertThat(page.locator("#unplayable-scenarios")).containsText("turns.count");
            assertThat(page.locator("#create-session")).isVisible();
            shot(page.locator(".create-form"), "unplayable-scenarios-en-desktop");
        } finally {
            java.nio.file.Files.deleteIfExists(broken);
        }
    }
}
