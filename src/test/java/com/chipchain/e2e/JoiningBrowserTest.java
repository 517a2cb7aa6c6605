package com.chipchain.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.chipchain.play.DefaultRule;
import com.chipchain.play.PlayDriver;
import com.chipchain.play.SessionInfo;
import com.chipchain.play.SessionSettings;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/** Joining that survives a class: the projector shows where to join, as text and as a QR code that phones can read. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:file:./target/test-db/joining-${random.uuid};WRITE_DELAY=0",
        "chipchain.facilitator.username=teacher",
        "chipchain.facilitator.password=lesson-plan",
        "vaadin.devmode.devTools.enabled=false"})
class JoiningBrowserTest extends BrowserTest {

    static final LocatorAssertions.ContainsTextOptions WAIT = new LocatorAssertions.ContainsTextOptions().setTimeout(15_000);

    @Autowired
    ApplicationContext app;
    PlayDriver sessions;

    @BeforeEach
    void drive() {
        sessions = PlayDriver.of(app);
    }

    static String decode(byte[] png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        return new QRCodeReader().decode(bitmap).getText();
    }

    @Test
    void the_projector_shows_the_join_address_and_a_qr_code_of_it_before_anyone_joins() throws Exception {
        SessionInfo session = sessions.create(new SessionSettings("made-in-america-2025", 2, Map.of(), null,
                DefaultRule.REPEAT_LAST, "base-stock", false, 7L));
        String address = url("?code=" + session.joinCode());
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1600, 1000))) {
            Page projector = context.newPage();
            projector.navigate(url("projector/" + session.id()));
            // the projector is the teacher's screen: the login comes first, then the projector it asked for
            projector.waitForURL(java.util.regex.Pattern.compile(".*/login.*"));
            logIn(projector);
            assertThat(projector.locator("#projector-address")).containsText(address, WAIT);
            assertThat(projector.locator("#projector-map svg.chain-map-across")).isVisible();
            shot(projector, "projector-join-desktop-en");
            String decoded = decode(projector.locator("#projector-join img").screenshot());
            assertThat(decoded).isEqualTo(address);

            // the address opens the join form with the code filled in
            Page phone = context.newPage();
            phone.setViewportSize(390, 844);
            phone.navigate(decoded);
            assertThat(phone.locator("#join-code input")).hasValue(session.joinCode());
            shot(phone, "join-from-qr-phone-en");
            assertThat(Browsers.beyondRightEdge(phone)).isEmpty();
        }
    }

    @Test
    void a_team_that_lost_its_page_comes_back_with_code_name_and_pin() {
        SessionInfo session = sessions.create(new SessionSettings("made-in-america-2025", 1, Map.of(), null,
                DefaultRule.REPEAT_LAST, "base-stock", false, 8L));
        String pin;
        try (BrowserContext first = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844))) {
            Page phone = first.newPage();
            phone.navigate(url("?code=" + session.joinCode()));
            phone.locator("#team-name input").fill("Lost Link");
            phone.locator("#join").click();
            phone.waitForURL(java.util.regex.Pattern.compile(".*/seat/.*"));
            assertThat(phone.locator("#rejoin-pin")).containsText(java.util.regex.Pattern.compile("\\d{4}"), WAIT);
            pin = phone.locator("#rejoin-pin").textContent().replaceAll("\\D", "");
            shot(phone, "player-pin-phone-en");
        }
        // a new browser: the same name is taken, the PIN field appears, and the PIN opens the seat
        try (BrowserContext second = browser.newContext(new Browser.NewContextOptions().setLocale("ko-KR").setViewportSize(390, 844))) {
            Page phone = second.newPage();
            phone.navigate(url(""));
            phone.locator("#join-code input").fill(session.joinCode());
            phone.locator("#team-name input").fill("Lost Link");
            phone.locator("#join").click();
            assertThat(phone.locator("#rejoin-pin-field")).isVisible();
            assertThat(phone.locator("#team-name [slot=error-message]")).containsText("PIN 입력");
            assertThat(phone.locator("#rejoin-pin-field")).containsText("재참가 PIN");
            shot(phone, "rejoin-pin-asked-phone-ko");
            phone.locator("#rejoin-pin-field input").fill(pin);
            phone.locator("#join").click();
            phone.waitForURL(java.util.regex.Pattern.compile(".*/seat/.*"));
            assertThat(phone.locator(".seat-title")).containsText("Lost Link", WAIT);
            assertThat(Browsers.beyondRightEdge(phone)).isEmpty();
        }
    }
}
