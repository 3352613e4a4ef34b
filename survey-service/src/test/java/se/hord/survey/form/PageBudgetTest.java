package se.hord.survey.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.hord.survey.Api.Reply;
import se.hord.survey.ServiceTest;

/**
 * A cheap phone on 3G: the form of a 75-question LUPP-like survey on one page (no sections, the
 * worst case), with the CSS and JavaScript it loads, stays under 100 kB, and has no images.
 */
@MicronautTest
class PageBudgetTest extends ServiceTest {
  private static final int BUDGET = 100_000;
  private static final Pattern LOADED =
      Pattern.compile("<(?:link[^>]+href|script[^>]+src)=\"(/[^\"]+)\"");

  @Test
  void aSeventyFiveQuestionFormWithItsCssAndJsIsUnder100kB() {
    String token = api().admin();
    Reply created = api().createSurvey(token, lupp());
    assertEquals(201, created.status(), String.valueOf(created.json()));
    long id = ((Number) created.json().get("id")).longValue();
    api().json(HttpRequest.POST("/api/surveys/" + id + "/publish", "").bearerAuth(token));
    String html = get("/s/" + api().slug(id));
    assertEquals(75, html.split("class=\"question\"|<legend>", -1).length - 1, "all 75 on it");
    assertFalse(html.contains("<img"), "no images");
    int total = bytes(html);
    List<String> assets = new ArrayList<>();
    Matcher m = LOADED.matcher(html);
    while (m.find()) {
      assets.add(m.group(1));
      total += bytes(get(m.group(1)));
    }
    assertTrue(
        assets.contains("/assets/hord.css") && assets.contains("/assets/form.js"), "" + assets);
    assertTrue(total < BUDGET, "the page weighs " + total + " bytes");
  }

  private String get(String path) {
    return api().text(HttpRequest.GET(path).accept(MediaType.ALL_TYPE)).text();
  }

  private static int bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }

  /** Background questions, likert batteries, choices with "other", numbers, free text. */
  private static String lupp() {
    StringBuilder q = new StringBuilder();
    q.append(
        "{\"key\":\"kon\",\"type\":\"single_choice\",\"role\":\"background\",\"text\":{\"sv\":\"Vilket"
            + " kön har du?\"},\"options\":[{\"key\":\"tjej\",\"text\":{\"sv\":\"Tjej\"}},"
            + "{\"key\":\"kille\",\"text\":{\"sv\":\"Kille\"}},{\"key\":\"vill_inte\",\"text\":{\"sv\":\"Vill"
            + " inte säga\"}},{\"key\":\"annat\",\"other\":true,\"text\":{\"sv\":\"Annat, nämligen\"}}]}");
    for (int i = 1; i < 75; i++) {
      q.append(',');
      switch (i % 5) {
        case 0 ->
            q.append(
                "{\"key\":\"q%d\",\"type\":\"likert\",\"scale\":5,\"text\":{\"sv\":\"Hur nöjd är du med"
                        .formatted(i)
                    + " fritiden i din stadsdel, fråga %d?\"},\"lowLabel\":{\"sv\":\"Inte alls\"},"
                        .formatted(i)
                    + "\"highLabel\":{\"sv\":\"Mycket\"}}");
        case 1 ->
            q.append(
                ("{\"key\":\"q%d\",\"type\":\"multi_choice\",\"text\":{\"sv\":\"Vad gör du på fritiden?"
                        + " (%d)\"},\"options\":[{\"key\":\"idrott\",\"text\":{\"sv\":\"Idrott\"}},"
                        + "{\"key\":\"musik\",\"text\":{\"sv\":\"Musik\"}},{\"key\":\"gard\",\"text\":"
                        + "{\"sv\":\"Fritidsgård\"}},{\"key\":\"annat\",\"other\":true,\"text\":{\"sv\":"
                        + "\"Annat\"}}]}")
                    .formatted(i, i));
        case 2 ->
            q.append(
                ("{\"key\":\"q%d\",\"type\":\"yes_no\",\"text\":{\"sv\":\"Har du varit med om det här"
                        + " det senaste året? (%d)\"},\"showIf\":{\"question\":\"q%d\",\"equals\":\"idrott\"}}")
                    .formatted(i, i, i - 1));
        case 3 ->
            q.append(
                "{\"key\":\"q%d\",\"type\":\"number\",\"min\":0,\"max\":40,\"text\":{\"sv\":\"Hur många timmar i veckan? (%d)\"}}"
                    .formatted(i, i));
        default ->
            q.append(
                "{\"key\":\"q%d\",\"type\":\"free_text\",\"maxLength\":1000,\"text\":{\"sv\":\"Vad skulle göra din stadsdel bättre? (%d)\"}}"
                    .formatted(i, i));
      }
    }
    return "{\"title\":{\"sv\":\"LUPP 2026\"},\"municipality\":\"0380\",\"languages\":[\"sv\",\"en\"],"
        + "\"questions\":["
        + q
        + "]}";
  }
}
