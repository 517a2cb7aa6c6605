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
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/**
 * A US supply contract played in the form (docs/rules.md, "US supply contracts"): NVIDIA's team
 * offers the assembler a premium on US-made systems in English; the assembler's team sees the
 * offer in Korean, accepts it, and both see the running contract; a bad offer is refused at its field.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:file:./target/test-db/contracts-${random.uuid};WRITE_DELAY=0",
        "vaadin.devmode.devTools.enabled=false"})
class ContractsBrowserTest extends BrowserTest {

    static final LocatorAssertions.ContainsTextOptions WAIT = new LocatorAssertions.ContainsTextOptions().setTimeout(20_000);
    static final LocatorAssertions.IsVisibleOptions SHOWN = new LocatorAssertions.IsVisibleOptions().setTimeout(20_000);

    @Autowired
    ApplicationContext app;
    PlayDriver sessions;

    @BeforeEach
    void drive() {
        sessions = PlayDriver.of(app);
    }

    @Test
    void nvidia_offers_a_premium_on_us_made_systems_and_the_assembler_accepts_it_in_korean() {
        SessionInfo session = sessions.create(new SessionSettings("made-in-america-2025", 1, Map.of(), null,
                DefaultRule.REPEAT_LAST, "benchmark", false, 5L));
        SeatTicket nvidia = sessions.join(session.joinCode(), "Buyers", 0, "nvidia", "contracts-test");
        SeatTicket assembler = sessions.join(session.joinCode(), "조립팀", 0, "assembler", "contracts-test-2");
        sessions.start(session.id());
        sessions.submit(nvidia.token(), 1, DecisionInput.empty());
        sessions.submit(assembler.token(), 1, DecisionInput.empty());

        try (BrowserContext en = browser.newContext(new Browser.NewContextOptions().setLocale("en-US").setViewportSize(1400, 1000));
             BrowserContext ko = browser.newContext(new Browser.NewContextOptions().setLocale("ko-KR").setViewportSize(390, 844))) {
            Page buyer = en.newPage();
            buyer.navigate(url("seat/" + nvidia.token()));
            assertThat(buyer.locator("#contracts")).isVisible(SHOWN);
            assertThat(buyer.locator("#contracts")).containsText("US supply contracts");
            // a premium with three decimals is refused at its field, and nothing is sent
            buyer.locator("#contract-premium-assembler input").fill("1.234");
            buyer.locator("#submit").click();
            assertThat(buyer.locator("#contract-premium-assembler")).hasAttribute("invalid", "",
                    new LocatorAssertions.HasAttributeOptions().setTimeout(10_000));
            assertThat(sessions.hasSubmitted(nvidia.token())).isFalse();
            // too many turns: refused by the rules, at the turns field, in words
            buyer.locator("#contract-premium-assembler input").fill("1.50");
            buyer.locator("#contract-units-assembler input").fill("1000");
            buyer.locator("#contract-turns-assembler input").fill("40");
            buyer.locator("#submit").click();
            assertThat(buyer.locator("#contract-turns-assembler")).hasAttribute("invalid", "",
                    new LocatorAssertions.HasAttributeOptions().setTimeout(10_000));
            buyer.locator("#contract-turns-assembler input").fill("8");
            shot(buyer.locator("#contracts"), "contracts-offer-en-desktop");
            buyer.locator("#submit").click();
            assertThat(buyer.locator("#submit-state")).containsText("Submitted", WAIT);
            sessions.submit(assembler.token(), 2, DecisionInput.empty());

            // turn 3: the offer waits on NVIDIA's form, the assembler answers in Korean on a phone
            assertThat(buyer.locator("#contracts")).containsText("Offered to", WAIT);
            Page supplier = ko.newPage();
            supplier.navigate(url("seat/" + assembler.token()));
            assertThat(supplier.locator("#contract-accept-nvidia")).isVisible(SHOWN);
            assertThat(supplier.locator("#contract-accept-nvidia")).containsText("제안 수락");
            assertThat(supplier.locator("#contract-accept-nvidia")).containsText("1.50");
            shot(supplier.locator("#contracts"), "contracts-accept-ko-phone");
            supplier.locator("#contract-accept-nvidia").click();
            supplier.locator("#submit").click();
            assertThat(supplier.locator("#submit-state")).containsText("제출", WAIT);
            sessions.submit(nvidia.token(), 3, DecisionInput.empty());

            // turn 4: both see the contract running, each from its own side
            assertThat(supplier.locator("#contracts")).containsText("수령", WAIT);
            assertThat(supplier.locator("#contract-end-nvidia")).isVisible();
            assertThat(buyer.locator("#contracts")).containsText("you pay 1.50 per US-made unit", WAIT);
            assertThat(buyer.locator("#contract-end-assembler")).containsText("break fee");
            shot(buyer.locator("#contracts"), "contracts-running-en-desktop");
            shot(supplier.locator("#contracts"), "contracts-running-ko-phone");
        }
        assertThat(sessions.seatView(nvidia.token()).contracts()).singleElement()
                .satisfies(c -> assertThat(c.premium()).isEqualTo(150));
    }
}
