package se.hord.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.hord.launcher.ApiClient;
import se.hord.testkit.Browser;

/**
 * One voice travels the whole way: a web form in a real Chromium, a JSON answer sent twice and an
 * ambassador's contribution each reach MariaDB, the feeds, Lucene and an official's search, once
 * each and within two seconds.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WalkingSkeletonTest {
  private static final Duration FRESH = Duration.ofSeconds(2);
  private Cluster cluster;
  private ApiClient admin;
  private Search search;
  private WebDriver browser;

  @BeforeAll
  void start() throws Exception {
    cluster = Cluster.get();
    String token = ApiClient.login(cluster.survey(), Cluster.ADMIN, Cluster.ADMIN_PASSWORD);
    admin = new ApiClient(cluster.survey(), token);
    search = new Search(admin.at(cluster.analysis()));
    browser = Browser.start().driver;
  }

  @AfterAll
  void stop() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void aWebFormAnswerAJsonAnswerAndAPopUpContributionAreEachFoundOnceWithinTwoSeconds()
      throws Exception {
    String word = Words.unique();
    JsonNode survey =
        admin.post("/api/surveys", Fixtures.survey("E2E fritid " + word, "0380")).expect(201);
    String surveyId = survey.get("id").asText();
    admin.post("/api/surveys/" + surveyId + "/publish", null).expect(200);

    // 1. The web form, in a real headless Chromium.
    String formWord = Words.unique();
    browser.get(cluster.survey() + "/s/" + survey.get("slug").asText());
    assertEquals("sv", browser.findElement(By.tagName("html")).getAttribute("lang"));
    browser.findElement(By.cssSelector("input[name$='trygg'][value='2']")).click();
    browser.findElement(By.cssSelector("input[name$='skola'][value='ja']")).click();
    browser
        .findElement(By.cssSelector("textarea[name$='varfor']"))
        .sendKeys("Det är stökigt i skolan och " + formWord + " hjälper inte");
    browser.findElement(By.cssSelector("form button[name='nav'][value='next']")).click();
    // The click starts a navigation; wait for the thank-you page rather than read the old one.
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .withMessage(() -> "the thank-you page shows BRIS: " + browser.getPageSource())
        .until(d -> d.getPageSource().contains("116 111"));
    JsonNode fromForm = search.awaitTotal(formWord, null, 1, FRESH);
    assertEquals(1, fromForm.get("total").asLong(), "web answer found once: " + fromForm);

    // 2. The same JSON answer sent twice with one Idempotency-Key is stored once.
    String jsonWord = Words.unique();
    String key = UUID.randomUUID().toString();
    Map<String, Object> answer =
        Map.of(
            "answers",
            Map.of("trygg", 1, "skola", "nej", "varfor", "Bussen hem " + jsonWord + " är otrygg"),
            "channel",
            "web");
    ApiClient anonymous = new ApiClient(cluster.survey(), null);
    JsonNode first =
        anonymous
            .send(
                "POST",
                "/api/surveys/" + surveyId + "/responses",
                answer,
                Map.of("Idempotency-Key", key))
            .expect(201);
    JsonNode second =
        anonymous
            .send(
                "POST",
                "/api/surveys/" + surveyId + "/responses",
                answer,
                Map.of("Idempotency-Key", key))
            .body();
    assertEquals(first.get("id"), second.get("id"), "the retry gets the first answer back");
    JsonNode fromJson = search.awaitTotal(jsonWord, null, 1, FRESH);
    assertEquals(1, fromJson.get("total").asLong(), "JSON answer found once: " + fromJson);
    JsonNode hit = fromJson.get("hits").get(0);
    assertEquals("survey", hit.get("source").asText());
    assertEquals("0380", hit.get("municipality").asText());
    assertTrue(hit.get("highlight").asText().contains("<mark>"), "the word is highlighted");

    // 3. An ambassador joins a pop-up with its code and captures a quote.
    String popupWord = Words.unique();
    ApiClient dialogueAdmin = admin.at(cluster.dialogue());
    JsonNode dialogue = dialogueAdmin.post("/api/dialogues", Fixtures.dialogue("0380")).expect(201);
    LocalDateTime now = LocalDateTime.now().withNano(0);
    JsonNode event =
        dialogueAdmin
            .post(
                "/api/dialogues/" + dialogue.get("id").asText() + "/events",
                Map.of(
                    "name",
                    "Pop-up E2E",
                    "place",
                    "Stadsbiblioteket",
                    "startsAt",
                    now.minusHours(1).toString(),
                    "endsAt",
                    now.plusHours(3).toString()))
            .expect(201);
    String ambassadorToken =
        new ApiClient(cluster.dialogue(), null)
            .post("/api/events/join", Map.of("joinCode", event.get("joinCode").asText()))
            .expect(200)
            .get("access_token")
            .asText();
    new ApiClient(cluster.dialogue(), ambassadorToken)
        .send(
            "POST",
            "/api/events/" + event.get("id").asText() + "/contributions",
            Map.of(
                "prompt",
                "ideer",
                "text",
                "Fler ställen att vara på, " + popupWord + " på kvällarna",
                "ageBand",
                "16-19",
                "consent",
                true),
            Map.of("Idempotency-Key", UUID.randomUUID().toString()))
        .expect(201);
    JsonNode fromPopup = search.awaitTotal(popupWord, null, 1, FRESH);
    assertEquals(
        1, fromPopup.get("total").asLong(), "pop-up contribution found once: " + fromPopup);
    assertEquals("popup", fromPopup.get("hits").get(0).get("source").asText());

    // 4. Inflections: the Swedish chain finds "skolan" when asked for "skola".
    JsonNode inflected = search.query("skola " + formWord, null);
    assertEquals(1, inflected.get("total").asLong(), "skola finds skolan: " + inflected);
  }

  @Test
  void theFormWithoutRequiredAnswersIsShownAgainWithAPlainMessage() throws Exception {
    JsonNode survey =
        admin
            .post("/api/surveys", Fixtures.survey("E2E tomt " + Words.unique(), "0380"))
            .expect(201);
    admin.post("/api/surveys/" + survey.get("id").asText() + "/publish", null).expect(200);
    browser.get(cluster.survey() + "/s/" + survey.get("slug").asText());
    browser.findElement(By.cssSelector("form button[name='nav'][value='next']")).click();
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .withMessage("an error summary is shown")
        .until(d -> !d.findElements(By.cssSelector(".errors, [role='alert']")).isEmpty());
    assertTrue(browser.getPageSource().contains("trygg"), "the form is shown again");
  }
}
