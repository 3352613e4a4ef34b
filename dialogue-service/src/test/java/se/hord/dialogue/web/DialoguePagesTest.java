package se.hord.dialogue.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The officials' pages in real headless Chromium, logged in by the HORD_TOKEN cookie. */
@MicronautTest
class DialoguePagesTest extends OfficialPagesBrowserTest {
  @Test
  void anOfficialPlansADialogueAndAnEventAndPrintsItsJoinCodeCard() throws Exception {
    browser.open(base() + "/dialogues");
    browser.click("a[href='/dialogues/new']");
    browser.type("#title", "Sommarlov i Uppsala");
    browser.type("#description", "Vad vill unga göra i sommar?");
    browser.type("#prompts", "Vad saknar du på sommaren?\nVar träffar du kompisar?");
    browser.type("#statements", "Badhuset borde vara gratis\nDet behövs fler sommarjobb");
    browser.click("main form button[type=submit]");

    browser.until(d -> d.findElement(By.tagName("h1")).getText().equals("Sommarlov i Uppsala"));
    browser.type("#name", "Pop-up på Forumtorget");
    browser.type("#place", "Forumtorget");
    setValue("#startsAt", "2030-06-20T13:00");
    setValue("#endsAt", "2030-06-20T16:00");
    browser.click("form[action$='/events'] button[type=submit]");

    browser.until(d -> !d.findElements(By.cssSelector(".join-code")).isEmpty());
    String code = browser.find(".join-code").getText();
    List<Map<String, Object>> dialogues = list("/api/dialogues", official);
    Map<String, Object> created = dialogues.get(dialogues.size() - 1);
    assertEquals("Sommarlov i Uppsala", created.get("title"));
    assertEquals(2, ((List<?>) created.get("prompts")).size());
    List<Map<String, Object>> events =
        list("/api/dialogues/" + created.get("id") + "/events", official);
    assertEquals(1, events.size());
    assertEquals(code, events.get(0).get("joinCode"));
    assertEquals("2030-06-20T11:00:00Z", events.get(0).get("startsAt"), "Swedish summer time");

    browser.click(".event a[href$='/card']");
    WebElement qr = browser.until(d -> d.findElement(By.cssSelector(".card img")));
    assertTrue(qr.getDomAttribute("src").startsWith("data:image/svg+xml;base64,"));
    assertEquals(code, browser.find(".card .code").getText());
    assertTrue(browser.find(".card .url").getText().endsWith("/popup/" + events.get(0).get("id")));
  }

  @Test
  void anOfficialModeratesParticipantStatementsAndOnlyApprovedOnesCanBeVotedOn() {
    Map<String, Object> dialogue = createDialogue(official, "0380");
    Map<String, Object> event = createEvent(official, dialogue.get("id"));
    String ambassador = ambassadorOf(event);
    propose(event, ambassador, "Skolan borde börja senare");
    propose(event, ambassador, "Alla lärare är dumma");

    browser.open(base() + "/dialogues/" + dialogue.get("id") + "/moderation");
    browser.until(d -> d.findElements(By.cssSelector(".pending-statement")).size() == 2);
    decide("Skolan borde börja senare", "approve");
    browser.until(d -> d.findElements(By.cssSelector(".pending-statement")).size() == 1);
    decide("Alla lärare är dumma", "reject");
    browser.until(d -> d.findElements(By.cssSelector(".pending-statement")).isEmpty());

    Map<String, Object> details =
        call(HttpRequest.GET("/api/events/" + event.get("id")), ambassador).body();
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> votable =
        (List<Map<String, Object>>)
            ((Map<String, Object>) details.get("dialogue")).get("statements");
    List<Object> texts = votable.stream().map(s -> s.get("text")).toList();
    assertTrue(texts.contains("Skolan borde börja senare"), texts.toString());
    assertTrue(!texts.contains("Alla lärare är dumma"), "a rejected statement is never shown");
  }

  @Test
  void contributionsShowOnTheDialoguesPageAsTheyArrive() {
    Map<String, Object> dialogue = createDialogue(official, "0380");
    Map<String, Object> event = createEvent(official, dialogue.get("id"));
    contribute(
        event.get("id"),
        ambassadorOf(event),
        Map.of("prompt", "trygg", "text", "På biblioteket", "consent", true));

    browser.open(base() + "/dialogues/" + dialogue.get("id") + "/contributions");
    browser.until(
        d -> d.findElement(By.cssSelector(".contribution")).getText().contains("På biblioteket"));
    assertTrue(browser.find(".contribution").getText().contains("Var känner du dig trygg?"));
  }

  @Test
  void aVisitorWithoutLoginIsSentToTheLoginPageAndBack() throws Exception {
    HttpResponse<String> answer =
        plain()
            .send(
                java.net.http.HttpRequest.newBuilder(URI.create(base() + "/dialogues")).build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(303, answer.statusCode());
    String location = answer.headers().firstValue("Location").orElseThrow();
    assertTrue(location.startsWith("http://127.0.0.1:8081/login?returnTo="), location);
    assertTrue(
        location.endsWith(URLEncoder.encode("/dialogues", StandardCharsets.UTF_8)), location);
  }

  @Test
  void aFormPostedWithoutTheCsrfTokenIsRefused() throws Exception {
    HttpResponse<String> answer =
        plain()
            .send(
                java.net.http.HttpRequest.newBuilder(URI.create(base() + "/dialogues"))
                    .header("Cookie", "HORD_TOKEN=" + official)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(
                        java.net.http.HttpRequest.BodyPublishers.ofString(
                            "title=X&municipality=0380&prompts=Fr%C3%A5ga&csrf=forged"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(403, answer.statusCode());
    assertTrue(answer.body().contains("Ladda om sidan"), answer.body());
    assertTrue(
        list("/api/dialogues", official).stream().noneMatch(d -> "X".equals(d.get("title"))));
  }

  private void decide(String text, String decision) {
    WebElement item =
        browser.until(
            d ->
                d.findElements(By.cssSelector(".pending-statement")).stream()
                    .filter(li -> li.getText().contains(text))
                    .findFirst()
                    .orElse(null));
    item.findElement(By.cssSelector("button[value=" + decision + "]")).click();
  }

  private void propose(Map<String, Object> event, String token, String text) {
    call(
        HttpRequest.POST(
                "/api/events/" + event.get("id") + "/statements",
                Map.of("text", text, "participant", UUID.randomUUID().toString(), "consent", true))
            .header("Idempotency-Key", UUID.randomUUID().toString()),
        token);
  }

  private void setValue(String css, String value) {
    browser.driver.executeScript("arguments[0].value = arguments[1]", browser.find(css), value);
  }

  private static HttpClient plain() {
    return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  }
}
