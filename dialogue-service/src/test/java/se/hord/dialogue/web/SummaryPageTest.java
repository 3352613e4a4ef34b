package se.hord.dialogue.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The summary page in real headless Chromium: two camps of young people, seven each, vote on five
 * statements. Everyone agrees that the youth centre should stay open later (consensus); the camps
 * split on the rest (divisive), so the page shows two opinion groups, draws them as a chart and
 * says in words what each group agrees on.
 */
@MicronautTest
class SummaryPageTest extends OfficialPagesBrowserTest {
  private static final List<String> STATEMENTS =
      List.of(
          "Fritidsgården ska ha öppet längre",
          "Skolan ska ha mobilförbud",
          "Läxor borde förbjudas",
          "Det behövs fler poliser i centrum",
          "Det behövs fler kameror i centrum");

  @Test
  void theSummaryPageShowsConsensusDivisiveAndTheOpinionGroupsAsAChart() throws Exception {
    Object id = dialogueWithTwoCamps();

    browser.open(base() + "/dialogues/" + id);
    browser.click("a.summary-link");
    browser.until(d -> !d.findElements(By.cssSelector("#group-chart svg")).isEmpty());
    browser.driver.executeScript(
        "document.getElementById('group-chart').scrollIntoView({block: 'start'})");
    browser.screenshot(Path.of("target", "screenshots", "summary-groups.png"));

    List<WebElement> groups = browser.all(".group-explanations .group");
    assertEquals(2, groups.size(), "two camps, two groups");
    for (WebElement group : groups) {
      assertTrue(group.getText().contains("(7 personer)"), group.getText());
      assertTrue(group.getText().contains("håller med om"), group.getText());
    }
    String explained = browser.find(".group-explanations").getText();
    assertTrue(explained.contains("Skolan ska ha mobilförbud"), explained);
    assertTrue(explained.contains("Det behövs fler poliser i centrum"), explained);
    assertTrue(
        browser.all("#group-chart svg rect, #group-chart svg path").size() > 4,
        "the chart has bars");
    assertEquals(
        List.of(STATEMENTS.get(0)),
        browser.all(".consensus li").stream().map(WebElement::getText).toList());
    assertEquals(4, browser.all(".divisive li").size());
    assertEquals("14", browser.find(".participants .voters").getText());
  }

  @Test
  void withoutJavaScriptThePageShowsTheGroupsAsATableAndHidesSmallCounts() throws Exception {
    Object id = dialogueWithTwoCamps();
    HttpResponse<String> page =
        HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(
                        URI.create(base() + "/dialogues/" + id + "/summary"))
                    .header("Cookie", "HORD_TOKEN=" + official)
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, page.statusCode());
    String html = page.body();
    assertTrue(html.contains("id=\"group-table\""), "the table the chart is drawn from");
    assertTrue(html.contains("Grupp 1 håller med om"), html);
    assertTrue(html.contains("100 %"), "shares in the table");
    assertTrue(html.contains("<td>&lt;5</td>"), "a statement only three voted on: " + html);
    assertTrue(html.contains("/webjars/echarts/5.3.1/dist/echarts.min.js"));

    HttpResponse<String> library =
        HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(
                        URI.create(base() + "/webjars/echarts/5.3.1/dist/echarts.min.js"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, library.statusCode(), "ECharts is served from its WebJar, no login");
  }

  @Test
  void talliesAreShownPerAmbassadorToo() throws Exception {
    Object id = createDialogue(official, "0380").get("id");
    Map<String, Object> event = createEvent(official, id);
    String ambassador = ambassadorOf(event);
    for (String token : List.of(ambassador, ambassador, official)) {
      postTo(
          event.get("id"),
          "tallies",
          token,
          java.util.UUID.randomUUID().toString(),
          Map.of("counter", "conversations", "delta", 1));
    }
    HttpResponse<String> page =
        HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(
                        URI.create(base() + "/dialogues/" + id + "/summary"))
                    .header("Cookie", "HORD_TOKEN=" + official)
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    String html = page.body();
    int table = html.indexOf("per-ambassador");
    assertTrue(table > 0, html);
    String rows = html.substring(table);
    String coded = "ambassadör med kod (ambassador with code), event " + event.get("id");
    assertTrue(
        rows.matches(
            "(?s).*"
                + java.util.regex.Pattern.quote(coded)
                + "</td>\\s*<td>conversations</td><td>2</td>.*"),
        rows);
    assertTrue(rows.matches("(?s).*<td>official</td>\\s*<td>conversations</td><td>1</td>.*"), rows);
  }

  @Test
  void anotherMunicipalitysSummaryPageIsNotFound() throws Exception {
    Object id = dialogueWithTwoCamps();
    HttpResponse<String> page =
        HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(
                        URI.create(base() + "/dialogues/" + id + "/summary"))
                    .header("Cookie", "HORD_TOKEN=" + official("0180"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(404, page.statusCode());
  }

  /**
   * Fourteen voters: all agree with the first statement; camp A agrees with statements 2-3 and
   * disagrees with 4-5, camp B the other way round. Three of them also vote on a sixth.
   */
  private Object dialogueWithTwoCamps() {
    List<Map<String, Object>> statements = new ArrayList<>();
    for (int i = 0; i < STATEMENTS.size(); i++) {
      statements.add(Map.of("key", "s" + (i + 1), "text", STATEMENTS.get(i)));
    }
    statements.add(Map.of("key", "s6", "text", "Simhallen ska vara gratis"));
    Map<String, Object> body =
        Map.of(
            "title",
            "Ungas Uppsala",
            "municipality",
            "0380",
            "description",
            "Vad tycker unga?",
            "prompts",
            List.of(Map.of("key", "q1", "text", "Vad vill du ändra?")),
            "statements",
            statements);
    Object id = call(HttpRequest.POST("/api/dialogues", body), official).body().get("id");
    Map<String, Object> event = createEvent(official, id);
    String ambassador = ambassadorOf(event);
    for (int p = 0; p < 14; p++) {
      boolean campA = p < 7;
      String participant = "deltagare-" + p;
      vote(event.get("id"), ambassador, participant, "s1", "agree");
      vote(event.get("id"), ambassador, participant, "s2", campA ? "agree" : "disagree");
      vote(event.get("id"), ambassador, participant, "s3", campA ? "agree" : "disagree");
      vote(event.get("id"), ambassador, participant, "s4", campA ? "disagree" : "agree");
      vote(event.get("id"), ambassador, participant, "s5", campA ? "disagree" : "agree");
      if (p < 3) {
        vote(event.get("id"), ambassador, participant, "s6", "agree");
      }
    }
    return id;
  }
}
