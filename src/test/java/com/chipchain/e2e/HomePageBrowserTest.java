package com.chipchain.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** The real app in a real Chromium: the home page lists the scenarios, in English and in Korean. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:file:./target/test-db/home-${random.uuid};WRITE_DELAY=0")
class HomePageBrowserTest extends BrowserTest {

    @Test
    void the_home_page_lists_every_scenario_with_its_title_and_description_in_both_languages() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-US"))) {
            Page page = context.newPage();
            page.navigate(url(""));

            Locator cards = page.locator(".scenario-card");
            // the first page of a fresh app can take a while on a busy machine
            assertThat(page.locator("#scenario-list")).isVisible(new com.microsoft.playwright.assertions.LocatorAssertions
                    .IsVisibleOptions().setTimeout(30_000));
            assertThat(cards).hasCount(6, new com.microsoft.playwright.assertions.LocatorAssertions.HasCountOptions().setTimeout(20_000));
            assertThat(page.locator("#scenario-export-controls-2025")).containsText("export licences");
            // public descriptions name risks, not the surprise a scenario holds
            assertThat(page.locator("#scenario-taiwan-strait-disruption")).not().containsText("blockade");
            assertThat(page.locator("#scenario-demand-bust")).not().containsText("40%");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Made in America 2025"))).isVisible();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Classic beer game (MIT board version)"))).isVisible();
            assertThat(page.locator("#scenario-classic-beer-game")).containsText("36 turns, 4 teams");
            assertThat(page.locator("#scenario-made-in-america-2025")).containsText("TSMC Arizona");
            shot(page, "home-en");

            page.locator("#switch-language").click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("메이드 인 아메리카 2025"))).isVisible();
            assertThat(page.locator("#scenario-classic-beer-game")).containsText("36턴, 4개 팀");
            assertThat(page.locator("#switch-language")).hasText("English");
            shot(page, "home-ko");
        }
    }
}
