package se.hord.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@MicronautTest
class FeedApiTest extends ApiTestSupport {

  private Map<String, Object> page(String after, int limit, String token) {
    return call(HttpRequest.GET("/api/feed?after=" + after + "&limit=" + limit), token).body();
  }

  /** Reads the whole feed as it is now and returns the cursor at its end. */
  private String end() {
    String cursor = "";
    while (true) {
      Map<String, Object> page = page(cursor, 1000, service());
      if (((List<?>) page.get("items")).isEmpty()) {
        return cursor;
      }
      cursor = (String) page.get("next");
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void feedListsContributionsInOrderFromACursor() {
    String official = official("0380");
    Map<String, Object> dialogue = createDialogue(official, "0380");
    Map<String, Object> event = createEvent(official, dialogue.get("id"));
    String ambassador = ambassadorOf(event);
    String start = end();
    List<Object> ids =
        List.of("första", "andra", "tredje").stream()
            .map(
                text ->
                    contribute(
                            event.get("id"),
                            ambassador,
                            Map.of("prompt", "fritid", "text", text, "gender", "kille"))
                        .body()
                        .get("id"))
            .toList();

    Map<String, Object> first = page(start, 2, service());
    List<Map<String, Object>> items = (List<Map<String, Object>>) first.get("items");
    assertEquals(
        List.of("dialogue:contrib-" + ids.get(0), "dialogue:contrib-" + ids.get(1)),
        items.stream().map(i -> i.get("id")).toList());
    Map<String, Object> item = items.get(0);
    assertEquals("popup", item.get("source"));
    assertEquals("popup", item.get("channel"));
    assertEquals("0380", item.get("municipality"));
    assertEquals(String.valueOf(dialogue.get("id")), item.get("originId"));
    assertEquals(dialogue.get("title"), item.get("originTitle"));
    assertEquals("fritid", item.get("questionKey"));
    assertEquals("Vad gör du på fritiden?", item.get("questionText"));
    assertEquals("första", item.get("text"));
    assertEquals("sv", item.get("language"));
    assertEquals("kille", item.get("gender"));
    assertNull(item.get("ageBand"));
    assertEquals(
        LocalDate.now(ZoneId.of("Europe/Stockholm")).atStartOfDay(ZoneOffset.UTC).toInstant(),
        java.time.Instant.parse((String) item.get("createdAt")));

    Map<String, Object> second = page((String) first.get("next"), 2, admin());
    assertEquals(
        List.of("dialogue:contrib-" + ids.get(2)),
        ((List<Map<String, Object>>) second.get("items")).stream().map(i -> i.get("id")).toList());
    Map<String, Object> empty = page((String) second.get("next"), 2, service());
    assertEquals(List.of(), empty.get("items"));
    assertEquals(second.get("next"), empty.get("next"));
  }

  @Test
  void feedNeedsAServiceOrAdminToken() {
    fails(401, () -> call(HttpRequest.GET("/api/feed"), null));
    fails(403, () -> call(HttpRequest.GET("/api/feed"), official("0380")));
  }

  @Test
  void badCursorOrLimitIsABadRequest() {
    fails(400, () -> call(HttpRequest.GET("/api/feed?after=abc"), service()));
    fails(400, () -> call(HttpRequest.GET("/api/feed?limit=0"), service()));
  }
}
