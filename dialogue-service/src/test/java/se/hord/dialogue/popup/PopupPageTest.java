package se.hord.dialogue.popup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.hord.dialogue.ApiTestSupport;
import se.hord.dialogue.vote.Vote;
import se.hord.dialogue.vote.VoteRepository;
import se.hord.testkit.Browser;

/**
 * The ambassador's pop-up page in real headless Chromium: captures survive a cut network, a reload
 * and a server that answers 503, and each reaches the database exactly once.
 */
@MicronautTest
@Property(name = "hord.test.outage", value = "true")
class PopupPageTest extends ApiTestSupport {
  private static final int ITEMS = 20;

  @Inject EmbeddedServer server;
  @Inject VoteRepository votes;
  private Browser browser;
  private String official;
  private Map<String, Object> event;

  @BeforeEach
  void start() throws Exception {
    Outage.set(Outage.Mode.OFF);
    official = official("0380");
    event = createEvent(official, dialogueWithTwoStatements().get("id"));
    browser = Browser.start();
  }

  @AfterEach
  void stop() {
    Outage.set(Outage.Mode.OFF);
    browser.close();
  }

  @Test
  void capturesMadeOfflineSurviveAReloadAndArriveOnceWhenTheNetworkReturns() throws Exception {
    joinOnThePopupPage();
    browser.offline(true);

    captureItems();
    browser.driver.navigate().refresh();
    browser.untilText("#pending-count", String.valueOf(ITEMS));
    browser.until(d -> browser.find("#capture").isDisplayed());
    assertEquals(
        true,
        browser.driver.executeScript("return navigator.serviceWorker.controller !== null"),
        "the service worker served the page");
    assertEquals(0, stored().size(), "nothing reached the server while offline");

    browser.offline(false);
    browser.untilText("#pending-count", "0");
    assertExactlyTheCapturesArrived();
  }

  @Test
  void capturesRefusedWith503StayWaitingAndArriveOnceWhenTheServerIsBack() throws Exception {
    joinOnThePopupPage();
    Outage.set(Outage.Mode.REFUSE);

    captureItems();
    browser.driver.navigate().refresh();
    browser.untilText("#pending-count", String.valueOf(ITEMS));
    assertEquals(0, stored().size(), "the server refused everything while it was down");

    Outage.set(Outage.Mode.OFF);
    browser.untilText("#pending-count", "0");
    assertExactlyTheCapturesArrived();
  }

  @Test
  void capturesWhoseAnswerIsLostAreStoredOnceWhenSentAgain() throws Exception {
    joinOnThePopupPage();
    Outage.set(Outage.Mode.LOSE_ANSWER);

    captureItems();
    browser.untilText("#pending-count", String.valueOf(ITEMS));

    Outage.set(Outage.Mode.OFF);
    browser.untilText("#pending-count", "0");
    assertExactlyTheCapturesArrived();
  }

  @Test
  void severalParticipantsVoteOneAfterAnotherEachAsANewAnonymousParticipant() throws Exception {
    joinOnThePopupPage();
    browser.click("#tabs button[data-view=vote]");
    String[][] ballots = {{"agree", "disagree"}, {"agree", "agree"}, {"pass", "disagree"}};
    for (String[] ballot : ballots) {
      browser.click("#vote-start");
      assertTrue(browser.find("#message").isDisplayed(), "no voting before the consent tick");
      browser.click("#vote-consent");
      browser.click("#vote-start");
      for (String choice : ballot) {
        browser.click(".vote-buttons button[data-vote=" + choice + "]");
      }
      browser.until(d -> browser.find("#vote-done").isDisplayed());
      browser.click("#next-person");
    }
    browser.screenshot(Path.of("target", "screenshots", "popup-vote.png"));
    browser.untilText("#pending-count", "0");

    List<Vote> stored =
        votes.findApprovedByDialogue(((Number) event.get("dialogueId")).longValue());
    assertEquals(6, stored.size(), "two statements for each of three voters");
    assertEquals(3, stored.stream().map(Vote::participant).distinct().count());
    assertEquals(3, stored.stream().filter(v -> v.choice() == 1).count(), "agree votes");
    assertEquals(1, stored.stream().filter(v -> v.choice() == 0).count(), "pass votes");
    assertTrue(stored.stream().allMatch(Vote::consent), "consent is kept with each vote");
  }

  @Test
  void aTallyCounterCountsOneForEachTap() throws Exception {
    joinOnThePopupPage();
    browser.click("#tabs button[data-view=count]");
    for (int i = 0; i < 3; i++) {
      browser.click(".counter[data-counter=conversations]");
    }
    browser.untilText(".counter[data-counter=conversations] strong", "3");
    browser.screenshot(Path.of("target", "screenshots", "popup-count.png"));
    browser.untilText("#pending-count", "0");
    assertEquals(3, browser.all("#recent li[data-state=saved]").size());
  }

  private void joinOnThePopupPage() throws Exception {
    browser.open(popupUrl());
    browser.until(d -> browser.find("#join").isDisplayed());
    browser.type("#join-code", ((String) event.get("joinCode")).toLowerCase());
    browser.click("#join-form button[type=submit]");
    browser.until(d -> browser.find("#capture").isDisplayed());
    browser.until(d -> "yes".equals(browser.find("body").getDomAttribute("data-offline-ready")));
    browser.screenshot(Path.of("target", "screenshots", "popup-capture.png"));
  }

  private void captureItems() throws Exception {
    for (int i = 1; i <= ITEMS; i++) {
      browser.click("#prompts .prompt[data-key=trygg]");
      browser.type("#text", text(i));
      browser.click("#consent");
      browser.click("#save");
      browser.untilText("#pending-count", String.valueOf(i));
    }
    browser.screenshot(Path.of("target", "screenshots", "popup-waiting.png"));
  }

  private void assertExactlyTheCapturesArrived() {
    List<Map<String, Object>> stored = stored();
    Set<String> expected =
        IntStream.rangeClosed(1, ITEMS).mapToObj(PopupPageTest::text).collect(toSorted());
    Set<String> texts = stored.stream().map(c -> (String) c.get("text")).collect(toSorted());
    assertEquals(ITEMS, stored.size(), "one stored contribution per capture, none twice");
    assertEquals(expected, texts);
    stored.forEach(c -> assertEquals(true, c.get("consent"), "consent is kept with each"));
    assertEquals(0, browser.all("#recent li[data-state=waiting]").size());
  }

  private List<Map<String, Object>> stored() {
    return list("/api/events/" + event.get("id") + "/contributions", official);
  }

  private String popupUrl() {
    return "http://127.0.0.1:" + server.getPort() + "/popup/" + event.get("id");
  }

  private Map<String, Object> dialogueWithTwoStatements() {
    Map<String, Object> body =
        Map.of(
            "title",
            "Ungas röster",
            "municipality",
            "0380",
            "prompts",
            List.of(
                Map.of("key", "trygg", "text", "Var känner du dig trygg?"),
                Map.of("key", "fritid", "text", "Vad gör du på fritiden?")),
            "statements",
            List.of(
                Map.of("key", "buss", "text", "Bussarna går för sällan"),
                Map.of("key", "ljus", "text", "Det behövs mer ljus i parkerna")));
    return call(HttpRequest.POST("/api/dialogues", body), official).body();
  }

  private static String text(int i) {
    return "Citat nummer " + i + " (quote number " + i + ")";
  }

  private static java.util.stream.Collector<String, ?, TreeSet<String>> toSorted() {
    return Collectors.toCollection(TreeSet::new);
  }
}
