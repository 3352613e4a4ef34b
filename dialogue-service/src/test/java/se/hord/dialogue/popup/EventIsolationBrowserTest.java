package se.hord.dialogue.popup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.hord.dialogue.ApiTestSupport;
import se.hord.testkit.Browser;

/**
 * An ambassador who joined event A in the pop-up page cannot read event B's captures: the page
 * never lists captures from the server (only its own outbox), and the API refuses the page's token
 * for another event, as fetch() from the page itself shows.
 */
@MicronautTest
class EventIsolationBrowserTest extends ApiTestSupport {
  private static final String SECRET = "Det här sa någon på event B";

  @Inject EmbeddedServer server;
  private Browser browser;

  @BeforeEach
  void start() throws Exception {
    browser = Browser.start();
  }

  @AfterEach
  void stop() {
    browser.close();
  }

  @Test
  void anAmbassadorOfOneEventIsRefusedAnotherEventsCapturesFromTheBrowser() {
    String official = official("0380");
    Object dialogueId = createDialogue(official, "0380").get("id");
    Map<String, Object> eventA = createEvent(official, dialogueId);
    Map<String, Object> eventB = createEvent(official, dialogueId);
    contribute(eventB.get("id"), ambassadorOf(eventB), Map.of("prompt", "trygg", "text", SECRET));

    browser.open(base() + "/popup/" + eventA.get("id"));
    browser.until(d -> browser.find("#join").isDisplayed());
    browser.type("#join-code", (String) eventA.get("joinCode"));
    browser.click("#join-form button[type=submit]");
    browser.until(d -> browser.find("#capture").isDisplayed());

    Object joined = eventA.get("id");
    assertEquals(403L, fetchContributions(joined, eventB.get("id")), "another event's captures");
    assertEquals(200L, fetchContributions(joined, joined), "its own event's captures");
    assertFalse(browser.find("body").getText().contains(SECRET));
  }

  /** The status of GET contributions of an event, sent by the page with the token it keeps. */
  private Object fetchContributions(Object joined, Object eventId) {
    return browser.driver.executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "const saved = JSON.parse(localStorage.getItem('hord.popup."
            + "' + arguments[0] + '.token'));"
            + "const token = saved.value;"
            + "fetch('/api/events/' + arguments[1] + '/contributions',"
            + " {headers: {Authorization: 'Bearer ' + token}})"
            + ".then(r => done(r.status), e => done(String(e)));",
        String.valueOf(joined),
        String.valueOf(eventId));
  }

  private String base() {
    return "http://127.0.0.1:" + server.getPort();
  }
}
