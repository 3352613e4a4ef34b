package se.hord.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code GET /api/internal/feedback}: what a municipality's dialogues fed back in a year. */
@MicronautTest
class FeedbackYearApiTest extends ApiTestSupport {

  @Test
  void listsTheMessagesOfTheMunicipalitysDialoguesOfThatYear() {
    String official = official("0380");
    Map<String, Object> dialogue = createDialogue(official, "0380");
    Object id = dialogue.get("id");
    call(
        HttpRequest.POST(
            "/api/dialogues/" + id + "/feedback",
            Map.of("message", Map.of("sv", "Parken får lampor.", "en", "The park gets lights."))),
        official);
    String sentAt =
        (String) list("/api/dialogues/" + id + "/feedback", official).getFirst().get("sentAt");
    int year = Instant.parse(sentAt).atZone(ZoneId.of("Europe/Stockholm")).getYear();

    Map<String, Object> item = itemOf(id, year("0380", year));
    assertEquals("dialogue", item.get("source"));
    assertEquals(dialogue.get("title"), item.get("originTitle"));
    assertEquals("page", item.get("channel"));
    assertEquals(
        Map.of("sv", "Parken får lampor.", "en", "The park gets lights."), item.get("message"));
    assertEquals(sentAt, item.get("sentAt"));
    assertNull(item.get("reached"));
    assertNull(itemOf(id, year("0380", year + 1)));
    assertNull(itemOf(id, year("1880", year)));
  }

  @Test
  void onlyAServiceMayReadAndBadParametersAre400() {
    fails(
        403,
        () -> call(HttpRequest.GET("/api/internal/feedback?municipality=0380&year=2026"), admin()));
    fails(
        401,
        () -> call(HttpRequest.GET("/api/internal/feedback?municipality=0380&year=2026"), null));
    Map<String, Object> problem =
        fails(400, () -> call(HttpRequest.GET("/api/internal/feedback?year=26"), service()));
    assertEquals(List.of("municipality", "year"), paths(problem));
  }

  private Map<String, Object> year(String municipality, int year) {
    return call(
            HttpRequest.GET(
                "/api/internal/feedback?municipality=" + municipality + "&year=" + year),
            service())
        .body();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> itemOf(Object dialogue, Map<String, Object> year) {
    return ((List<Map<String, Object>>) year.get("items"))
        .stream()
            .filter(i -> String.valueOf(dialogue).equals(i.get("originId")))
            .findFirst()
            .orElse(null);
  }
}
