package se.hord.dialogue.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.hord.dialogue.ApiTestSupport;
import se.hord.testkit.Browser;

/**
 * In real headless Chromium: after a capture, the young person leaves a number with an explicit
 * tick, offline; it waits on the phone, survives a reload and arrives once when the network returns
 * — queued for survey-service and never stored with the contribution.
 */
@MicronautTest(transactional = false)
class PhoneOptInBrowserTest extends ApiTestSupport {
  @Inject EmbeddedServer server;
  @Inject PhoneHandoverRepository queue;
  private Browser browser;
  private Map<String, Object> event;
  private String official;

  @BeforeEach
  void start() throws Exception {
    official = official("0380");
    event = createEvent(official, createDialogue(official, "0380").get("id"));
    browser = Browser.start();
  }

  @AfterEach
  void stop() {
    browser.close();
  }

  @Test
  void aNumberLeftOfflineAfterACaptureArrivesOnceAndApartFromTheQuote() throws Exception {
    browser.open("http://127.0.0.1:" + server.getPort() + "/popup/" + event.get("id"));
    browser.until(d -> browser.find("#join").isDisplayed());
    browser.type("#join-code", (String) event.get("joinCode"));
    browser.click("#join-form button[type=submit]");
    browser.until(d -> browser.find("#capture").isDisplayed());
    browser.until(d -> "yes".equals(browser.find("body").getDomAttribute("data-offline-ready")));
    assertFalse(browser.find("#phone-box").isDisplayed(), "offered only after a capture");

    browser.offline(true);
    browser.click("#prompts .prompt[data-key=trygg]");
    browser.type("#text", "Jag vill ha fler bänkar");
    browser.click("#consent");
    browser.click("#save");
    browser.until(d -> browser.find("#phone-box").isDisplayed());
    browser.type("#phone", "070 555 12 34");
    browser.click("#phone-save");
    assertTrue(browser.find("#message").isDisplayed(), "no number without the tick");
    browser.click("#phone-consent");
    browser.screenshot(Path.of("target", "screenshots", "popup-phone.png"));
    browser.click("#phone-save");
    browser.untilText("#pending-count", "2");
    assertFalse(browser.find("#phone-box").isDisplayed());

    browser.driver.navigate().refresh();
    browser.untilText("#pending-count", "2");
    browser.offline(false);
    browser.untilText("#pending-count", "0");

    long dialogueId = ((Number) event.get("dialogueId")).longValue();
    List<String> numbers =
        queue.findDue(Instant.now().plusSeconds(3600), 10_000).stream()
            .filter(r -> r.dialogueId() == dialogueId)
            .map(PhoneHandover::phoneNumber)
            .toList();
    assertEquals(List.of("+46705551234"), numbers, "queued once for survey-service");
    List<Map<String, Object>> quotes =
        list("/api/events/" + event.get("id") + "/contributions", official);
    assertEquals(1, quotes.size());
    assertFalse(quotes.toString().contains("555"), "the number is not kept with the quote");
    String recent = browser.find("#recent").getText();
    assertTrue(recent.contains("…34"), recent);
    assertFalse(recent.contains("555 12"), "the phone shows only the last digits");
    Object left =
        browser.driver.executeAsyncScript(
            "const done = arguments[0];"
                + "indexedDB.open('hord-popup', 1).onsuccess = (e) => {"
                + "  const r = e.target.result.transaction('outbox').objectStore('outbox').getAll();"
                + "  r.onsuccess = () => done(JSON.stringify(r.result)); };");
    assertFalse(String.valueOf(left).contains("555"), "the number left the phone once sent");
  }
}
