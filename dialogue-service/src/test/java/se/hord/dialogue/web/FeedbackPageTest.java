package se.hord.dialogue.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** An official publishes "what happened next" in the browser and sees how its SMS went. */
@MicronautTest
class FeedbackPageTest extends OfficialPagesBrowserTest {
  @Test
  void anOfficialPublishesWhatHappenedNextAndSeesItsSmsState() throws Exception {
    Object id = createDialogue(official, "0380").get("id");
    browser.open(base() + "/dialogues/" + id);
    browser.click("a.feedback-link");
    browser.until(d -> !d.findElements(By.id("feedback-form")).isEmpty());
    assertTrue(browser.find("main").getText().contains("Inget än"));

    browser.click("#feedback-form button[type=submit]"); // empty: the browser refuses (required)
    browser.driver.executeScript("document.getElementById('sv').removeAttribute('required')");
    browser.click("#feedback-form button[type=submit]");
    browser.until(d -> !d.findElements(By.cssSelector(".errors")).isEmpty());
    assertTrue(browser.find(".errors").getText().contains("message.sv"));

    browser.type("#sv", "Fritidsgården har nu öppet på söndagar.");
    browser.type("#en", "The youth centre now opens on Sundays.");
    browser.click("#feedback-form button[type=submit]");
    browser.until(d -> !d.findElements(By.cssSelector(".feedback-list li")).isEmpty());
    browser.screenshot(Path.of("target", "screenshots", "feedback-page.png"));
    String item = browser.find(".feedback-list li").getText();
    assertTrue(item.contains("Fritidsgården har nu öppet på söndagar."), item);
    assertTrue(item.contains("0 mottagare"), "nobody left a number here: " + item);

    List<Map<String, Object>> listed = list("/api/dialogues/" + id + "/feedback", official);
    assertEquals(1, listed.size());
    assertEquals("The youth centre now opens on Sundays.", message(listed.get(0)).get("en"));
  }

  @Test
  void aPostWithoutTheCsrfFieldIsRefusedAndStoresNothing() throws Exception {
    Object id = createDialogue(official, "0380").get("id");
    HttpResponse<String> refused =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(base() + "/dialogues/" + id + "/feedback"))
                    .header("Cookie", "HORD_TOKEN=" + official)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("sv=Hej"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(403, refused.statusCode());
    assertTrue(list("/api/dialogues/" + id + "/feedback", official).isEmpty());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> message(Map<String, Object> feedback) {
    return (Map<String, Object>) feedback.get("message");
  }
}
